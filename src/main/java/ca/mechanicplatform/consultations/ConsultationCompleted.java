package ca.mechanicplatform.consultations;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * Published when the mechanic completes a consultation, in the same transaction. Listeners (revenue, CRM, ...) must be
 * idempotent: the business key of a sale is {@code consultation:<id>}.
 *
 * @param consultationId        the consultation
 * @param mechanicId            the mechanic who served it
 * @param customerId            the customer who requested it
 * @param grossCents            what the customer paid, in cents
 * @param mode                  the revenue mode in force when the mechanic accepted
 * @param workshopId            the mechanic's workshop when the mode involves one, else {@code null}
 * @param workshopSharePercent  the workshop's share of the remainder under a revenue-share agreement, else {@code null}
 */
public record ConsultationCompleted(ConsultationId consultationId, MechanicId mechanicId, CustomerId customerId,
		long grossCents, RevenueMode mode, WorkshopId workshopId, Integer workshopSharePercent) {

	/** The idempotency key under which the sale is recorded. */
	public String businessKey() {
		return "consultation:" + consultationId.value();
	}
}
