package ca.mechanicplatform.statements;

import java.time.Instant;

import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.revenue.LedgerAccount;

/**
 * A T4A recipient's identity as the platform shows it: the SIN or BN only masked ({@code *** *** 286}).
 */
public record TaxProfile(LedgerAccount party, long partyId, String legalName, String streetAddress, String city,
		Province province, PostalCode postalCode, TaxIdentifierKind identifierKind, String maskedIdentifier, Instant updatedAt) {

	public String address() {
		return streetAddress + ", " + city + ", " + province.name() + " " + postalCode;
	}
}
