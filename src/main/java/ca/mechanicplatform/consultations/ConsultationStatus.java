package ca.mechanicplatform.consultations;

/**
 * Where a consultation is: requested (waiting for a mechanic), accepted by one mechanic, completed by that mechanic,
 * cancelled by the customer before anyone accepted, or expired because nobody accepted in time.
 */
public enum ConsultationStatus {

	REQUESTED("Waiting for a mechanic"), ACCEPTED("In progress"), COMPLETED("Completed"), CANCELLED("Cancelled"),
	EXPIRED("Expired");

	private final String label;

	ConsultationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Whether nothing can happen to the consultation any more except a rating. */
	public boolean isClosed() {
		return this == COMPLETED || this == CANCELLED || this == EXPIRED;
	}
}
