package ca.mechanicplatform.revenue;

/** Published when the bank confirmed a payout line paid. */
public record PayoutCompleted(long payoutLineId, LedgerAccount party, long partyId, long amountCents) {
}
