package ca.mechanicplatform.workshops;

import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * Published, and handled synchronously inside the changing transaction, when a workshop's admin changes its off-shift
 * policy: revenue-share agreements not yet signed by both are withdrawn when the percentage they carry no longer
 * applies or local freelancing is no longer allowed.
 */
public record OffShiftPolicyChanged(WorkshopId workshopId, UserId admin, boolean allowedBefore, int sharePctBefore,
		boolean allowedNow, int sharePctNow) {

	public boolean withdrawsPendingAgreements() {
		return !allowedNow || sharePctBefore != sharePctNow;
	}
}
