package ca.mechanicplatform.crm;

/** How a client came into the CRM. */
public enum ClientSource {
	CONSULTATION, JOB, MANUAL;

	public String label() {
		return switch (this) {
			case CONSULTATION -> "Consultation";
			case JOB -> "Bay job";
			case MANUAL -> "Added by hand";
		};
	}
}
