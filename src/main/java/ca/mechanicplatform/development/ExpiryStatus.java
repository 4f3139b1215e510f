package ca.mechanicplatform.development;

/** Where a certificate stands against its expiry date. */
public enum ExpiryStatus {

	/** More than 60 days to go. */
	VALID,
	/** Expires within 60 days (today included). */
	EXPIRES_SOON,
	/** Past its expiry date. */
	EXPIRED
}
