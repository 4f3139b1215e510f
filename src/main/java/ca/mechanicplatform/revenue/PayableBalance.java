package ca.mechanicplatform.revenue;

/** A mechanic or workshop whose balance not yet settled by a payout is positive. */
public record PayableBalance(LedgerAccount party, long partyId, long amountCents) {
}
