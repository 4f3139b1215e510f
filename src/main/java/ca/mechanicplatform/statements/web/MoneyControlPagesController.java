package ca.mechanicplatform.statements.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.LedgerReports;
import ca.mechanicplatform.statements.T4aSlip;
import ca.mechanicplatform.statements.T4aSlips;
import ca.mechanicplatform.web.Downloads;

/** The operator's reconciliation of payments, splits and the ledger, and T4A preparation. */
@Controller
class MoneyControlPagesController {

	private final LedgerReports reports;
	private final T4aSlips slips;
	private final AccountingCalendar calendar;

	MoneyControlPagesController(LedgerReports reports, T4aSlips slips, AccountingCalendar calendar) {
		this.reports = reports;
		this.slips = slips;
		this.calendar = calendar;
	}

	@GetMapping("/admin/reconciliation")
	String reconciliation(@RequestParam(required = false) String month, Model model) {
		YearMonth wanted;
		try {
			wanted = month == null || month.isBlank() ? calendar.currentMonth() : YearMonth.parse(month.trim());
		}
		catch (DateTimeParseException e) {
			wanted = calendar.currentMonth();
			model.addAttribute("flash", "\"" + month + "\" is not a month; showing " + wanted + ".");
		}
		model.addAttribute("report", reports.reconcile(wanted));
		model.addAttribute("month", wanted.toString());
		model.addAttribute("closedThrough", reports.closedThrough().map(YearMonth::toString).orElse(null));
		model.addAttribute("zone", calendar.zone().getId());
		return "statements/reconciliation";
	}

	@GetMapping("/admin/t4a")
	String t4a(@RequestParam(required = false) Integer year, Model model) {
		int wanted = year == null ? slips.filingYear() : year;
		var list = slips.of(wanted);
		model.addAttribute("year", wanted);
		model.addAttribute("slips", list);
		model.addAttribute("total", Money.ofCents(list.stream().mapToLong(T4aSlip::box048Cents).sum()));
		model.addAttribute("missing", list.stream().filter(T4aSlip::identityMissing).count());
		model.addAttribute("below", slips.belowThreshold(wanted));
		model.addAttribute("threshold", T4aSlips.THRESHOLD);
		model.addAttribute("thisYear", calendar.today().getYear());
		return "statements/t4a";
	}

	@GetMapping("/admin/t4a/{year}.csv")
	ResponseEntity<byte[]> t4aCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable String year) {
		int wanted;
		try {
			wanted = Integer.parseInt(year);
		}
		catch (NumberFormatException e) {
			throw new NotFoundException("There is no T4A preparation for " + year);
		}
		return Downloads.csv(slips.csv(wanted, user.id()), "t4a-" + wanted + ".csv");
	}
}
