package ca.mechanicplatform.consultations;

/** How the customer and the mechanic talk: text chat on the platform, or a video call plus the chat. */
public enum ConsultationKind {

	CHAT("Chat"), VIDEO("Video call");

	private final String label;

	ConsultationKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
