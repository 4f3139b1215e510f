package ca.mechanicplatform.revenue;

/** An amount for one mechanic or workshop account. */
public record PartyAmount(LedgerAccount party, long partyId, long cents) {
}
