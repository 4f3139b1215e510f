package ca.mechanicplatform.partnerships;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/** Published when both parties have signed: the mechanic may now book the workshop's bays. */
public record PartnershipActivated(PartnershipId partnershipId, MechanicId mechanicId, WorkshopId workshopId,
		ProgramType type) {
}
