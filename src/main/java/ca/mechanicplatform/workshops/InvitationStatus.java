package ca.mechanicplatform.workshops;

/** Where an employee invitation stands. */
public enum InvitationStatus {

	PENDING("Waiting for the mechanic"),
	ACCEPTED("Accepted"),
	DECLINED("Declined"),
	REVOKED("Withdrawn");

	private final String label;

	InvitationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
