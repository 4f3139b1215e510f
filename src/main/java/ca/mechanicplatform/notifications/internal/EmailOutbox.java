package ca.mechanicplatform.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.SqlTime;

/**
 * The {@code email_outbox} table. Instances claim due messages with one conditional UPDATE, so each message is
 * handed to exactly one sender at a time; a claim that is not finished (the instance died) expires and the message is
 * claimed again.
 */
@Repository
public class EmailOutbox {

	/** Waits before the next attempt after each failure; after the last one the message is marked FAILED. */
	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
			Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(24));

	public record QueuedEmail(long id, String recipient, String subject, String body, int attempts) {
	}

	private final JdbcClient jdbc;

	EmailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void enqueue(String recipient, String subject, String body, Instant at) {
		jdbc.sql("INSERT INTO email_outbox (recipient_email, subject, body, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(recipient, subject, body, SqlTime.of(at), SqlTime.of(at)).update();
	}

	/** Claims up to {@code limit} due messages for {@code claimant} until {@code now + lease}. */
	public List<QueuedEmail> claimDue(String claimant, Instant now, Duration lease, int limit) {
		var at = SqlTime.of(now);
		jdbc.sql("""
				UPDATE email_outbox SET claimed_by = ?, claimed_until = ?
				WHERE id IN (SELECT id FROM email_outbox
				             WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
				             ORDER BY id LIMIT ?)
				  AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)""")
			.params(claimant, SqlTime.of(now.plus(lease)), at, at, limit, at).update();
		return jdbc.sql("SELECT id, recipient_email, subject, body, attempts FROM email_outbox WHERE claimed_by = ? AND status = 'PENDING' ORDER BY id")
			.param(claimant)
			.query((rs, i) -> new QueuedEmail(rs.getLong("id"), rs.getString("recipient_email"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	public void markSent(long id, Instant at) {
		jdbc.sql("UPDATE email_outbox SET status = 'SENT', sent_at = ?, attempts = attempts + 1, claimed_by = NULL, claimed_until = NULL WHERE id = ?")
			.params(SqlTime.of(at), id).update();
	}

	/** Schedules the next attempt, or gives up after the last back-off step. */
	public void markAttemptFailed(QueuedEmail email, String error, Instant at) {
		int attempts = email.attempts() + 1;
		boolean giveUp = attempts > BACKOFF.size();
		Instant next = giveUp ? at : at.plus(BACKOFF.get(attempts - 1));
		jdbc.sql("""
				UPDATE email_outbox SET attempts = ?, status = ?, next_attempt_at = ?, last_error = ?, claimed_by = NULL, claimed_until = NULL
				WHERE id = ?""")
			.params(attempts, giveUp ? "FAILED" : "PENDING", SqlTime.of(next), error == null ? null : error.substring(0, Math.min(500, error.length())), email.id())
			.update();
	}

	public long count(String status) {
		return jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE status = ?").param(status).query(Long.class).single();
	}
}
