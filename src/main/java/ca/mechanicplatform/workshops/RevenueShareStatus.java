package ca.mechanicplatform.workshops;

/**
 * Where an employee's off-shift revenue-share agreement is: requested and waiting for both signatures, active (both
 * signed, the employee is in {@code revenue_share}), or ended by either side (or withdrawn before it was signed).
 */
public enum RevenueShareStatus {

	REQUESTED("Waiting for signatures"), ACTIVE("In force"), ENDED("Ended");

	private final String label;

	RevenueShareStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Requested or active: the agreement that blocks a second request and that either side can end. */
	public boolean isOpen() {
		return this != ENDED;
	}
}
