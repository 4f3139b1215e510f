package ca.mechanicplatform.revenue;

/**
 * One party's earnings over a period: shares of virtual and physical sales, and bay and membership fees (paid,
 * negative; or received, positive).
 */
public record PartyEarnings(LedgerAccount party, long partyId, long virtualCents, long physicalCents, long feesCents) {
}
