package ca.mechanicplatform.workshops;

import ca.mechanicplatform.mechanics.Mechanic;

/**
 * What the employee's off-shift panel shows about revenue sharing.
 *
 * @param workshop   the employer, {@code null} for an independent mechanic
 * @param agreement  the open agreement, else the most recent one, else {@code null}
 * @param canRequest whether a request would be accepted now
 * @param whyNot     why not, written for the mechanic, when {@code canRequest} is false
 */
public record RevenueShareOverview(Mechanic mechanic, Workshop workshop, RevenueShareAgreement agreement,
		boolean canRequest, String whyNot) {

	/** Whether the agreement is active but the workshop stopped allowing local freelancing, so local exclusion applies. */
	public boolean suspendedByWorkshopPolicy() {
		return agreement != null && agreement.status() == RevenueShareStatus.ACTIVE && workshop != null
				&& !workshop.allowEmployeeLocalFreelance();
	}
}
