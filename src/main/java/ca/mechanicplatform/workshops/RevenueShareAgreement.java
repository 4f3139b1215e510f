package ca.mechanicplatform.workshops;

import java.time.Instant;

import ca.mechanicplatform.agreements.AgreementId;
import ca.mechanicplatform.agreements.AgreementStatus;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * An employee's off-shift revenue-share agreement with their workshop (the non-compete document's third mode).
 *
 * @param sharePct        the workshop's share written into the document both sign, and in force once active
 * @param agreementId     the signed document in the agreements module
 * @param agreementStatus where the document is in its signing order (the employee signs first, then the workshop)
 * @param endedBy         "Employee", "Workshop" or "Platform" once ended, else {@code null}
 */
public record RevenueShareAgreement(long id, MechanicId mechanicId, String mechanicName, WorkshopId workshopId,
		String workshopName, int sharePct, AgreementId agreementId, AgreementStatus agreementStatus,
		RevenueShareStatus status, Instant requestedAt, Instant activatedAt, Instant endedAt, String endedBy,
		String endReason) {

	/** The reference under which the agreements module knows this agreement's document. */
	public String subjectRef() {
		return subjectRef(id);
	}

	public static String subjectRef(long id) {
		return "revenue-share:" + id;
	}

	/** Whether the employee still has to sign (they sign first). */
	public boolean awaitsEmployee() {
		return status == RevenueShareStatus.REQUESTED && agreementStatus == AgreementStatus.AWAITING_FIRST;
	}

	/** Whether the workshop's admin has to sign now. */
	public boolean awaitsWorkshop() {
		return status == RevenueShareStatus.REQUESTED && agreementStatus == AgreementStatus.AWAITING_SECOND;
	}
}
