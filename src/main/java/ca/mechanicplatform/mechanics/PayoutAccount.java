package ca.mechanicplatform.mechanics;

import java.time.Instant;

/**
 * Where a mechanic's earnings are deposited, as screens and the API may show it: the account number appears only
 * masked (its last three digits).
 */
public record PayoutAccount(String accountHolder, String institutionNumber, String transitNumber,
		String maskedAccountNumber, Instant updatedAt) {

	/** {@code "••••321"} for {@code "1234321"}. */
	public static String mask(String accountNumber) {
		String digits = accountNumber == null ? "" : accountNumber;
		return "••••" + digits.substring(Math.max(0, digits.length() - 3));
	}
}
