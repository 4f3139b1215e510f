package ca.mechanicplatform.revenue;

import java.math.BigDecimal;

import org.springframework.stereotype.Service;

import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

/** Previews splits without recording anything: what the calculate endpoint and the partnership pages show. */
@Service
public class RevenueSplits {

	/** The largest sale the platform records: $1,000,000.00. */
	public static final long MAX_GROSS_CENTS = 100_000_000L;

	private final FeeRules feeRules;

	RevenueSplits(FeeRules feeRules) {
		this.feeRules = feeRules;
	}

	/**
	 * Computes a split as {@link SplitCalculator} would for a recorded sale, with the fee rule in force now unless the
	 * request names a platform fee.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field at fault: an unknown model, a
	 *         missing, zero or negative gross, a percentage outside its limits, a figure the model does not take, a
	 *         bay fee larger than the job leaves after the platform fee
	 */
	public Split preview(SplitRequest request) {
		InputCheck check = new InputCheck();
		RevenueModelKind kind = RevenueModelKind.fromName(request.model()).orElse(null);
		check.require(request.model() != null && !request.model().isBlank(), "model", "Choose a revenue model: " + RevenueModelKind.names());
		check.require(kind != null, "model", "\"" + request.model() + "\" is not a revenue model; use one of " + RevenueModelKind.names());
		Long gross = request.grossCents();
		check.require(gross != null, "grossCents", "Enter what the customer pays, in cents");
		check.require(gross == null || gross > 0, "grossCents", "The gross must be more than 0 cents");
		check.require(gross == null || gross <= MAX_GROSS_CENTS, "grossCents",
				"The gross must be at most " + Money.ofCents(MAX_GROSS_CENTS));
		Percentage fee = percentage(check, "platformFeePercent", request.platformFeePercent(), 0, FeeRules.MAX_PERCENT);

		Percentage share = null;
		if (kind != null && kind.hasWorkshopShare()) {
			check.require(request.workshopSharePercent() != null, "workshopSharePercent",
					"Enter the workshop's percentage for " + kind.name());
			share = percentage(check, "workshopSharePercent", request.workshopSharePercent(), kind.minSharePercent(),
					kind.maxSharePercent());
		}
		else if (kind != null) {
			check.require(request.workshopSharePercent() == null, "workshopSharePercent", kind.name() + " has no workshop percentage");
		}
		if (kind != null && kind.hasBayFee()) {
			check.require(request.bayFeeCents() != null, "bayFeeCents", "Enter the bay fee for the booked time, in cents");
			check.require(request.bayFeeCents() == null || request.bayFeeCents() >= 0, "bayFeeCents", "A bay fee cannot be negative");
		}
		else if (kind != null) {
			check.require(request.bayFeeCents() == null, "bayFeeCents", kind.name() + " has no bay fee");
		}
		check.throwIfInvalid();

		Percentage platformFee = fee != null ? fee : feeRules.inForce(kind).percentage();
		long platformFeePpm = SplitCalculator.ppm(platformFee);
		long bayFee = kind.hasBayFee() ? request.bayFeeCents() : 0;
		long remainder = gross - SplitCalculator.share(gross, platformFeePpm);
		check.require(bayFee <= remainder, "bayFeeCents", "The bay fee " + Money.ofCents(bayFee)
				+ " is more than the job leaves after the platform fee (" + Money.ofCents(remainder) + ")");
		check.throwIfInvalid();
		return SplitCalculator.split(kind, gross, platformFeePpm, share == null ? 0 : SplitCalculator.ppm(share), bayFee);
	}

	private static Percentage percentage(InputCheck check, String field, BigDecimal value, int low, int high) {
		if (value == null) {
			return null;
		}
		Percentage percentage = check.parse(field, value.toPlainString(), Percentage::of);
		check.require(percentage == null || percentage.isBetween(low, high), field,
				"Must be between " + low + "% and " + high + "%, was " + value.toPlainString() + "%");
		return percentage;
	}
}
