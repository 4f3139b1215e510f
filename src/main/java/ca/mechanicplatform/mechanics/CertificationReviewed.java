package ca.mechanicplatform.mechanics;

import ca.mechanicplatform.kernel.MechanicId;

/** Published when an operator approves or rejects a certification; {@code reason} is set for a rejection. */
public record CertificationReviewed(MechanicId mechanicId, CertificationId certificationId, CertificationStatus status,
		String reason) {
}
