package ca.mechanicplatform.mechanics;

/**
 * Liability insurance details as a form or API request (the certificate travels beside it as an upload). The
 * coverage is in dollars as typed ({@code 2000000} or {@code $2,000,000}); the expiry is ISO {@code yyyy-MM-dd}.
 */
public record InsuranceSubmission(
		String insurer,
		String policyNumber,
		String liabilityCoverage,
		String expiresOn) {
}
