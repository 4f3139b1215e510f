package ca.mechanicplatform.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.internal.ApiTokenRows;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;

/**
 * Personal access tokens for the JSON API. A token is shown once when issued; only its SHA-256 is stored, so a
 * copy of the database cannot be used to call the API.
 */
@Service
public class ApiTokens {

	/** Issued tokens start with this prefix so they are easy to recognise in logs and secret scanners. */
	public static final String PREFIX = "imp_";
	static final int MAX_ACTIVE_TOKENS = 100;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenRows tokens;
	private final Clock clock;

	ApiTokens(ApiTokenRows tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A token as listed to its owner: never the secret itself. */
	public record ApiToken(long id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

		public boolean active() {
			return revokedAt == null;
		}
	}

	/** A freshly issued token; {@code token} is the secret, shown this once (it passes through the session as a flash attribute). */
	public record IssuedToken(long id, String name, String token, Instant createdAt) implements java.io.Serializable {
	}

	@Transactional
	public IssuedToken issue(UserId owner, String name) {
		String label = name == null || name.isBlank() ? "API token" : name.trim();
		if (label.length() > 80) {
			throw new BusinessRuleException("name", "Keep the token name under 80 characters");
		}
		if (tokens.countActive(owner) >= MAX_ACTIVE_TOKENS) {
			throw new BusinessRuleException("You already have " + MAX_ACTIVE_TOKENS + " active tokens; revoke one first");
		}
		String token = PREFIX + newSecret();
		Instant now = clock.instant();
		long id = tokens.insert(owner, label, sha256(token), token.substring(0, PREFIX.length() + 4), now);
		return new IssuedToken(id, label, token, now);
	}

	public List<ApiToken> of(UserId owner) {
		return tokens.findByOwner(owner);
	}

	/** Revokes one of the owner's tokens; someone else's token answers "not found". */
	@Transactional
	public void revoke(UserId owner, long tokenId) {
		if (!tokens.revoke(owner, tokenId, clock.instant())) {
			throw NotFoundException.of("API token", tokenId);
		}
	}

	/** The enabled account an unrevoked token belongs to, if any. */
	public Optional<PlatformUser> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return tokens.principalFor(sha256(token), clock.instant());
	}

	/** 256 random bits as URL-safe text (43 characters): an API token's secret, or a password reset link's. */
	static String newSecret() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	static String sha256(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
