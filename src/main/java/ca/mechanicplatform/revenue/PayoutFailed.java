package ca.mechanicplatform.revenue;

/** Published when a payout line failed and the payee's balance was restored. */
public record PayoutFailed(long payoutLineId, LedgerAccount party, long partyId, long amountCents, String reason) {
}
