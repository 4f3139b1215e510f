package ca.mechanicplatform.mechanics;

/** The kind of trade credential a certification is. */
public enum Credential {

	RED_SEAL("Red Seal (interprovincial)"),
	PROVINCIAL("Provincial certificate of qualification");

	private final String label;

	Credential(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
