package ca.mechanicplatform.revenue;

/** A ledger line on a mechanic's or workshop's account. */
public record PartyLine(LedgerAccount party, long partyId, LedgerLine line) {
}
