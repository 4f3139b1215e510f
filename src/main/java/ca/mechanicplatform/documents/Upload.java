package ca.mechanicplatform.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file as it arrives from a form or an API request, before it is checked. The content is read at most once and
 * only when the declared size is within the limit, so an oversized upload is refused without loading it.
 */
public final class Upload {

	/** Reads a file's bytes. */
	@FunctionalInterface
	public interface Source {
		byte[] read() throws IOException;
	}

	private final String originalName;
	private final long size;
	private final Source source;
	private byte[] content;

	private Upload(String originalName, long size, Source source) {
		this.originalName = originalName;
		this.size = size;
		this.source = source;
	}

	/**
	 * @param originalName the file name the uploader's device gave, shown as text only
	 * @param size         the number of bytes
	 * @param source       reads the bytes
	 */
	public static Upload of(String originalName, long size, Source source) {
		return new Upload(originalName, size, source);
	}

	/** An upload with the given bytes. */
	public static Upload of(String originalName, byte[] content) {
		return new Upload(originalName, content.length, () -> content);
	}

	/** The file of a multipart request; {@code null} or an empty part counts as no file. */
	public static Upload of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return none();
		}
		return new Upload(file.getOriginalFilename(), file.getSize(), file::getBytes);
	}

	/** No file was chosen. */
	public static Upload none() {
		return new Upload(null, 0, () -> new byte[0]);
	}

	public String originalName() {
		return originalName;
	}

	public long size() {
		return size;
	}

	public boolean isEmpty() {
		return size <= 0;
	}

	/** The bytes, read on first use. */
	byte[] content() {
		if (content == null) {
			try {
				content = source.read();
			}
			catch (IOException e) {
				throw new UncheckedIOException("The uploaded file could not be read", e);
			}
		}
		return content;
	}
}
