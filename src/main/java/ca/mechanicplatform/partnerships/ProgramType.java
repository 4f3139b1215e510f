package ca.mechanicplatform.partnerships;

/** The three ways a workshop can partner with mechanics. */
public enum ProgramType {

	BAY_RENTAL("Bay rental", "The mechanic rents a bay by the hour or day and keeps everything after the platform fee."),
	REVENUE_SHARE("Revenue share", "No bay fee: the workshop takes a percentage of each job after the platform fee."),
	MEMBERSHIP("Membership", "A monthly fee (first month prorated by day) plus the workshop's percentage of each job.");

	private final String label;
	private final String explanation;

	ProgramType(String label, String explanation) {
		this.label = label;
		this.explanation = explanation;
	}

	public String label() {
		return label;
	}

	public String explanation() {
		return explanation;
	}
}
