package ca.mechanicplatform.accounts;

import java.time.Instant;

import ca.mechanicplatform.kernel.UserId;

/** A person's account as other modules see it (never the password hash). */
public record Account(UserId id, String email, String displayName, Role role, boolean enabled, Instant createdAt) {
}
