package ca.mechanicplatform.accounts;

/** What a person does on the platform. One role per account. */
public enum Role {

	CUSTOMER("Vehicle owner"),
	MECHANIC("Mechanic"),
	WORKSHOP_ADMIN("Workshop"),
	PLATFORM_ADMIN("Platform operator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
