package ca.mechanicplatform.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.accounts.ApiTokens.ApiToken;
import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;

/** The {@code api_tokens} table. */
@Repository
public class ApiTokenRows {

	/** Last-use times are kept to the minute so that busy clients do not write on every request. */
	private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	ApiTokenRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(UserId owner, String name, String hash, String hint, Instant createdAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO api_tokens (user_id, name, token_hash, token_hint, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(owner.value(), name, hash, hint, SqlTime.of(createdAt))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public int countActive(UserId owner) {
		return jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL")
			.param(owner.value()).query(Integer.class).single();
	}

	public List<ApiToken> findByOwner(UserId owner) {
		return jdbc.sql("""
				SELECT id, name, token_hint, created_at, last_used_at, revoked_at FROM api_tokens
				WHERE user_id = ? ORDER BY created_at DESC, id DESC""")
			.param(owner.value())
			.query((rs, i) -> new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_hint"),
					SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "last_used_at"), SqlTime.instant(rs, "revoked_at")))
			.list();
	}

	public boolean revoke(UserId owner, long id, Instant at) {
		int owned = jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE id = ? AND user_id = ?")
			.params(id, owner.value()).query(Integer.class).single();
		if (owned == 0) {
			return false;
		}
		jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
			.params(SqlTime.of(at), id, owner.value()).update();
		return true;
	}

	public Optional<PlatformUser> principalFor(String hash, Instant now) {
		record Found(PlatformUser user, Instant lastUsedAt) {
		}
		Optional<Found> found = jdbc.sql("""
				SELECT u.id, u.email, u.password_hash, u.display_name, u.role, u.enabled, u.created_at, t.last_used_at AS token_last_used_at
				FROM api_tokens t JOIN users u ON u.id = t.user_id
				WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.enabled = TRUE""")
			.param(hash).query((rs, row) -> new Found(UserRows.principal(rs, row), SqlTime.instant(rs, "token_last_used_at")))
			.optional();
		// The last-use time is written only once it is a minute old: a busy client's requests read, they do not write.
		Instant stale = now.minus(LAST_USED_RESOLUTION);
		found.filter(f -> f.lastUsedAt() == null || f.lastUsedAt().isBefore(stale))
			.ifPresent(f -> jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)")
				.params(SqlTime.of(now), hash, SqlTime.of(stale)).update());
		return found.map(Found::user).map(user -> {
			user.eraseCredentials();
			return user;
		});
	}
}
