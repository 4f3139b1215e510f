package ca.mechanicplatform.statements;

import java.time.Instant;
import java.time.YearMonth;

import ca.mechanicplatform.revenue.LedgerAccount;

/**
 * A party's statement for a month, as issued: {@code closing = opening + virtual + physical + fees + payouts}.
 * Its lines are the party's ledger entries booked in the month, which never change once the month is closed.
 *
 * @param party         {@code MECHANIC} or {@code WORKSHOP}
 * @param virtualCents  shares of virtual consultations
 * @param physicalCents shares of workshop jobs
 * @param feesCents     bay and membership fees: paid (negative) by a mechanic, received by a workshop
 * @param payoutsCents  payouts sent (negative), and failed payouts restored (positive)
 */
public record Statement(long id, LedgerAccount party, long partyId, YearMonth month, long openingCents, long virtualCents,
		long physicalCents, long feesCents, long payoutsCents, long closingCents, int lineCount, long ytdVirtualCents,
		long ytdPhysicalCents, long ytdFeesCents, Instant generatedAt) {

	/** Virtual and physical earnings and fees of the month. */
	public long netEarningsCents() {
		return virtualCents + physicalCents + feesCents;
	}

	/** Year to date, this month included. */
	public long ytdNetCents() {
		return ytdVirtualCents + ytdPhysicalCents + ytdFeesCents;
	}

	/** The file name of its documents without extension, e.g. {@code statement-2026-10}. */
	public String fileName() {
		return "statement-" + month;
	}
}
