package ca.mechanicplatform.statements;

import ca.mechanicplatform.revenue.LedgerAccount;

/**
 * A T4A slip to prepare for one recipient and calendar year: box 048, fees for services, of $500 or more.
 *
 * @param name             the legal name from the tax profile, or the platform name when the profile is missing
 * @param address          the address from the tax profile, or {@code null} when it is missing
 * @param identifierKind   {@code null} when the recipient has not entered a tax identity yet
 * @param maskedIdentifier {@code *** *** 286}, or {@code null}
 * @param box048Cents      the recipient's shares of sales booked in the year, net of refunds
 */
public record T4aSlip(int year, LedgerAccount party, long partyId, String name, String address,
		TaxIdentifierKind identifierKind, String maskedIdentifier, long box048Cents) {

	public boolean identityMissing() {
		return identifierKind == null;
	}
}
