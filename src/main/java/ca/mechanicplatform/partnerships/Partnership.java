package ca.mechanicplatform.partnerships;

import java.time.Instant;

import ca.mechanicplatform.agreements.AgreementId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * A partnership between a mechanic and a workshop under one program, with the program's money terms as they were
 * when it was approved (later edits to the program do not change a partnership).
 */
public record Partnership(PartnershipId id, ApplicationId applicationId, ProgramId programId, String programTitle,
		WorkshopId workshopId, String workshopName, MechanicId mechanicId, String mechanicName, ProgramType type,
		Money hourlyRate, Money dailyRate, Percentage workshopShare, Money monthlyFee, PartnershipStatus status,
		AgreementId agreementId, Instant createdAt, Instant activatedAt, Instant endedAt) {

	public boolean isActive() {
		return status == PartnershipStatus.ACTIVE;
	}
}
