package ca.mechanicplatform.mechanics;

import java.util.List;

/**
 * The profile step of onboarding, as a form or API request. Every field is checked by
 * {@link MechanicOnboarding#updateProfile}, which reports all problems at once.
 */
public record ProfileDetailsForm(
		String name,
		String bio,
		String yearsOfExperience,
		List<String> specialties,
		List<String> vehicleMakes,
		List<String> languages,
		String province,
		String postalCode) {

	public ProfileDetailsForm {
		specialties = specialties == null ? List.of() : specialties;
		vehicleMakes = vehicleMakes == null ? List.of() : vehicleMakes;
		languages = languages == null ? List.of() : languages;
	}
}
