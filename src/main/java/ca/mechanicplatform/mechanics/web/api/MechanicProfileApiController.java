package ca.mechanicplatform.mechanics.web.api;

import java.net.URI;
import java.time.Instant;
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
import ca.mechanicplatform.mechanics.InsuranceSubmission;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.MechanicSignUp;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.MissingItem;
import ca.mechanicplatform.mechanics.Onboarding;
import ca.mechanicplatform.mechanics.TierChange;
import ca.mechanicplatform.mechanics.web.api.Representations.InsuranceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic profile")
class MechanicProfileApiController {

	private final Mechanics mechanics;
	private final MechanicOnboarding onboarding;
	private final Documents documents;

	MechanicProfileApiController(Mechanics mechanics, MechanicOnboarding onboarding, Documents documents) {
		this.mechanics = mechanics;
		this.onboarding = onboarding;
		this.documents = documents;
	}

	/** A mechanic's profile as the API shows it to the mechanic, with how complete it is. */
	record MechanicProfile(long id, String name, String email, String serviceTier, String mechanicType, Long workshopId,
			String postalCode, String province, boolean verified, boolean clockedInByAdmin, boolean available,
			String offShiftMode, int exclusionRadiusKm, int offShiftRevenueSharePct, String bio, Integer yearsOfExperience,
			List<String> specialties, List<String> vehicleMakes, List<String> languages, Instant onboardingSubmittedAt,
			Instant verifiedAt, int completionPercent, List<MissingItem> missingItems, List<TierChange> tierHistory) {

		static MechanicProfile of(Onboarding o) {
			Mechanic m = o.mechanic();
			return new MechanicProfile(m.id().value(), m.name(), m.email(),
					m.serviceTier() == null ? null : m.serviceTier().name(), m.type().name(),
					m.workshopId() == null ? null : m.workshopId().value(), m.postalCode().value(), m.province().name(),
					m.verified(), m.clockedInByAdmin(), m.available(), m.offShiftMode().code(), m.exclusionRadiusKm(),
					m.offShiftRevenueSharePct(), o.details().bio(), o.details().yearsOfExperience(), o.details().specialties(),
					o.details().vehicleMakes(), o.details().languages(), o.submittedAt(), o.verifiedAt(),
					o.completion().percent(), o.completion().missing(), o.tierHistory());
		}
	}

	/** The profile fields a mechanic edits; {@code yearsOfExperience} is a whole number from 0 to 60. */
	record ProfileRequest(String name, String bio, Integer yearsOfExperience, List<String> specialties,
			List<String> vehicleMakes, List<String> languages, String province, String postalCode) {

		ca.mechanicplatform.mechanics.ProfileDetailsForm form() {
			return new ca.mechanicplatform.mechanics.ProfileDetailsForm(name, bio,
					yearsOfExperience == null ? null : yearsOfExperience.toString(), specialties, vehicleMakes, languages,
					province, postalCode);
		}
	}

	record AvailabilityRequest(boolean available) {
	}

	@PostMapping("/api/signup/mechanic")
	@SecurityRequirements
	@Operation(summary = "Open a mechanic's account", description = "Then POST /api/auth/token to get a bearer token.")
	ResponseEntity<MechanicProfile> signUp(@RequestBody MechanicSignUp request) {
		Mechanic mechanic = mechanics.register(request);
		return ResponseEntity.created(URI.create("/api/mechanic/profile")).body(MechanicProfile.of(onboarding.of(mechanic.id())));
	}

	@GetMapping("/api/mechanic/profile")
	@Operation(summary = "The signed-in mechanic's profile",
			description = "With completionPercent and missingItems: what the mechanic still has to do to be fully onboarded.")
	MechanicProfile profile(@AuthenticationPrincipal PlatformUser user) {
		return MechanicProfile.of(onboarding.of(mechanics.mine(user.id()).id()));
	}

	@PutMapping("/api/mechanic/profile")
	@Operation(summary = "Edit the signed-in mechanic's profile",
			description = "Name, bio, specialties, vehicle makes, years of experience, languages, province and postal code; "
					+ "the same as the profile step of virtual-only onboarding.")
	MechanicProfile editProfile(@AuthenticationPrincipal PlatformUser user, @RequestBody ProfileRequest request) {
		return MechanicProfile.of(onboarding.updateProfile(mechanics.mine(user.id()).id(), request.form()));
	}

	@PutMapping("/api/mechanic/profile/availability")
	@Operation(summary = "Turn availability for virtual consultations on or off",
			description = "Turning it on needs a verified mechanic who is not on shift (employees) and not blocked off shift; 409 otherwise.")
	MechanicProfile availability(@AuthenticationPrincipal PlatformUser user, @RequestBody AvailabilityRequest request) {
		Mechanic mechanic = mechanics.setAvailability(mechanics.mine(user.id()).id(), request.available());
		return MechanicProfile.of(onboarding.of(mechanic.id()));
	}

	@PostMapping(value = "/api/mechanic/profile/insurance", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Add liability insurance",
			description = "multipart/form-data: insurer, policyNumber, liabilityCoverage (dollars), expiresOn (yyyy-MM-dd) and "
					+ "the certificate as 'document' (PDF, JPEG or PNG, at most 10 MB, type checked from the content).")
	ResponseEntity<InsuranceView> insurance(@AuthenticationPrincipal PlatformUser user,
			@ModelAttribute InsuranceSubmission form, @RequestPart(name = "document", required = false) MultipartFile document) {
		var policy = onboarding.submitInsurance(mechanics.mine(user.id()).id(), form, Upload.of(document));
		return ResponseEntity.status(201).body(InsuranceView.of(policy, documents.get(policy.documentId())));
	}

	@PostMapping("/api/mechanic/profile/upgrade-tier")
	@Operation(summary = "Upgrade from virtual only to workshop partner",
			description = "Needs a trade certification verified by the platform and valid liability insurance (409 otherwise). "
					+ "The virtual-only history stays; the change is added to tierHistory.")
	MechanicProfile upgrade(@AuthenticationPrincipal PlatformUser user) {
		Mechanic mechanic = mechanics.upgradeToWorkshopPartner(mechanics.mine(user.id()).id());
		return MechanicProfile.of(onboarding.of(mechanic.id()));
	}
}
