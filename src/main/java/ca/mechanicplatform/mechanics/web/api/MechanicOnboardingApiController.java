package ca.mechanicplatform.mechanics.web.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.documents.Upload;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.mechanics.BackgroundCheckConsent;
import ca.mechanicplatform.mechanics.CertificationSubmission;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.MissingItem;
import ca.mechanicplatform.mechanics.Onboarding;
import ca.mechanicplatform.mechanics.OnboardingStep;
import ca.mechanicplatform.mechanics.PayoutDetailsForm;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.mechanics.ServiceTierOption;
import ca.mechanicplatform.mechanics.web.api.Representations.BackgroundCheckView;
import ca.mechanicplatform.mechanics.web.api.Representations.CertificationView;
import ca.mechanicplatform.mechanics.web.api.Representations.InsuranceView;
import ca.mechanicplatform.mechanics.web.api.Representations.PayoutView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic onboarding")
class MechanicOnboardingApiController {

	private final Mechanics mechanics;
	private final MechanicOnboarding onboarding;
	private final Documents documents;

	MechanicOnboardingApiController(Mechanics mechanics, MechanicOnboarding onboarding, Documents documents) {
		this.mechanics = mechanics;
		this.onboarding = onboarding;
		this.documents = documents;
	}

	record TierRequest(String serviceTier) {
	}

	record TierChoices(String current, List<ServiceTierOption> options) {
	}

	record StepView(int number, String step, String label, boolean done) {
	}

	/** Where the mechanic stands in onboarding, with everything entered so far (the account number masked). */
	record OnboardingState(String serviceTier, List<StepView> steps, String nextStep, Instant submittedAt, boolean verified,
			Instant verifiedAt, int completionPercent, List<MissingItem> missingItems, List<CertificationView> certifications,
			BackgroundCheckView backgroundCheck, PayoutView payout, InsuranceView insurance) {
	}

	@GetMapping("/api/mechanic/onboarding/service-tier")
	@Operation(summary = "The service tiers, what each means for earnings and obligations, and the mechanic's choice")
	TierChoices tiers(@AuthenticationPrincipal PlatformUser user) {
		var mechanic = mechanics.mine(user.id());
		return new TierChoices(mechanic.serviceTier() == null ? null : mechanic.serviceTier().name(), ServiceTierOption.all());
	}

	@PostMapping("/api/mechanic/onboarding/service-tier")
	@Operation(summary = "Choose a service tier",
			description = "VIRTUAL_ONLY, or WORKSHOP_PARTNER once certification is verified and liability insurance is on file "
					+ "(409 otherwise). LICENSED_MOBILE is not available yet (400).")
	OnboardingState chooseTier(@AuthenticationPrincipal PlatformUser user, @RequestBody TierRequest request) {
		var mechanic = mechanics.mine(user.id());
		mechanics.chooseTier(mechanic.id(), tier(request.serviceTier()));
		return state(onboarding.of(mechanic.id()));
	}

	@GetMapping("/api/mechanic/onboarding/virtual-only")
	@Operation(summary = "Where the mechanic stands in virtual-only onboarding")
	OnboardingState state(@AuthenticationPrincipal PlatformUser user) {
		return state(onboarding.of(mechanics.mine(user.id()).id()));
	}

	@PostMapping("/api/mechanic/onboarding/virtual-only")
	@Operation(summary = "Submit the finished onboarding for verification",
			description = "409 naming the steps still to do. The platform's target is a decision within 24 hours.")
	OnboardingState submit(@AuthenticationPrincipal PlatformUser user) {
		return state(onboarding.submit(mechanics.mine(user.id()).id()));
	}

	@PutMapping("/api/mechanic/onboarding/virtual-only/profile")
	@Operation(summary = "Step 1: profile",
			description = "Name, bio (30+ characters), specialties, vehicle makes, years of experience (0-60), languages, "
					+ "province and a postal code in it. Lists take the values of the profile choices.")
	OnboardingState profile(@AuthenticationPrincipal PlatformUser user,
			@RequestBody MechanicProfileApiController.ProfileRequest request) {
		return state(onboarding.updateProfile(mechanics.mine(user.id()).id(), request.form()));
	}

	@PostMapping(value = "/api/mechanic/onboarding/virtual-only/certification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Step 2: trade certification",
			description = "multipart/form-data: credential (RED_SEAL or PROVINCIAL), trade, certificateNumber, issuingProvince, "
					+ "expiresOn (yyyy-MM-dd) and the certificate as 'document' (PDF, JPEG or PNG, at most 10 MB; the type is "
					+ "checked from the content, not the name).")
	ResponseEntity<CertificationView> certification(@AuthenticationPrincipal PlatformUser user,
			@ModelAttribute CertificationSubmission form, @RequestPart(name = "document", required = false) MultipartFile document) {
		var certification = onboarding.submitCertification(mechanics.mine(user.id()).id(), form, Upload.of(document));
		return ResponseEntity.status(201).body(CertificationView.of(certification, documents.get(certification.documentId())));
	}

	@PostMapping("/api/mechanic/onboarding/virtual-only/background-check-consent")
	@Operation(summary = "Step 3: consent to a background check",
			description = "consent must be true and fullName the name on the profile. Checks are currently run by platform "
					+ "operators by hand, who record the result.")
	OnboardingState consent(@AuthenticationPrincipal PlatformUser user, @RequestBody BackgroundCheckConsent request) {
		var id = mechanics.mine(user.id()).id();
		onboarding.consentToBackgroundCheck(id, request);
		return state(onboarding.of(id));
	}

	@PutMapping("/api/mechanic/onboarding/virtual-only/payout")
	@Operation(summary = "Step 4: payout details",
			description = "Bank account for direct deposit: institution (3 digits), transit (5 digits), account (7-12 digits). "
					+ "The account number is only ever shown masked.")
	OnboardingState payout(@AuthenticationPrincipal PlatformUser user, @RequestBody PayoutDetailsForm request) {
		var id = mechanics.mine(user.id()).id();
		onboarding.savePayout(id, request);
		return state(onboarding.of(id));
	}

	private OnboardingState state(Onboarding o) {
		List<StepView> steps = Arrays.stream(OnboardingStep.values())
			.map(step -> new StepView(step.number(), step.slug(), step.label(), o.isDone(step))).toList();
		return new OnboardingState(o.mechanic().serviceTier() == null ? null : o.mechanic().serviceTier().name(), steps,
				o.nextStep() == null ? null : o.nextStep().slug(), o.submittedAt(), o.mechanic().verified(), o.verifiedAt(),
				o.completion().percent(), o.completion().missing(),
				o.certifications().stream().map(c -> CertificationView.of(c, documents.get(c.documentId()))).toList(),
				BackgroundCheckView.of(o.backgroundCheck()), PayoutView.of(o.payout()),
				o.insurance() == null ? null : InsuranceView.of(o.insurance(), documents.get(o.insurance().documentId())));
	}

	private static ServiceTier tier(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new BusinessRuleException("serviceTier", "Choose a service tier: VIRTUAL_ONLY or WORKSHOP_PARTNER");
		}
		try {
			return ServiceTier.valueOf(raw.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new BusinessRuleException("serviceTier", "\"" + raw + "\" is not a service tier: use VIRTUAL_ONLY or WORKSHOP_PARTNER");
		}
	}
}
