package ca.mechanicplatform.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Role;
import ca.mechanicplatform.documents.internal.StoredDocumentRows;
import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;

/**
 * Stores uploaded files in the database and hands them out only to their owner and to platform operators. A file
 * is accepted when its content (not its name or declared type) is one of the kind's accepted types and it is at
 * most {@value #MAX_BYTES} bytes (10 MB).
 */
@Service
public class Documents {

	/** The largest file accepted: 10 MB. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final int MAX_NAME_LENGTH = 200;

	private final StoredDocumentRows documents;
	private final Clock clock;

	Documents(StoredDocumentRows documents, Clock clock) {
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Adds the problem with an upload, if any, to {@code check} under {@code field}: no file, an empty file, a file over
	 * 10 MB, or content that is not one of the kind's types. Lets a form report the file together with its other fields.
	 *
	 * @return the detected type, or {@code null} when the upload is refused
	 */
	public DocumentType check(Upload upload, DocumentKind kind, String field, InputCheck check) {
		if (upload == null || upload.isEmpty()) {
			check.require(false, field, "Choose a " + kind.acceptedText() + " file to upload");
			return null;
		}
		if (upload.size() > MAX_BYTES) {
			check.require(false, field, "This file is " + megabytes(upload.size()) + "; files may be at most 10 MB");
			return null;
		}
		byte[] content = upload.content();
		if (content.length == 0) {
			check.require(false, field, "This file is empty");
			return null;
		}
		if (content.length > MAX_BYTES) {
			check.require(false, field, "This file is " + megabytes(content.length) + "; files may be at most 10 MB");
			return null;
		}
		DocumentType type = DocumentType.detect(content).orElse(null);
		if (type == null || !kind.accepts(type)) {
			check.require(false, field, "This file is not a " + kind.acceptedText()
					+ ": its content was checked, not its name. Choose a " + kind.acceptedText() + " file.");
			return null;
		}
		return type;
	}

	/**
	 * Stores a checked upload for {@code owner}.
	 *
	 * @param field the input field to name if the upload is refused
	 * @throws InvalidInputException naming {@code field} if the upload is refused; nothing is stored
	 */
	@Transactional
	public StoredDocument store(UserId owner, DocumentKind kind, Upload upload, String field) {
		InputCheck check = new InputCheck();
		DocumentType type = check(upload, kind, field, check);
		check.throwIfInvalid();
		byte[] content = upload.content();
		DocumentId id = documents.insert(owner, kind, displayName(upload.originalName(), type), type, content,
				sha256(content), clock.instant());
		return get(id);
	}

	/** A document's description (not its content), whoever owns it; for modules that hold its id. */
	public StoredDocument get(DocumentId id) {
		return documents.find(id).orElseThrow(() -> NotFoundException.of("Document", id));
	}

	public Optional<StoredDocument> find(DocumentId id) {
		return documents.find(id);
	}

	/**
	 * The document with its content, for its owner or a platform operator.
	 *
	 * @throws NotFoundException if the document does not exist or {@code viewer} may not open it (the two look alike)
	 */
	@Transactional(readOnly = true)
	public DocumentContent open(DocumentId id, UserId viewer, Role viewerRole) {
		StoredDocument document = documents.find(id)
			.filter(found -> found.owner().equals(viewer) || viewerRole == Role.PLATFORM_ADMIN)
			.orElseThrow(() -> NotFoundException.of("Document", id));
		return new DocumentContent(document, documents.content(id));
	}

	/**
	 * Deletes one of {@code owner}'s documents, for uploads that are removed rather than kept as a record (a
	 * workshop photo taken down). Documents that records refer to, such as certificates, are never deleted.
	 *
	 * @throws NotFoundException if there is no such document or it is someone else's
	 */
	@Transactional
	public void delete(DocumentId id, UserId owner) {
		documents.find(id).filter(found -> found.owner().equals(owner))
			.orElseThrow(() -> NotFoundException.of("Document", id));
		documents.delete(id);
	}

	/**
	 * The file name to show: the last segment of whatever the device sent, without control characters, shortened;
	 * "document.pdf" (by type) when nothing usable is left.
	 */
	static String displayName(String originalName, DocumentType type) {
		String name = originalName == null ? "" : originalName;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "").strip();
		if (name.length() > MAX_NAME_LENGTH) {
			name = name.substring(name.length() - MAX_NAME_LENGTH);
		}
		return name.isEmpty() ? "document." + type.name().toLowerCase(java.util.Locale.ROOT) : name;
	}

	private static String megabytes(long bytes) {
		return String.format(java.util.Locale.CANADA, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
