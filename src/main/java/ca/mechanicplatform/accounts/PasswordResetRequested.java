package ca.mechanicplatform.accounts;

import java.time.Instant;

import ca.mechanicplatform.kernel.UserId;

/**
 * Someone asked for a password reset for this account: the link to send carries {@code token}, valid until
 * {@code expiresAt}. Published inside the request's transaction and handled there (an e-mail is queued with it), never
 * stored in the event log, because the token is a credential.
 */
public record PasswordResetRequested(UserId userId, String email, String displayName, String token, Instant expiresAt) {

	@Override
	public String toString() {
		return "PasswordResetRequested[userId=" + userId + ", email=" + email + "]";
	}
}
