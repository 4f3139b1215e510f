package ca.mechanicplatform.mechanics;

import java.time.Instant;
import java.time.LocalDate;

import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;

/** A mechanic's liability insurance, with its certificate document. Workshop partners need a valid one. */
public record InsurancePolicy(long id, MechanicId mechanicId, String insurer, String policyNumber,
		Money liabilityCoverage, LocalDate expiresOn, DocumentId documentId, Instant submittedAt) {

	/** Whether the policy still covers the mechanic on {@code today}. */
	public boolean isValidOn(LocalDate today) {
		return !expiresOn.isBefore(today);
	}
}
