package ca.mechanicplatform.mechanics;

/** Where a certification stands in the platform's verification. */
public enum CertificationStatus {

	PENDING("Waiting for verification"),
	APPROVED("Verified"),
	REJECTED("Rejected");

	private final String label;

	CertificationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
