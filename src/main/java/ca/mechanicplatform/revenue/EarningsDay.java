package ca.mechanicplatform.revenue;

import java.time.LocalDate;

/**
 * A party's ledger entries booked on one day in the accounting time zone, in the columns of {@link EarningsBreakdown}:
 * shares of virtual and of physical sales (net of refunds), bay and membership fees, and payouts sent (positive).
 */
public record EarningsDay(LocalDate day, long virtualCents, long physicalCents, long feesCents, long paidOutCents) {

	/** Earnings plus fees, as the breakdown's net. */
	public long netCents() {
		return virtualCents + physicalCents + feesCents;
	}
}
