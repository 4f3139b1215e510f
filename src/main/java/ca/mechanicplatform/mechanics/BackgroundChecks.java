package ca.mechanicplatform.mechanics;

/**
 * The port to whoever runs mechanics' background checks (a criminal record check). The platform orders a check
 * once the mechanic consents; the result comes back through
 * {@link MechanicVerification#recordBackgroundCheck}, entered by a platform operator when the provider has no
 * automated channel. The shipped implementation is manual: operators run the check and record the result.
 */
public interface BackgroundChecks {

	/** What the mechanic and operators are told about who runs the check. */
	String providerName();

	/** Whether a platform operator enters the result by hand (true for the manual implementation). */
	boolean resultsRecordedByOperator();

	/**
	 * Orders a check for a mechanic who has just consented.
	 *
	 * @param mechanic    the mechanic to check
	 * @param consentName the full name the mechanic typed to consent
	 * @return the provider's reference for the check, or {@code null} when the provider gives none
	 */
	String order(Mechanic mechanic, String consentName);
}
