package ca.mechanicplatform.mechanics.web;

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
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.mechanics.BackgroundCheckConsent;
import ca.mechanicplatform.mechanics.CertificationSubmission;
import ca.mechanicplatform.mechanics.Credential;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.Onboarding;
import ca.mechanicplatform.mechanics.OnboardingStep;
import ca.mechanicplatform.mechanics.PayoutDetailsForm;
import ca.mechanicplatform.mechanics.ProfileChoices;
import ca.mechanicplatform.mechanics.ProfileDetailsForm;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.mechanics.ServiceTierOption;
import ca.mechanicplatform.mechanics.Trade;
import ca.mechanicplatform.web.FormErrors;

/** Service tier selection and the multi-step virtual-only onboarding form. */
@Controller
class OnboardingPagesController {

	private static final String REVIEW = "review";

	private final Mechanics mechanics;
	private final MechanicOnboarding onboarding;
	private final DocumentNames documentNames;

	OnboardingPagesController(Mechanics mechanics, MechanicOnboarding onboarding, DocumentNames documentNames) {
		this.mechanics = mechanics;
		this.onboarding = onboarding;
		this.documentNames = documentNames;
	}

	@GetMapping("/mechanic/onboarding/service-tier")
	String tiers(@AuthenticationPrincipal PlatformUser user, Model model) {
		return tierPage(mechanics.mine(user.id()), model, FormErrors.none());
	}

