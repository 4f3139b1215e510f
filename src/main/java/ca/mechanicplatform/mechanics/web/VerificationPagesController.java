package ca.mechanicplatform.mechanics.web;

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
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.mechanics.CertificationId;
import ca.mechanicplatform.mechanics.MechanicVerification;
import ca.mechanicplatform.mechanics.VerificationQueue;

/** The platform operators' verification queue: certifications to approve or reject, background checks to record. */
@Controller
class VerificationPagesController {

	private final MechanicVerification verification;

	VerificationPagesController(MechanicVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/admin/verifications")
	String queue(Model model) {
		model.addAttribute("queue", verification.queue());
		model.addAttribute("targetHours", VerificationQueue.TARGET.toHours());
		return "mechanics/verifications";
	}

	@PostMapping("/admin/verifications/certifications/{id}/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal PlatformUser operator, RedirectAttributes redirect) {
		try {
			verification.approve(certificationId(id), operator.id());
			redirect.addFlashAttribute("flash", "Certification approved. The mechanic has been told.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/admin/verifications";
	}

	@PostMapping("/admin/verifications/certifications/{id}/reject")
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal PlatformUser operator, RedirectAttributes redirect) {
		try {
			verification.reject(certificationId(id), operator.id(), reason);
			redirect.addFlashAttribute("flash", "Certification rejected. The mechanic has been told why.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/admin/verifications";
	}

	@PostMapping("/admin/verifications/background-checks/{id}")
	String record(@PathVariable long id, @RequestParam(defaultValue = "") String result,
			@RequestParam(defaultValue = "") String notes, @AuthenticationPrincipal PlatformUser operator,
			RedirectAttributes redirect) {
		try {
			verification.recordBackgroundCheck(id, operator.id(), result, notes);
			redirect.addFlashAttribute("flash", "Background check result recorded. The mechanic has been told.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/admin/verifications";
	}

	private static CertificationId certificationId(long id) {
		if (id <= 0) {
			throw NotFoundException.of("Certification", id);
		}
		return new CertificationId(id);
	}
}
