package ca.mechanicplatform.revenue;

import java.time.Instant;

/**
 * One entry on a party's account as statements and earnings pages list it.
 *
 * @param reference       the business key of the transaction
 * @param grossCents       the sale's gross on the line that carries the sale for this party (negative on a reversal),
 *                         else 0, so summing a statement's gross column counts each sale once
 * @param platformFeeCents the sale's platform fee, likewise
 * @param workshopCents    the sale's workshop share and bay fee, likewise
 * @param mechanicCents    what the sale left the mechanic, likewise
 * @param amountCents      what the line adds to the party's balance
 */
public record LedgerLine(long entryId, Instant occurredAt, Instant bookedAt, String reference, TransactionKind transaction,
		LineKind line, ServiceKind serviceKind, RevenueModelKind model, String description, long grossCents,
		long platformFeeCents, long workshopCents, long mechanicCents, long amountCents) {

	/** Bay and membership fees on this line (what the party paid or received), else 0. */
	public long feesCents() {
		return line == LineKind.BAY_FEE || line == LineKind.MEMBERSHIP_FEE ? amountCents : 0;
	}

	/** Payouts on this line (negative when paid out, positive when a failed payout was restored), else 0. */
	public long payoutCents() {
		return line == LineKind.PAYOUT ? amountCents : 0;
	}
}
