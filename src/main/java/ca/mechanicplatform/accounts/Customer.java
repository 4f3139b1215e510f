package ca.mechanicplatform.accounts;

import java.time.Instant;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.UserId;

/** A vehicle owner's profile. */
public record Customer(CustomerId id, UserId userId, String name, String email, PostalCode postalCode, String phone,
		Instant createdAt) {
}
