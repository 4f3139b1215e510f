package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * A bay or membership fee moved from a mechanic's balance to a workshop's.
 *
 * @param description     what statements show, including how a prorated membership fee was computed
 * @param alreadyRecorded whether this answer is the first charge of the business key returned again
 */
public record FeeCharge(long transactionId, String businessKey, TransactionKind kind, MechanicId mechanic,
		WorkshopId workshop, Money amount, String description, Instant occurredAt, Instant bookedAt, boolean alreadyRecorded) {
}
