package ca.mechanicplatform.mechanics;

/** How a mechanic works on the platform (Phase 3). Licensed mobile service is announced but not selectable yet. */
public enum ServiceTier {

	VIRTUAL_ONLY("Virtual only", true),
	WORKSHOP_PARTNER("Workshop partner", true),
	LICENSED_MOBILE("Licensed mobile (Phase 7)", false);

	private final String label;
	private final boolean selectable;

	ServiceTier(String label, boolean selectable) {
		this.label = label;
		this.selectable = selectable;
	}

	public String label() {
		return label;
	}

	public boolean selectable() {
		return selectable;
	}
}
