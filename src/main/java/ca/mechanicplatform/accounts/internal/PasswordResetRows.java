package ca.mechanicplatform.accounts.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;

/** The {@code password_resets} table: one row per e-mailed link, by the SHA-256 of its token. */
@Repository
public class PasswordResetRows {

	/** An open reset: not used and not expired when read, with the account it is for. */
	public record OpenReset(long id, UserId userId) {
	}

	private final JdbcClient jdbc;

	PasswordResetRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UserId user, String tokenHash, Instant requestedAt, Instant expiresAt) {
		jdbc.sql("INSERT INTO password_resets (user_id, token_hash, requested_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(user.value(), tokenHash, SqlTime.of(requestedAt), SqlTime.of(expiresAt)).update();
	}

	public int requestedSince(UserId user, Instant since) {
		return jdbc.sql("SELECT COUNT(*) FROM password_resets WHERE user_id = ? AND requested_at > ?")
			.params(user.value(), SqlTime.of(since)).query(Integer.class).single();
	}

	/** The open reset with this token hash, locked until the end of the transaction, so it is used once. */
	public Optional<OpenReset> lockOpen(String tokenHash, Instant now) {
		return jdbc.sql("SELECT id, user_id FROM password_resets WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? FOR UPDATE")
			.params(tokenHash, SqlTime.of(now))
			.query((rs, i) -> new OpenReset(rs.getLong("id"), new UserId(rs.getLong("user_id"))))
			.optional();
	}

	/** Whether the token hash names a reset that is still open. */
	public boolean isOpen(String tokenHash, Instant now) {
		return jdbc.sql("SELECT COUNT(*) FROM password_resets WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
			.params(tokenHash, SqlTime.of(now)).query(Integer.class).single() > 0;
	}

	/** Marks every open reset of the account used (the one just used among them). */
	public void closeAll(UserId user, Instant now) {
		jdbc.sql("UPDATE password_resets SET used_at = ? WHERE user_id = ? AND used_at IS NULL").params(SqlTime.of(now), user.value())
			.update();
	}
}
