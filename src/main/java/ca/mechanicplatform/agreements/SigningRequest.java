package ca.mechanicplatform.agreements;

/**
 * A signature as submitted: the signer's full name typed by hand, the explicit consent, and the SHA-256 of the
 * document the signer was shown (so a document changed in between is detected), plus where the request came from.
 */
public record SigningRequest(String typedName, boolean consent, String documentSha256, String ipAddress, String userAgent) {
}
