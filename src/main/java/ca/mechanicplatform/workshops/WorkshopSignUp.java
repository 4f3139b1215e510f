package ca.mechanicplatform.workshops;

/**
 * The workshop sign-up form and API request: the admin's account and the workshop's profile. Every field is checked
 * by the facade, which reports all problems at once.
 */
public record WorkshopSignUp(
		String name,
		String email,
		String password,
		String workshopName,
		String streetAddress,
		String city,
		String province,
		String postalCode,
		String timeZone,
		String phone) {
}
