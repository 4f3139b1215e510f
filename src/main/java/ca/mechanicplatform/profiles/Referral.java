package ca.mechanicplatform.profiles;

import java.time.Instant;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.Money;

/**
 * A customer who signed up with a mechanic's referral code, as the mechanic sees them.
 *
 * @param customerName the first name and the last name's initial only
 * @param convertedAt  when the customer's first paid consultation completed, or {@code null}
 * @param bonus        the referral bonus paid for it, or {@code null} before the conversion
 */
public record Referral(long id, CustomerId customer, String customerName, Instant signedUpAt, Instant convertedAt,
		Money bonus) {

	public boolean isConverted() {
		return convertedAt != null;
	}
}
