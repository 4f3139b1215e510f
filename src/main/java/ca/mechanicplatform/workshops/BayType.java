package ca.mechanicplatform.workshops;

/** What a bay is equipped for. */
public enum BayType {

	LIFT("Lift"),
	ALIGNMENT("Alignment rack"),
	DIAGNOSTIC("Diagnostic station"),
	GENERAL("General service bay");

	private final String label;

	BayType(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
