package ca.mechanicplatform.mechanics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;

/**
 * A trade certification a mechanic submitted with its document, and the platform's decision on it.
 * {@code decidedAt}, {@code decidedBy} are set once decided; {@code rejectionReason} only when rejected.
 */
public record Certification(CertificationId id, MechanicId mechanicId, Credential credential, Trade trade,
		String certificateNumber, Province issuingProvince, LocalDate expiresOn, DocumentId documentId,
		CertificationStatus status, Instant submittedAt, Instant decidedAt, UserId decidedBy, String rejectionReason) {

	public boolean isPending() {
		return status == CertificationStatus.PENDING;
	}

	/** Whether the certificate has passed its expiry date on {@code today}. */
	public boolean isExpiredOn(LocalDate today) {
		return expiresOn.isBefore(today);
	}

	/** Approved and not expired: what makes a mechanic certified. */
	public boolean isValidOn(LocalDate today) {
		return status == CertificationStatus.APPROVED && !isExpiredOn(today);
	}

	/** How long the decision took, or {@code null} while pending. */
	public Duration decisionTime() {
		return decidedAt == null ? null : Duration.between(submittedAt, decidedAt);
	}
}
