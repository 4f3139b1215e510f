package ca.mechanicplatform.mechanics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which profile items a mechanic has done. Every mechanic needs a tier, a full profile, a verified trade
 * certification, a clear background check, payout details and a submitted onboarding; workshop partners also need
 * valid liability insurance.
 */
final class ProfileCompletionPolicy {

	private record Item(String code, String description, boolean done) {
	}

	private ProfileCompletionPolicy() {
	}

	static ProfileCompletion of(Mechanic mechanic, ProfileDetails details, List<Certification> certifications,
			Optional<BackgroundCheck> backgroundCheck, Optional<PayoutAccount> payout, Optional<InsurancePolicy> insurance,
			boolean onboardingSubmitted, LocalDate today) {
		boolean certificationOnFile = certifications.stream()
			.anyMatch(c -> (c.isPending() && !c.isExpiredOn(today)) || c.isValidOn(today));
		boolean certificationVerified = certifications.stream().anyMatch(c -> c.isValidOn(today));
		List<Item> items = new ArrayList<>(List.of(
				new Item("service-tier", "Choose how you work on the platform (service tier)", mechanic.serviceTier() != null),
				new Item("bio", "Write a short bio for customers", details.bio() != null && !details.bio().isBlank()),
				new Item("specialties", "Pick your specialties", !details.specialties().isEmpty()),
				new Item("vehicle-makes", "Pick the vehicle makes you know", !details.vehicleMakes().isEmpty()),
				new Item("years-of-experience", "Enter your years of experience", details.yearsOfExperience() != null),
				new Item("languages", "Pick the languages you speak with customers", !details.languages().isEmpty()),
				new Item("certification", "Upload your Red Seal or provincial trade certificate", certificationOnFile),
				new Item("background-check-consent", "Consent to a background check", backgroundCheck.isPresent()),
				new Item("payout", "Add the bank account your earnings are paid into", payout.isPresent()),
				new Item("onboarding-submitted", "Submit your onboarding for verification", onboardingSubmitted),
				new Item("certification-verified", "Get your trade certificate verified by the platform (target: 24 hours)",
						certificationVerified),
				new Item("background-check-clear", "Get a clear background check result",
						backgroundCheck.map(BackgroundCheck::isClear).orElse(false))));
		if (mechanic.serviceTier() == ServiceTier.WORKSHOP_PARTNER) {
			items.add(new Item("insurance", "Upload valid liability insurance (workshop partners)",
					insurance.map(policy -> policy.isValidOn(today)).orElse(false)));
		}
		long done = items.stream().filter(Item::done).count();
		List<MissingItem> missing = items.stream().filter(item -> !item.done())
			.map(item -> new MissingItem(item.code(), item.description())).toList();
		return new ProfileCompletion((int) (done * 100 / items.size()), missing);
	}
}
