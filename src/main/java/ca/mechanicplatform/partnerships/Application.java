package ca.mechanicplatform.partnerships;

import java.time.Duration;
import java.time.Instant;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/** A mechanic's application to a program, with what the reviewing workshop needs to decide. */
public record Application(ApplicationId id, ProgramId programId, String programTitle, ProgramType programType,
		WorkshopId workshopId, String workshopName, MechanicId mechanicId, String mechanicName, boolean mechanicVerified,
		String mechanicTier, String message, ApplicationStatus status, String rejectionReason, Instant submittedAt,
		Instant decidedAt, Instant withdrawnAt, PartnershipId partnershipId) {

	/** How long the workshop took to decide, if it has. */
	public Duration timeToDecision() {
		return decidedAt == null ? null : Duration.between(submittedAt, decidedAt);
	}
}
