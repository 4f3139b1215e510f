package ca.mechanicplatform.workshops;

import java.time.Instant;

import ca.mechanicplatform.kernel.DocumentId;

/** A photo of a workshop; the image itself is the stored document {@code documentId}. */
public record WorkshopPhoto(long id, DocumentId documentId, String name, Instant createdAt) {
}
