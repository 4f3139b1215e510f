package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.UserId;

/**
 * One payee's payout in a run. Pending until the bank confirms it paid, or failed (the balance is then restored by a
 * reversing transaction and paid again by a later run).
 *
 * @param party {@code MECHANIC} or {@code WORKSHOP}
 */
public record PayoutLine(long id, long runId, LedgerAccount party, long partyId, String payeeName, Money amount,
		Status status, Instant settledAt, UserId settledBy, String failureReason) {

	public enum Status {
		PENDING, PAID, FAILED
	}

	/** The reference the payout file gives the bank, e.g. {@code IMP-PAYOUT-42}. */
	public String reference() {
		return "IMP-PAYOUT-" + id;
	}
}
