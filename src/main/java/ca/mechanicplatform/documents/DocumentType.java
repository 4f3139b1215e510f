package ca.mechanicplatform.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file types the platform accepts, recognised by their first bytes ("magic numbers"). A file's name and the
 * content type its browser claims are never trusted: a text file named {@code certificate.pdf} is not a PDF.
 */
public enum DocumentType {

	PDF("application/pdf", "PDF", new int[] { '%', 'P', 'D', 'F', '-' }),
	JPEG("image/jpeg", "JPEG", new int[] { 0xFF, 0xD8, 0xFF }),
	PNG("image/png", "PNG", new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	private final String contentType;
	private final String label;
	private final int[] signature;

	DocumentType(String contentType, String label, int[] signature) {
		this.contentType = contentType;
		this.label = label;
		this.signature = signature;
	}

	/** The media type the document is served with, e.g. {@code application/pdf}. */
	public String contentType() {
		return contentType;
	}

	/** The name people know the type by, e.g. {@code PDF}. */
	public String label() {
		return label;
	}

	/**
	 * @param content the file's bytes
	 * @return the type whose signature the content starts with, or empty when it is none of the accepted types
	 */
	public static Optional<DocumentType> detect(byte[] content) {
		return Arrays.stream(values()).filter(type -> type.startsOf(content)).findFirst();
	}

	/** @throws IllegalArgumentException if no type has this media type */
	public static DocumentType ofContentType(String contentType) {
		return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown document type " + contentType));
	}

	private boolean startsOf(byte[] content) {
		if (content == null || content.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
