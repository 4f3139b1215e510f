package ca.mechanicplatform.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Files the platform hands out (statements, exports, payout files) as HTTP answers: an attachment under its file name,
 * never kept in a browser's or a proxy's cache, since every such file holds someone's money or identity.
 */
public final class Downloads {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private Downloads() {
	}

	public static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok().contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(body);
	}

	/** CSV text, UTF-8. */
	public static ResponseEntity<byte[]> csv(String text, String fileName) {
		return attachment(text.getBytes(StandardCharsets.UTF_8), CSV, fileName);
	}
}
