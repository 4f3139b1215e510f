package ca.mechanicplatform.bookings.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.SqlTime;

/** The {@code calendar_feeds} table: one secret feed per mechanic or workshop, kept as the SHA-256 of its token. */
@Repository
public class CalendarFeedRows {

	public record Feed(String ownerKind, long ownerId, Instant createdAt) {
	}

	private final JdbcClient jdbc;

	CalendarFeedRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces the owner's feed (revoking the old address) with a new token hash. */
	public void replace(String ownerKind, long ownerId, String tokenSha256, Instant at) {
		revoke(ownerKind, ownerId);
		jdbc.sql("INSERT INTO calendar_feeds (token_sha256, owner_kind, owner_id, created_at) VALUES (?, ?, ?, ?)")
			.params(tokenSha256, ownerKind, ownerId, SqlTime.of(at)).update();
	}

	public boolean revoke(String ownerKind, long ownerId) {
		return jdbc.sql("DELETE FROM calendar_feeds WHERE owner_kind = ? AND owner_id = ?").params(ownerKind, ownerId).update() > 0;
	}

	public Optional<Feed> byToken(String tokenSha256) {
		return jdbc.sql("SELECT owner_kind, owner_id, created_at FROM calendar_feeds WHERE token_sha256 = ?").param(tokenSha256)
			.query((rs, n) -> new Feed(rs.getString("owner_kind"), rs.getLong("owner_id"), SqlTime.instant(rs, "created_at"))).optional();
	}

	public Optional<Feed> of(String ownerKind, long ownerId) {
		return jdbc.sql("SELECT owner_kind, owner_id, created_at FROM calendar_feeds WHERE owner_kind = ? AND owner_id = ?")
			.params(ownerKind, ownerId)
			.query((rs, n) -> new Feed(rs.getString("owner_kind"), rs.getLong("owner_id"), SqlTime.instant(rs, "created_at"))).optional();
	}
}
