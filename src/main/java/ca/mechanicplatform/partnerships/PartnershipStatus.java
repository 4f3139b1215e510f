package ca.mechanicplatform.partnerships;

/** A partnership awaits both signatures, is active (bays can be booked), or has ended. */
public enum PartnershipStatus {
	AWAITING_SIGNATURES, ACTIVE, ENDED
}
