package ca.mechanicplatform.revenue;

/** What was sold: advice given remotely, or work done in a workshop's bay. Statements call them virtual and physical. */
public enum ServiceKind {

	VIRTUAL_CONSULTATION("Virtual consultation", "virtual"),
	WORKSHOP_JOB("Workshop job", "physical");

	private final String label;
	private final String shortLabel;

	ServiceKind(String label, String shortLabel) {
		this.label = label;
		this.shortLabel = shortLabel;
	}

	public String label() {
		return label;
	}

	/** {@code virtual} or {@code physical}, as statements and the earnings breakdown group them. */
	public String shortLabel() {
		return shortLabel;
	}
}
