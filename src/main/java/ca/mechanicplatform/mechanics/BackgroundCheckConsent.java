package ca.mechanicplatform.mechanics;

/**
 * The background-check step of onboarding: the mechanic agrees by ticking the consent and typing their full name.
 */
public record BackgroundCheckConsent(boolean consent, String fullName) {
}
