package ca.mechanicplatform.accounts;

import ca.mechanicplatform.kernel.UserId;

/** Published after a new account is stored. */
public record AccountRegistered(UserId userId, String email, Role role) {
}
