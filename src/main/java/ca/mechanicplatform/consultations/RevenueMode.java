package ca.mechanicplatform.consultations;

/**
 * Who is paid for a consultation, fixed when a mechanic accepts it (SPEC "Revenue models"): an independent mechanic
 * keeps what remains after the platform fee; an employee on shift earns it for the workshop; an off-shift employee
 * in local exclusion keeps it; an off-shift employee under a revenue-share agreement splits the remainder with the
 * workshop at the workshop's percentage.
 */
public enum RevenueMode {

	VIRTUAL_INDEPENDENT("Independent", "After the platform fee, you keep the rest."),
	EMPLOYEE_ON_SHIFT("On shift", "On shift: the session's earnings go to your workshop (you are paid your wage)."),
	EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION("Off shift · local exclusion",
			"Off shift: you keep the rest after the platform fee; customers near your workshop are not shown to you."),
	EMPLOYEE_OFF_SHIFT_REVENUE_SHARE("Off shift · revenue share",
			"Off shift under your revenue-share agreement: your workshop gets its share of what remains after the platform fee.");

	private final String label;
	private final String explanation;

	RevenueMode(String label, String explanation) {
		this.label = label;
		this.explanation = explanation;
	}

	public String label() {
		return label;
	}

	/** One sentence for the mechanic on who is paid in this mode. */
	public String explanation() {
		return explanation;
	}

	/** Whether the mechanic works for a workshop in this mode (so the workshop is recorded on the session). */
	public boolean involvesWorkshop() {
		return this != VIRTUAL_INDEPENDENT;
	}
}
