package ca.mechanicplatform.statements;

/**
 * The tax profile form as typed. A blank identifier keeps the one on file.
 *
 * @param identifierKind {@code SIN} or {@code BN}
 */
public record TaxProfileForm(String legalName, String streetAddress, String city, String province, String postalCode,
		String identifierKind, String identifier) {
}
