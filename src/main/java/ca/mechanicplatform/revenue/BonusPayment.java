package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;

/**
 * A bonus the platform paid a mechanic out of its own revenue (a referral bonus), posted as one balanced transaction.
 *
 * @param alreadyRecorded whether this answer is the first payment of the business key returned again
 */
public record BonusPayment(long transactionId, String businessKey, MechanicId mechanic, Money amount, String description,
		Instant occurredAt, Instant bookedAt, boolean alreadyRecorded) {
}
