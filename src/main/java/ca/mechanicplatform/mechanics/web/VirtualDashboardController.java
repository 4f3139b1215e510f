package ca.mechanicplatform.mechanics.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.documents.Upload;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.mechanics.InsuranceSubmission;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.Onboarding;
import ca.mechanicplatform.mechanics.ServiceTierOption;
import ca.mechanicplatform.web.FormErrors;

/**
 * The mechanic's virtual-consultation dashboard: onboarding state until it is complete, availability, what they
 * keep of each consultation, and the upgrade to workshop partner with its insurance.
 */
@Controller
class VirtualDashboardController {

	/** Where a mechanic fixes each missing profile item; items that wait for an operator have no link. */
	private static final java.util.Map<String, String> ITEM_LINKS = java.util.Map.ofEntries(
			java.util.Map.entry("service-tier", "/mechanic/onboarding/service-tier"),
			java.util.Map.entry("bio", "/mechanic/onboarding/virtual-only?step=profile"),
			java.util.Map.entry("specialties", "/mechanic/onboarding/virtual-only?step=profile"),
			java.util.Map.entry("vehicle-makes", "/mechanic/onboarding/virtual-only?step=profile"),
			java.util.Map.entry("years-of-experience", "/mechanic/onboarding/virtual-only?step=profile"),
			java.util.Map.entry("languages", "/mechanic/onboarding/virtual-only?step=profile"),
			java.util.Map.entry("certification", "/mechanic/onboarding/virtual-only?step=certification"),
			java.util.Map.entry("background-check-consent", "/mechanic/onboarding/virtual-only?step=background-check"),
			java.util.Map.entry("payout", "/mechanic/onboarding/virtual-only?step=payout"),
			java.util.Map.entry("onboarding-submitted", "/mechanic/onboarding/virtual-only?step=review"),
			java.util.Map.entry("insurance", "/mechanic/profile/upgrade-tier"));

	private final Mechanics mechanics;
	private final MechanicOnboarding onboarding;
	private final DocumentNames documentNames;

	VirtualDashboardController(Mechanics mechanics, MechanicOnboarding onboarding, DocumentNames documentNames) {
		this.mechanics = mechanics;
		this.onboarding = onboarding;
		this.documentNames = documentNames;
	}

	@GetMapping("/mechanic/dashboard/virtual")
	String dashboard(@AuthenticationPrincipal PlatformUser user, Model model) {
		Onboarding state = onboarding.of(mechanics.mine(user.id()).id());
		model.addAttribute("state", state);
		model.addAttribute("mechanic", state.mechanic());
		model.addAttribute("documents", documentNames.of(state));
		model.addAttribute("tiers", ServiceTierOption.all());
		model.addAttribute("availabilityError", null);
		model.addAttribute("itemLinks", ITEM_LINKS);
		return "mechanics/virtual-dashboard";
	}

	/** The availability switch: answers htmx with the switch alone, a plain form post with the page. */
	@PostMapping("/mechanic/dashboard/virtual/availability")
	String availability(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "false") boolean available,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		Mechanic mechanic = mechanics.mine(user.id());
		String error = null;
		try {
			mechanic = mechanics.setAvailability(mechanic.id(), available);
		}
		catch (BusinessRuleException refused) {
			error = refused.getMessage();
		}
		if (request.getHeader("HX-Request") == null) {
			redirect.addFlashAttribute(error == null ? "flash" : "availabilityFlashError", error == null
					? (mechanic.available() ? "You're available for consultations." : "You're not taking consultations now.") : error);
			return "redirect:/mechanic/dashboard/virtual";
		}
		model.addAttribute("mechanic", mechanic);
		model.addAttribute("availabilityError", error);
		return "mechanics/virtual-dashboard :: availability";
	}

	@GetMapping("/mechanic/profile/upgrade-tier")
	String upgrade(@AuthenticationPrincipal PlatformUser user, Model model) {
		return upgradePage(onboarding.of(mechanics.mine(user.id()).id()), model, FormErrors.none(),
				new InsuranceSubmission("", "", "", ""));
	}

	@PostMapping("/mechanic/profile/insurance")
	String insurance(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("insuranceForm") InsuranceSubmission form,
			@RequestParam(name = "document", required = false) MultipartFile document, Model model, RedirectAttributes redirect) {
		Mechanic mechanic = mechanics.mine(user.id());
		try {
			onboarding.submitInsurance(mechanic.id(), form, Upload.of(document));
		}
		catch (BusinessRuleException refused) {
			return upgradePage(onboarding.of(mechanic.id()), model, FormErrors.of(refused), form);
		}
		redirect.addFlashAttribute("flash", "Liability insurance saved.");
		return "redirect:/mechanic/profile/upgrade-tier";
	}

	@PostMapping("/mechanic/profile/upgrade-tier")
	String upgrade(@AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
		Mechanic mechanic = mechanics.mine(user.id());
		try {
			mechanics.upgradeToWorkshopPartner(mechanic.id());
		}
		catch (BusinessRuleException refused) {
			return upgradePage(onboarding.of(mechanic.id()), model, FormErrors.of(refused), new InsuranceSubmission("", "", "", ""));
		}
		redirect.addFlashAttribute("flash", "You're a workshop partner now. Your virtual-only history stays with you.");
		return "redirect:/mechanic/dashboard/virtual";
	}

	private String upgradePage(Onboarding state, Model model, FormErrors errors, InsuranceSubmission form) {
		model.addAttribute("state", state);
		model.addAttribute("mechanic", state.mechanic());
		model.addAttribute("documents", documentNames.of(state));
		model.addAttribute("errors", errors);
		model.addAttribute("insuranceForm", form);
		model.addAttribute("maxBytes", Documents.MAX_BYTES);
		model.addAttribute("partner", ServiceTierOption.all().get(1));
		return "mechanics/upgrade";
	}
}
