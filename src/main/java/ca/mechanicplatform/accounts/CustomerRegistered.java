package ca.mechanicplatform.accounts;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.UserId;

/**
 * Published after a vehicle owner's account and profile are stored.
 *
 * @param referralCode the referral code the customer signed up with, as typed (trimmed), or {@code null}; unchecked
 */
public record CustomerRegistered(CustomerId customerId, UserId userId, String referralCode) {
}
