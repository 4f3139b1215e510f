package ca.mechanicplatform.mechanics;

/** The result of a background check. */
public enum BackgroundCheckStatus {

	PENDING("In progress"),
	CLEAR("Clear"),
	NOT_CLEAR("Not clear");

	private final String label;

	BackgroundCheckStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
