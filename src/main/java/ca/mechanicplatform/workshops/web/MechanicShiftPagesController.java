package ca.mechanicplatform.workshops.web;

import jakarta.servlet.http.HttpServletRequest;

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
import ca.mechanicplatform.mechanics.Employee;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.workshops.OffShiftTerms;
import ca.mechanicplatform.workshops.RevenueShareAgreements;
import ca.mechanicplatform.workshops.RevenueShareOverview;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopEmployees;
import ca.mechanicplatform.workshops.Workshops;

/**
 * The mechanic's side of employment, under the mechanic's URL area: workshops' invitations, and the employee's own
 * shift and off-shift panel from the non-compete document (it needs the workshop's policy, so it lives here, where
 * both mechanics and workshops are known).
 */
@Controller
class MechanicShiftPagesController {

	private final Mechanics mechanics;
	private final Workshops workshops;
	private final WorkshopEmployees employees;
	private final RevenueShareAgreements revenueShares;

	MechanicShiftPagesController(Mechanics mechanics, Workshops workshops, WorkshopEmployees employees,
			RevenueShareAgreements revenueShares) {
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.employees = employees;
		this.revenueShares = revenueShares;
	}

	@GetMapping("/mechanic/invitations")
	String invitations(@AuthenticationPrincipal PlatformUser user, Model model) {
		Mechanic mechanic = mechanics.mine(user.id());
		model.addAttribute("mechanic", mechanic);
		model.addAttribute("employer", mechanic.isEmployee() ? workshops.get(mechanic.workshopId()) : null);
		model.addAttribute("invitations", employees.invitationsFor(user.id()));
		return "workshops/invitations";
	}

	@PostMapping("/mechanic/invitations/{token}/accept")
	String accept(@AuthenticationPrincipal PlatformUser user, @PathVariable String token, RedirectAttributes redirect) {
		try {
			var invitation = employees.accept(user.id(), token);
			redirect.addFlashAttribute("flash", "You've joined " + invitation.workshopName() + " as an employee.");
			return "redirect:/mechanic/off-shift";
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/mechanic/invitations";
		}
	}

	@PostMapping("/mechanic/invitations/{token}/decline")
	String decline(@AuthenticationPrincipal PlatformUser user, @PathVariable String token, RedirectAttributes redirect) {
		try {
			var invitation = employees.decline(user.id(), token);
			redirect.addFlashAttribute("flash", "You declined " + invitation.workshopName() + "'s invitation.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/mechanic/invitations";
	}

	/** The panel as a page, or alone for htmx (the virtual dashboard loads it into itself). */
	@GetMapping("/mechanic/off-shift")
	String panel(@AuthenticationPrincipal PlatformUser user, HttpServletRequest request, Model model) {
		panelModel(mechanics.mine(user.id()), model, null);
		return request.getHeader("HX-Request") == null ? "workshops/off-shift" : "workshops/off-shift :: panel";
	}

	@PostMapping("/mechanic/off-shift/availability")
	String availability(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "false") boolean available,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Mechanic mechanic = mechanics.mine(user.id());
		String problem = null;
		try {
			mechanic = mechanics.setAvailability(mechanic.id(), available);
		}
		catch (BusinessRuleException refused) {
			problem = refused.getMessage();
		}
		if (request.getHeader("HX-Request") == null) {
			if (problem != null) {
				redirect.addFlashAttribute("problem", problem);
			}
			return "redirect:/mechanic/off-shift";
		}
		panelModel(mechanic, model, problem);
		return "workshops/off-shift :: panel";
	}

	/** Requests the agreement and opens it for the employee, who signs first. */
	@PostMapping("/mechanic/off-shift/revenue-share-agreement")
	String requestRevenueShare(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
		try {
			var requested = revenueShares.request(user.id());
			redirect.addFlashAttribute("flash", "Revenue-share agreement requested at " + requested.sharePct()
					+ "%. Read and sign it; " + requested.workshopName() + " signs after you.");
			return "redirect:/agreements/" + requested.agreementId();
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/mechanic/off-shift";
		}
	}

	@PostMapping("/mechanic/off-shift/revenue-share-agreement/end")
	String endRevenueShare(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
		try {
			var ended = revenueShares.endByEmployee(user.id());
			redirect.addFlashAttribute("flash", ended.activatedAt() != null
					? "Revenue-share agreement ended: off shift you are back in local exclusion."
					: "Revenue-share request withdrawn.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/mechanic/off-shift";
	}

	private void panelModel(Mechanic mechanic, Model model, String problem) {
		model.addAttribute("mechanic", mechanic);
		model.addAttribute("panelProblem", problem);
		if (mechanic.isEmployee()) {
			Workshop workshop = workshops.get(mechanic.workshopId());
			Employee employee = mechanics.employeesOf(workshop.id()).stream()
				.filter(e -> e.mechanic().id().equals(mechanic.id())).findFirst().orElse(null);
			model.addAttribute("workshop", workshop);
			model.addAttribute("employee", employee);
			model.addAttribute("terms", OffShiftTerms.of(workshop.employeeRevenueSharePct()));
			RevenueShareOverview revenueShare = revenueShares.overview(mechanic.userId());
			model.addAttribute("revenueShare", revenueShare);
			model.addAttribute("signedTerms", mechanic.offShiftRevenueSharePct() >= 20
					? OffShiftTerms.of(mechanic.offShiftRevenueSharePct()) : null);
		}
	}
}
