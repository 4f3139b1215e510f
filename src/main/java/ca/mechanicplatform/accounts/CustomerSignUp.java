package ca.mechanicplatform.accounts;

/**
 * The customer sign-up form and API request. Every field is checked by the facade, which reports all problems at once.
 */
public record CustomerSignUp(
		String name,
		String email,
		String password,
		String postalCode,
		String phone) {
}
