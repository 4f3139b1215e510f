package ca.mechanicplatform.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document with its bytes, as handed to someone allowed to open it. */
public record DocumentContent(StoredDocument document, byte[] content) {

	/**
	 * The document as a download: always {@code Content-Disposition: attachment} with the detected content type and
	 * {@code X-Content-Type-Options: nosniff}, so a browser never renders an upload as a page of the platform, and
	 * never cached by shared caches.
	 */
	public ResponseEntity<byte[]> asAttachment() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.type().contentType()))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.originalName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content);
	}
}
