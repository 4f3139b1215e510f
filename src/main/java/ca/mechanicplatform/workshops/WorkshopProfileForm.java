package ca.mechanicplatform.workshops;

import java.util.List;

/**
 * The workshop's profile as its admin edits it (form or API request). Services are {@link WorkshopService} names;
 * every field is checked by {@link Workshops#updateProfile}, which reports all problems at once.
 */
public record WorkshopProfileForm(
		String workshopName,
		String streetAddress,
		String city,
		String province,
		String postalCode,
		String timeZone,
		String phone,
		List<String> services) {

	public WorkshopProfileForm {
		services = services == null ? List.of() : services;
	}
}
