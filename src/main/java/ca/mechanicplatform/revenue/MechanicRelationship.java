package ca.mechanicplatform.revenue;

/** How the mechanic who served the customer stands towards the platform; fee rules differ by it. */
public enum MechanicRelationship {

	INDEPENDENT("Independent mechanic"),
	WORKSHOP_EMPLOYEE("Workshop employee");

	private final String label;

	MechanicRelationship(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
