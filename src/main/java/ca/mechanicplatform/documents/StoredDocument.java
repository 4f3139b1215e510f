package ca.mechanicplatform.documents;

import java.time.Instant;

import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.UserId;

/**
 * A stored document's description, without its content. {@code originalName} is the uploader's file name, kept only
 * as text to show; nothing is ever looked up or built from it.
 */
public record StoredDocument(DocumentId id, UserId owner, DocumentKind kind, String originalName, DocumentType type,
		long sizeBytes, String sha256, Instant createdAt) {

	/** The size for people to read: "312 KB", "2.4 MB". */
	public String sizeText() {
		if (sizeBytes < 1024) {
			return sizeBytes + " bytes";
		}
		if (sizeBytes < 1024 * 1024) {
			return Math.round(sizeBytes / 1024.0) + " KB";
		}
		return String.format(java.util.Locale.CANADA, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
	}
}
