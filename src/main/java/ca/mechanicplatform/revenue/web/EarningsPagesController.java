package ca.mechanicplatform.revenue.web;

import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.Earnings;
import ca.mechanicplatform.revenue.EarningsBreakdown;
import ca.mechanicplatform.revenue.LedgerAccount;

/** The mechanic's earnings page. */
@Controller
class EarningsPagesController {

	private final Earnings earnings;
	private final Mechanics mechanics;
	private final AccountingCalendar calendar;

	EarningsPagesController(Earnings earnings, Mechanics mechanics, AccountingCalendar calendar) {
		this.earnings = earnings;
		this.mechanics = mechanics;
		this.calendar = calendar;
	}

	@GetMapping("/mechanic/earnings")
	String earnings(@AuthenticationPrincipal PlatformUser user, Model model) {
		Mechanic mechanic = mechanics.mine(user.id());
		EarningsBreakdown breakdown = earnings.ofMechanic(mechanic.id(), 12);
		model.addAttribute("mechanic", mechanic);
		model.addAttribute("earnings", breakdown);
		model.addAttribute("lines", earnings.recentLines(LedgerAccount.MECHANIC, mechanic.id().value(), 25));
		model.addAttribute("zone", calendar.zone().getId());
		model.addAttribute("chartLabels", json(breakdown.byMonth().stream()
			.map(m -> m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.CANADA) + " " + m.month().getYear()).toList()));
		model.addAttribute("chartVirtual", dollars(breakdown.byMonth().stream().mapToLong(EarningsBreakdown.Month::virtualCents)));
		model.addAttribute("chartPhysical", dollars(breakdown.byMonth().stream().mapToLong(EarningsBreakdown.Month::physicalCents)));
		model.addAttribute("chartFees", dollars(breakdown.byMonth().stream().mapToLong(EarningsBreakdown.Month::feesCents)));
		return "revenue/mechanic-earnings";
	}

	private static String json(java.util.List<String> labels) {
		return labels.stream().map(label -> "\"" + label.replace("\"", "") + "\"")
			.collect(java.util.stream.Collectors.joining(",", "[", "]"));
	}

	private static String dollars(java.util.stream.LongStream cents) {
		return cents.mapToObj(c -> ca.mechanicplatform.kernel.Money.ofCents(c).plain())
			.collect(java.util.stream.Collectors.joining(",", "[", "]"));
	}
}
