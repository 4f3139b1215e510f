package ca.mechanicplatform.mechanics;

/**
 * The mechanic sign-up form and API request. Every field is checked by the facade, which reports all problems at once.
 */
public record MechanicSignUp(
		String name,
		String email,
		String password,
		String postalCode) {
}
