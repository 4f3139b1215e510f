package ca.mechanicplatform.documents;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** What a document is for, which decides the file types it may be. */
public enum DocumentKind {

	TRADE_CERTIFICATE("Trade certificate", EnumSet.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG)),
	LIABILITY_INSURANCE("Liability insurance certificate", EnumSet.of(DocumentType.PDF, DocumentType.JPEG, DocumentType.PNG)),
	WORKSHOP_PHOTO("Workshop photo", EnumSet.of(DocumentType.JPEG, DocumentType.PNG));

	private final String label;
	private final Set<DocumentType> accepted;

	DocumentKind(String label, Set<DocumentType> accepted) {
		this.label = label;
		this.accepted = accepted;
	}

	public String label() {
		return label;
	}

	/** The file types a document of this kind may be. */
	public Set<DocumentType> accepted() {
		return Set.copyOf(accepted);
	}

	public boolean accepts(DocumentType type) {
		return accepted.contains(type);
	}

	/** The accepted types for people to read: "PDF, JPEG or PNG". */
	public String acceptedText() {
		var labels = accepted.stream().map(DocumentType::label).collect(Collectors.toList());
		if (labels.size() == 1) {
			return labels.get(0);
		}
		return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
	}
}
