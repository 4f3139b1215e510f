package ca.mechanicplatform.partnerships;

/** The platform fee written into partnership agreements: the published default on workshop jobs. */
final class PlatformFee {

	static final String WORKSHOP_JOBS = "15%";

	private PlatformFee() {
	}
}
