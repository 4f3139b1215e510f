package ca.mechanicplatform.revenue.web.api;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.revenue.RevenueSplits;
import ca.mechanicplatform.revenue.Split;
import ca.mechanicplatform.revenue.SplitLine;
import ca.mechanicplatform.revenue.SplitRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Revenue splits", description = "How a sale's money is divided, to the cent")
class RevenueSplitApiController {

	private final RevenueSplits splits;

	RevenueSplitApiController(RevenueSplits splits) {
		this.splits = splits;
	}

	/** A split as the API shows it: the parts sum to the gross; {@code workshopCents} includes any bay fee. */
	record SplitResponse(String model, long grossCents, BigDecimal platformFeePercent, long platformFeeCents,
			BigDecimal workshopSharePercent, long workshopShareCents, long bayFeeCents, long workshopCents,
			long mechanicCents, List<SplitLine> lines) {

		static SplitResponse of(Split split) {
			return new SplitResponse(split.kind().name(), split.grossCents(), split.platformFee().value(),
					split.platformFeeCents(), split.kind().hasWorkshopShare() ? split.workshopShare().value() : null,
					split.workshopShareCents(), split.bayFeeCents(), split.workshopCents(), split.mechanicCents(), split.lines());
		}
	}

	@PostMapping("/api/partnerships/revenue-splits/calculate")
	@Operation(summary = "Preview a revenue split without recording it",
			description = "Computes the platform fee (the rule in force unless platformFeePercent is given) on the gross, then the "
					+ "workshop's percentage of the remainder, then the mechanic's rest, each half-up to the cent; under BAY_RENTAL "
					+ "the bay fee moves from the mechanic to the workshop as its own line. platformFeeCents + workshopCents + "
					+ "mechanicCents always equals grossCents. Percentages may have up to four decimals.")
	SplitResponse calculate(@RequestBody SplitRequest request) {
		return SplitResponse.of(splits.preview(request));
	}
}
