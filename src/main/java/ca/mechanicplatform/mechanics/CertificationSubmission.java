package ca.mechanicplatform.mechanics;

/**
 * The certification step of onboarding, as a form or API request (the document travels beside it as an upload).
 * Dates are ISO {@code yyyy-MM-dd}; every field is checked by {@link MechanicOnboarding#submitCertification}.
 */
public record CertificationSubmission(
		String credential,
		String trade,
		String certificateNumber,
		String issuingProvince,
		String expiresOn) {
}
