package ca.mechanicplatform.revenue.web.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.revenue.PayoutLine;
import ca.mechanicplatform.revenue.PayoutRun;
import ca.mechanicplatform.revenue.Payouts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The operators' payout runs over the API: the same actions as the /admin/payouts pages. */
@RestController
@Tag(name = "Payouts (operators)", description = "Payout runs of mechanic and workshop balances, and the bank's confirmations")
class PayoutsApiController {

	private final Payouts payouts;

	PayoutsApiController(Payouts payouts) {
		this.payouts = payouts;
	}

	record RunView(long id, Long createdBy, Instant createdAt, int lines, long totalCents, int pending, int paid, int failed) {

		static RunView of(PayoutRun run) {
			return new RunView(run.id(), run.createdBy() == null ? null : run.createdBy().value(), run.createdAt(), run.lines(),
					run.total().cents(), run.pending(), run.paid(), run.failed());
		}
	}

	record LineView(long id, long runId, String party, long partyId, String payeeName, long amountCents, String status,
			Instant settledAt, String failureReason, String reference) {

		static LineView of(PayoutLine line) {
			return new LineView(line.id(), line.runId(), line.party().name(), line.partyId(), line.payeeName(),
					line.amount().cents(), line.status().name(), line.settledAt(), line.failureReason(), line.reference());
		}
	}

	record RunDetails(RunView run, List<LineView> lines) {
	}

	record Failure(String reason) {
	}

	@GetMapping("/api/admin/payouts")
	@Operation(summary = "Payout runs, newest first")
	List<RunView> runs() {
		return payouts.runs().stream().map(RunView::of).toList();
	}

	@PostMapping("/api/admin/payouts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Run payouts now", description = "Pays every positive mechanic and workshop balance: one pending "
			+ "line per payee. Runs are serialized, so two at once never pay a balance twice; a run may have no lines.")
	RunView run(@AuthenticationPrincipal PlatformUser user) {
		return RunView.of(payouts.run(user.id()));
	}

	@GetMapping("/api/admin/payouts/{runId}")
	@Operation(summary = "A payout run with its lines")
	RunDetails run(@PathVariable long runId) {
		return new RunDetails(RunView.of(payouts.run(runId)), payouts.lines(runId).stream().map(LineView::of).toList());
	}

	@PostMapping("/api/admin/payouts/lines/{lineId}/paid")
	@Operation(summary = "Record that the bank paid a line", description = "Confirming again changes nothing; a failed line is refused.")
	LineView paid(@AuthenticationPrincipal PlatformUser user, @PathVariable long lineId) {
		return LineView.of(payouts.markPaid(lineId, user.id()));
	}

	@PostMapping("/api/admin/payouts/lines/{lineId}/failed")
	@Operation(summary = "Record that the bank could not pay a line", description = "The balance is restored and paid by a later run.")
	LineView failed(@AuthenticationPrincipal PlatformUser user, @PathVariable long lineId, @RequestBody Failure failure) {
		return LineView.of(payouts.markFailed(lineId, user.id(), failure == null ? null : failure.reason()));
	}
}
