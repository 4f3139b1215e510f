package ca.mechanicplatform.mechanics;

import java.util.List;

/**
 * What a mechanic tells customers and workshops about themselves. Empty lists and {@code null} mean not given yet.
 *
 * @param bio               a few sentences in the mechanic's words
 * @param yearsOfExperience years working as a mechanic, 0–60
 * @param specialties       chosen from {@link ProfileChoices#SPECIALTIES}
 * @param vehicleMakes      chosen from {@link ProfileChoices#VEHICLE_MAKES}
 * @param languages         chosen from {@link ProfileChoices#LANGUAGES}
 */
public record ProfileDetails(String bio, Integer yearsOfExperience, List<String> specialties, List<String> vehicleMakes,
		List<String> languages) {

	public ProfileDetails {
		specialties = List.copyOf(specialties);
		vehicleMakes = List.copyOf(vehicleMakes);
		languages = List.copyOf(languages);
	}
}