	@PostMapping("/mechanic/onboarding/service-tier")
	String chooseTier(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "") String serviceTier,
			Model model, RedirectAttributes redirect) {
		Mechanic mechanic = mechanics.mine(user.id());
		try {
			ServiceTier tier = parseTier(serviceTier);
			mechanics.chooseTier(mechanic.id(), tier);
			if (tier == ServiceTier.WORKSHOP_PARTNER) {
				redirect.addFlashAttribute("flash", "You're a workshop partner now. Your virtual-only history stays with you.");
				return "redirect:/mechanic/dashboard/virtual";
			}
			Onboarding state = onboarding.of(mechanic.id());
			if (state.nextStep() == null) {
				return "redirect:/mechanic/dashboard/virtual";
			}
			redirect.addFlashAttribute("flash", "Virtual only it is. A few short steps and you're ready to be verified.");
			return "redirect:/mechanic/onboarding/virtual-only";
		}
		catch (BusinessRuleException refused) {
			return tierPage(mechanic, model, FormErrors.of(refused));
		}
	}

	@GetMapping("/mechanic/onboarding/virtual-only")
	String onboarding(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String step, Model model,
			RedirectAttributes redirect) {
		Mechanic mechanic = mechanics.mine(user.id());
		if (mechanic.serviceTier() == null) {
			redirect.addFlashAttribute("flash", "First choose how you'll work on the platform.");
			return "redirect:/mechanic/onboarding/service-tier";
		}
		Onboarding state = onboarding.of(mechanic.id());
		String current = step != null ? step : state.nextStep() == null ? REVIEW : state.nextStep().slug();
		return page(state, current, model, FormErrors.none(), null);
	}

	@PostMapping("/mechanic/onboarding/virtual-only/profile")
	String profile(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("profileForm") ProfileDetailsForm form, Model model) {
		Mechanic mechanic = mechanics.mine(user.id());
		try {
			Onboarding state = onboarding.updateProfile(mechanic.id(), form);
			return next(state, OnboardingStep.PROFILE);
		}
		catch (BusinessRuleException refused) {
			return page(onboarding.of(mechanic.id()), OnboardingStep.PROFILE.slug(), model, FormErrors.of(refused), form);
		}
	}

	@PostMapping("/mechanic/onboarding/virtual-only/certification")
	String certification(@AuthenticationPrincipal PlatformUser user,
			@ModelAttribute("certificationForm") CertificationSubmission form,
			@RequestParam(name = "document", required = false) MultipartFile document, Model model, RedirectAttributes redirect) {
		Mechanic mechanic = mechanics.mine(user.id());
		try {
			onboarding.submitCertification(mechanic.id(), form, Upload.of(document));
			redirect.addFlashAttribute("flash", "Certificate uploaded. An operator will verify it; our target is 24 hours.");
			return next(onboarding.of(mechanic.id()), OnboardingStep.CERTIFICATION);
		}
		catch (BusinessRuleException refused) {
			return page(onboarding.of(mechanic.id()), OnboardingStep.CERTIFICATION.slug(), model, FormErrors.of(refused), form);
		}
	}

	@PostMapping("/mechanic/onboarding/virtual-only/background-check")
	String consent(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "false") boolean consent,
			@RequestParam(defaultValue = "") String fullName, Model model) {
		Mechanic mechanic = mechanics.mine(user.id());
		var form = new BackgroundCheckConsent(consent, fullName);
		try {
			onboarding.consentToBackgroundCheck(mechanic.id(), form);
			return next(onboarding.of(mechanic.id()), OnboardingStep.BACKGROUND_CHECK);
		}
		catch (BusinessRuleException refused) {
			return page(onboarding.of(mechanic.id()), OnboardingStep.BACKGROUND_CHECK.slug(), model, FormErrors.of(refused), form);
		}
	}

	@PostMapping("/mechanic/onboarding/virtual-only/payout")
	String payout(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("payoutForm") PayoutDetailsForm form, Model model) {
		Mechanic mechanic = mechanics.mine(user.id());
		try {
			onboarding.savePayout(mechanic.id(), form);
			return next(onboarding.of(mechanic.id()), OnboardingStep.PAYOUT);
		}
		catch (BusinessRuleException refused) {
			var blanked = new PayoutDetailsForm(form.accountHolder(), form.institutionNumber(), form.transitNumber(), "");
			return page(onboarding.of(mechanic.id()), OnboardingStep.PAYOUT.slug(), model, FormErrors.of(refused), blanked);
		}
	}

	@PostMapping("/mechanic/onboarding/virtual-only/submit")
	String submit(@AuthenticationPrincipal PlatformUser user, Model model, RedirectAttributes redirect) {
		Mechanic mechanic = mechanics.mine(user.id());
		try {
			onboarding.submit(mechanic.id());
		}
		catch (BusinessRuleException refused) {
			return page(onboarding.of(mechanic.id()), REVIEW, model, FormErrors.of(refused), null);
		}
		redirect.addFlashAttribute("flash", "Onboarding submitted. We aim to verify you within 24 hours; you'll be notified.");
		return "redirect:/mechanic/dashboard/virtual";
	}

	/** After a step: the next step not done yet, or the review. */
	private static String next(Onboarding state, OnboardingStep done) {
		OnboardingStep following = null;
		for (OnboardingStep step : OnboardingStep.values()) {
			if (step.ordinal() > done.ordinal() && !state.isDone(step)) {
				following = step;
				break;
			}
		}
		return "redirect:/mechanic/onboarding/virtual-only?step=" + (following == null ? REVIEW : following.slug());
	}

	private String page(Onboarding state, String step, Model model, FormErrors errors, Object form) {
		Mechanic mechanic = state.mechanic();
		boolean review = REVIEW.equals(step);
		OnboardingStep current = review ? null : OnboardingStep.ofSlug(step);
		model.addAttribute("state", state);
		model.addAttribute("steps", OnboardingStep.values());
		model.addAttribute("current", current);
		model.addAttribute("review", review);
		model.addAttribute("errors", errors);
		model.addAttribute("documents", documentNames.of(state));
		model.addAttribute("provinces", Province.values());
		model.addAttribute("trades", Trade.values());
		model.addAttribute("credentials", Credential.values());
		model.addAttribute("specialtyChoices", ProfileChoices.SPECIALTIES);
		model.addAttribute("makeChoices", ProfileChoices.VEHICLE_MAKES);
		model.addAttribute("languageChoices", ProfileChoices.LANGUAGES);
		model.addAttribute("maxBytes", Documents.MAX_BYTES);
		var details = state.details();
		model.addAttribute("profileForm", form instanceof ProfileDetailsForm f ? f
				: new ProfileDetailsForm(mechanic.name(), details.bio(),
						details.yearsOfExperience() == null ? "" : details.yearsOfExperience().toString(), details.specialties(),
						details.vehicleMakes(), details.languages(), mechanic.province().name(), mechanic.postalCode().value()));
		model.addAttribute("certificationForm", form instanceof CertificationSubmission f ? f
				: new CertificationSubmission("RED_SEAL", "AUTOMOTIVE_SERVICE_TECHNICIAN", "", mechanic.province().name(), ""));
		model.addAttribute("consentForm", form instanceof BackgroundCheckConsent f ? f : new BackgroundCheckConsent(false, ""));
		model.addAttribute("payoutForm", form instanceof PayoutDetailsForm f ? f
				: new PayoutDetailsForm(state.payout() == null ? mechanic.name() : state.payout().accountHolder(), "", "", ""));
		return "mechanics/onboarding";
	}

	private String tierPage(Mechanic mechanic, Model model, FormErrors errors) {
		model.addAttribute("mechanic", mechanic);
		model.addAttribute("state", onboarding.of(mechanic.id()));
		model.addAttribute("options", ServiceTierOption.all());
		model.addAttribute("errors", errors);
		return "mechanics/service-tier";
	}

	private static ServiceTier parseTier(String raw) {
		try {
			return ServiceTier.valueOf(raw.trim());
		}
		catch (IllegalArgumentException e) {
			throw new BusinessRuleException("serviceTier", "Choose virtual only or workshop partner");
		}
	}
}
