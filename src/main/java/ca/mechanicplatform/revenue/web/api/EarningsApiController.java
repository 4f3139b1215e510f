package ca.mechanicplatform.revenue.web.api;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.Earnings;
import ca.mechanicplatform.revenue.EarningsBreakdown;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic earnings")
class EarningsApiController {

	private final Earnings earnings;
	private final Mechanics mechanics;

	EarningsApiController(Earnings earnings, Mechanics mechanics) {
		this.earnings = earnings;
		this.mechanics = mechanics;
	}

	record Breakdown(String from, String to, long balanceCents, Totals totals, List<Month> byMonth, List<Mode> byMode) {
	}

	record Totals(long virtualCents, long physicalCents, long feesCents, long netCents, long paidOutCents) {
	}

	record Month(String month, long virtualCents, long physicalCents, long feesCents, long netCents, long paidOutCents) {
	}

	record Mode(String model, String label, String serviceKind, long sales, long grossCents, long earnedCents) {
	}

	@GetMapping("/api/mechanic/earnings/breakdown")
	@Operation(summary = "The signed-in mechanic's earnings: virtual against physical, by month and by revenue model",
			description = "Read from the ledger. Earnings are the mechanic's shares of sales net of refunds; fees are bay and "
					+ "membership fees paid (negative); net is their sum. Months are booking months in the platform's accounting "
					+ "time zone, the current one included; by model counts the sales of the period that were not refunded.")
	Breakdown breakdown(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "12") int months) {
		if (months < 1 || months > Earnings.MAX_MONTHS) {
			throw new BusinessRuleException("months", "Ask for 1 to " + Earnings.MAX_MONTHS + " months");
		}
		EarningsBreakdown b = earnings.ofMechanic(mechanics.mine(user.id()).id(), months);
		return new Breakdown(b.from().toString(), b.to().toString(), b.balanceCents(),
				new Totals(b.virtualCents(), b.physicalCents(), b.feesCents(), b.netCents(), b.paidOutCents()),
				b.byMonth().stream().map(m -> new Month(m.month().toString(), m.virtualCents(), m.physicalCents(), m.feesCents(),
						m.netCents(), m.paidOutCents())).toList(),
				b.byMode().stream().map(m -> new Mode(m.model().name(), m.model().label(), m.model().serviceKind().name(),
						m.sales(), m.grossCents(), m.earnedCents())).toList());
	}
}
