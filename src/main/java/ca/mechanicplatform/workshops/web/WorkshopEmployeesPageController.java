package ca.mechanicplatform.workshops.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.workshops.OffShiftPolicyForm;
import ca.mechanicplatform.workshops.OffShiftTerms;
import ca.mechanicplatform.workshops.RevenueShareAgreement;
import ca.mechanicplatform.workshops.RevenueShareAgreements;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopEmployees;
import ca.mechanicplatform.workshops.Workshops;
import ca.mechanicplatform.web.FormErrors;

/**
 * The employee settings page of the non-compete document: each employee's shift status and off-shift mode, clocking
 * them in and out, invitations, and the workshop's off-shift policy.
 */
@Controller
class WorkshopEmployeesPageController {

	private final Workshops workshops;
	private final WorkshopEmployees employees;
	private final RevenueShareAgreements revenueShares;

	WorkshopEmployeesPageController(Workshops workshops, WorkshopEmployees employees, RevenueShareAgreements revenueShares) {
		this.workshops = workshops;
		this.employees = employees;
		this.revenueShares = revenueShares;
	}

	@GetMapping("/workshop/employees")
	String page(@AuthenticationPrincipal PlatformUser user, Model model) {
		Workshop workshop = workshops.mine(user.id());
		return page(workshop, model, FormErrors.none(), "", policyOf(workshop));
	}

	@PostMapping("/workshop/employees/invitations")
	String invite(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "") String email, Model model,
			RedirectAttributes redirect) {
		try {
			var invitation = employees.invite(user.id(), email);
			redirect.addFlashAttribute("flash", "Invitation sent to " + invitation.email() + ".");
		}
		catch (BusinessRuleException refused) {
			Workshop workshop = workshops.mine(user.id());
			return page(workshop, model, FormErrors.none().add(refused.field() == null
					? new BusinessRuleException("email", refused.getMessage()) : refused), email, policyOf(workshop));
		}
		return "redirect:/workshop/employees";
	}

	@PostMapping("/workshop/employees/invitations/{id}/revoke")
	String revoke(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			employees.revoke(user.id(), id);
			redirect.addFlashAttribute("flash", "Invitation withdrawn.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/workshop/employees";
	}

	@PostMapping("/workshop/employees/{mechanicId}/clock-in")
	String clockIn(@AuthenticationPrincipal PlatformUser user, @PathVariable long mechanicId, RedirectAttributes redirect) {
		try {
			var employee = employees.clockIn(user.id(), mechanicId(mechanicId));
			redirect.addFlashAttribute("flash", employee.mechanic().name() + " is clocked in: on shift.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/workshop/employees";
	}

	@PostMapping("/workshop/employees/{mechanicId}/clock-out")
	String clockOut(@AuthenticationPrincipal PlatformUser user, @PathVariable long mechanicId, RedirectAttributes redirect) {
		try {
			var employee = employees.clockOut(user.id(), mechanicId(mechanicId));
			redirect.addFlashAttribute("flash", employee.mechanic().name() + " is clocked out: off shift.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/workshop/employees";
	}

	@PostMapping("/workshop/employees/{mechanicId}/revenue-share-agreement/end")
	String endRevenueShare(@AuthenticationPrincipal PlatformUser user, @PathVariable long mechanicId, RedirectAttributes redirect) {
		try {
			var ended = revenueShares.endByWorkshop(user.id(), mechanicId(mechanicId));
			redirect.addFlashAttribute("flash", ended.activatedAt() != null
					? "Revenue-share agreement with " + ended.mechanicName() + " ended: off shift they are back in local exclusion."
					: "Revenue-share request from " + ended.mechanicName() + " declined.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/workshop/employees";
	}

	@PostMapping("/workshop/employees/policy")
	String policy(@AuthenticationPrincipal PlatformUser user,
			@RequestParam(defaultValue = "false") boolean allowEmployeeLocalFreelance,
			@RequestParam(defaultValue = "") String employeeRevenueSharePct, Model model, RedirectAttributes redirect) {
		var form = new OffShiftPolicyForm(allowEmployeeLocalFreelance, employeeRevenueSharePct);
		try {
			workshops.updateOffShiftPolicy(user.id(), form);
		}
		catch (BusinessRuleException refused) {
			return page(workshops.mine(user.id()), model, FormErrors.of(refused), "", form);
		}
		redirect.addFlashAttribute("flash", "Off-shift settings saved.");
		return "redirect:/workshop/employees";
	}

	private String page(Workshop workshop, Model model, FormErrors errors, String inviteEmail, OffShiftPolicyForm policy) {
		model.addAttribute("workshop", workshop);
		model.addAttribute("employees", employees.employees(workshop.adminUserId()));
		model.addAttribute("invitations", employees.invitations(workshop.adminUserId()));
		List<RevenueShareAgreement> agreements = revenueShares.ofWorkshop(workshop.adminUserId());
		Map<Long, RevenueShareAgreement> open = new HashMap<>();
		agreements.stream().filter(a -> a.status().isOpen()).forEach(a -> open.put(a.mechanicId().value(), a));
		model.addAttribute("openRevenueShares", open);
		model.addAttribute("revenueShareHistory", agreements);
		model.addAttribute("terms", OffShiftTerms.of(workshop.employeeRevenueSharePct()));
		model.addAttribute("policy", policy);
		model.addAttribute("inviteEmail", inviteEmail);
		model.addAttribute("errors", errors);
		model.addAttribute("section", "employees");
		return "workshops/employees";
	}

	private static OffShiftPolicyForm policyOf(Workshop workshop) {
		return new OffShiftPolicyForm(workshop.allowEmployeeLocalFreelance(), String.valueOf(workshop.employeeRevenueSharePct()));
	}

	private static MechanicId mechanicId(long id) {
		if (id <= 0) {
			throw NotFoundException.of("Employee", id);
		}
		return new MechanicId(id);
	}
}
