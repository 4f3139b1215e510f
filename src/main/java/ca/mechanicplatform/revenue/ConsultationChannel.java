package ca.mechanicplatform.revenue;

/** How a virtual consultation is held; each has its price on the price list. */
public enum ConsultationChannel {

	CHAT("Chat"),
	VIDEO("Video");

	private final String label;

	ConsultationChannel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
