package ca.mechanicplatform.statements.web;

import java.time.YearMonth;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.Earnings;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.statements.Statement;
import ca.mechanicplatform.statements.StatementRun;
import ca.mechanicplatform.statements.Statements;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

/** Statements for mechanics and workshops to list and download, and the operator's statement runs. */
@Controller
class StatementPagesController {

	private final Statements statements;
	private final Mechanics mechanics;
	private final Workshops workshops;
	private final Earnings earnings;
	private final AccountingCalendar calendar;

	StatementPagesController(Statements statements, Mechanics mechanics, Workshops workshops, Earnings earnings,
			AccountingCalendar calendar) {
		this.statements = statements;
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.earnings = earnings;
		this.calendar = calendar;
	}

	@GetMapping("/mechanic/earnings/statements")
	String mechanicStatements(@AuthenticationPrincipal PlatformUser user, Model model) {
		long id = mechanics.mine(user.id()).id().value();
		model.addAttribute("statements", statements.of(LedgerAccount.MECHANIC, id));
		model.addAttribute("base", "/mechanic/earnings/statements");
		model.addAttribute("heading", "Monthly statements");
		model.addAttribute("backLink", "/mechanic/earnings");
		model.addAttribute("backLabel", "Earnings");
		model.addAttribute("taxProfile", "/mechanic/tax-profile");
		return "statements/statements";
	}

	@GetMapping("/mechanic/earnings/statements/{month}.pdf")
	ResponseEntity<byte[]> mechanicPdf(@AuthenticationPrincipal PlatformUser user, @PathVariable String month) {
		return StatementFiles.pdf(statements, mechanicStatement(user, month));
	}

	@GetMapping("/mechanic/earnings/statements/{month}.csv")
	ResponseEntity<byte[]> mechanicCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable String month) {
		return StatementFiles.csv(statements, mechanicStatement(user, month));
	}

	@GetMapping("/workshop/earnings/statements")
	String workshopStatements(@AuthenticationPrincipal PlatformUser user, Model model) {
		Workshop workshop = workshops.mine(user.id());
		model.addAttribute("statements", statements.of(LedgerAccount.WORKSHOP, workshop.id().value()));
		model.addAttribute("earnings", earnings.ofWorkshop(workshop.id(), 12));
		model.addAttribute("base", "/workshop/earnings/statements");
		model.addAttribute("heading", workshop.name() + " · statements");
		model.addAttribute("backLink", "/workshop/dashboard");
		model.addAttribute("backLabel", "Dashboard");
		model.addAttribute("taxProfile", "/workshop/tax-profile");
		return "statements/statements";
	}

	@GetMapping("/workshop/earnings/statements/{month}.pdf")
	ResponseEntity<byte[]> workshopPdf(@AuthenticationPrincipal PlatformUser user, @PathVariable String month) {
		return StatementFiles.pdf(statements, workshopStatement(user, month));
	}

	@GetMapping("/workshop/earnings/statements/{month}.csv")
	ResponseEntity<byte[]> workshopCsv(@AuthenticationPrincipal PlatformUser user, @PathVariable String month) {
		return StatementFiles.csv(statements, workshopStatement(user, month));
	}

	@GetMapping("/admin/statements")
	String runs(Model model) {
		model.addAttribute("runs", statements.runs());
		model.addAttribute("lastMonth", calendar.currentMonth().minusMonths(1).toString());
		model.addAttribute("zone", calendar.zone().getId());
		return "statements/runs";
	}

	@PostMapping("/admin/statements/generate")
	String generate(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "") String month,
			RedirectAttributes redirect) {
		try {
			YearMonth wanted = YearMonth.parse(month.trim());
			StatementRun run = statements.generate(wanted, StatementRun.Trigger.OPERATOR, user.id());
			redirect.addFlashAttribute("flash", "Statements for " + wanted + ": " + run.created() + " issued"
					+ (run.created() == 0 ? " (every party already had one)." : "."));
		}
		catch (java.time.format.DateTimeParseException e) {
			redirect.addFlashAttribute("flash", "Choose a month, like " + calendar.currentMonth().minusMonths(1) + ".");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/admin/statements";
	}

	private Statement mechanicStatement(PlatformUser user, String month) {
		return statements.get(LedgerAccount.MECHANIC, mechanics.mine(user.id()).id().value(), StatementFiles.month(month));
	}

	private Statement workshopStatement(PlatformUser user, String month) {
		return statements.get(LedgerAccount.WORKSHOP, workshops.mine(user.id()).id().value(), StatementFiles.month(month));
	}
}
