package ca.mechanicplatform.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.internal.LoginThrottle;
import ca.mechanicplatform.accounts.internal.PasswordResetRows;
import ca.mechanicplatform.accounts.internal.UserRows;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.InvalidInputException;

/**
 * Forgotten passwords. Asking for a reset e-mails a link to the account's address (through {@link PasswordResetRequested},
 * which the notifications module turns into an e-mail); the answer is the same whether or not an account has that
 * address, so the form does not tell who has an account. The link's token is 256 random bits, of which only the SHA-256
 * is stored; it works once, for {@link #VALID_FOR}. A new password closes every other open link of the account, clears
 * its failed log-ins and signs its other sessions out. At most {@link #MAX_REQUESTS_PER_HOUR} links an hour are sent
 * to one account.
 */
@Service
public class PasswordResets {

	public static final Duration VALID_FOR = Duration.ofHours(1);
	public static final int MAX_REQUESTS_PER_HOUR = 3;
	private static final String EXPIRED = "This link has expired or was already used. Ask for a new one.";

	private final UserRows users;
	private final PasswordResetRows resets;
	private final PasswordEncoder passwords;
	private final LoginThrottle throttle;
	private final FindByIndexNameSessionRepository<?> sessions;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PasswordResets(UserRows users, PasswordResetRows resets, PasswordEncoder passwords, LoginThrottle throttle,
			FindByIndexNameSessionRepository<?> sessions, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.resets = resets;
		this.passwords = passwords;
		this.throttle = throttle;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a reset link if an enabled account has this address and it has not had {@link #MAX_REQUESTS_PER_HOUR} in
	 * the last hour; otherwise does nothing, silently.
	 *
	 * @throws InvalidInputException if the address is missing or malformed
	 */
	@Transactional
	public void request(String emailAddress) {
		String email = Accounts.normaliseEmail(emailAddress);
		InputCheck check = new InputCheck();
		Accounts.checkEmail(email, check);
		check.throwIfInvalid();
		// the account's row stays locked until the link is stored, so requests at the same time count each other
		var account = users.lockEnabledByEmail(email);
		if (account.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		if (resets.requestedSince(account.get().id(), now.minus(Duration.ofHours(1))) >= MAX_REQUESTS_PER_HOUR) {
			return;
		}
		String token = ApiTokens.newSecret();
		Instant expiresAt = now.plus(VALID_FOR);
		resets.insert(account.get().id(), ApiTokens.sha256(token), now, expiresAt);
		events.publishEvent(new PasswordResetRequested(account.get().id(), email, account.get().displayName(), token, expiresAt));
	}

	/** Whether a link's token can still set a password (for the page that shows the form). */
	@Transactional(readOnly = true)
	public boolean isOpen(String token) {
		return token != null && !token.isBlank() && resets.isOpen(ApiTokens.sha256(token.trim()), clock.instant());
	}

	/**
	 * Sets the account's new password with the link's token.
	 *
	 * @throws InvalidInputException for a token that is unknown, used or expired ({@code token}), or a password that breaks
	 *         the rules or does not match its confirmation; nothing changes
	 */
	@Transactional
	public void reset(String token, String password, String confirmation) {
		Instant now = clock.instant();
		Optional<PasswordResetRows.OpenReset> open = token == null || token.isBlank() ? Optional.empty()
				: resets.lockOpen(ApiTokens.sha256(token.trim()), now);
		if (open.isEmpty()) {
			throw new InvalidInputException(Map.of("token", EXPIRED));
		}
		Account account = users.find(open.get().userId()).filter(Account::enabled)
			.orElseThrow(() -> new InvalidInputException(Map.of("token", EXPIRED)));
		InputCheck check = new InputCheck();
		Accounts.checkPassword(password, account.email(), check);
		check.require(password == null || password.equals(confirmation), "confirmation", "The two passwords are not the same");
		check.throwIfInvalid();
		users.updatePasswordHash(account.id(), passwords.encode(password));
		resets.closeAll(account.id(), now);
		throttle.clearAccount(account.email());
		sessions.findByPrincipalName(account.email()).keySet().forEach(sessions::deleteById);
	}
}
