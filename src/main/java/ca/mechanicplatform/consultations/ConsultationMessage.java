package ca.mechanicplatform.consultations;

import java.time.Instant;

/**
 * One chat message in a consultation.
 *
 * @param fromCustomer whether the customer wrote it (otherwise the mechanic)
 * @param body         the text; empty for a photo sent without a caption
 * @param hasPhoto     whether a photo is attached (read it with {@link Consultations#photo})
 */
public record ConsultationMessage(long id, ConsultationId consultationId, boolean fromCustomer, String senderName,
		String body, boolean hasPhoto, Instant sentAt) {
}
