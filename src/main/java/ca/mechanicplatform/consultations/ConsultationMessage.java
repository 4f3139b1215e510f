package ca.mechanicplatform.consultations;

import java.time.Instant;

/**
 * One chat message in a consultation.
 *
 * @param fromCustomer whether the customer wrote it (otherwise the mechanic)
 */
public record ConsultationMessage(long id, ConsultationId consultationId, boolean fromCustomer, String senderName,
		String body, Instant sentAt) {
}
