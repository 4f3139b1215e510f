package ca.mechanicplatform.notifications.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.notifications.Notification;

/** The {@code notifications} table. */
@Repository
public class NotificationRows {

	private final JdbcClient jdbc;

	NotificationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UserId recipient, String subject, String body, String link, Instant at) {
		jdbc.sql("INSERT INTO notifications (recipient_user_id, subject, body, link, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(recipient.value(), subject, body, link, SqlTime.of(at)).update();
	}

	public List<Notification> recent(UserId recipient, int limit) {
		return jdbc.sql("""
				SELECT id, subject, body, link, created_at, read_at FROM notifications
				WHERE recipient_user_id = ? ORDER BY created_at DESC, id DESC LIMIT ?""")
			.params(recipient.value(), limit)
			.query((rs, i) -> new Notification(rs.getLong("id"), rs.getString("subject"), rs.getString("body"),
					rs.getString("link"), SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "read_at")))
			.list();
	}

	public int unreadCount(UserId recipient) {
		return jdbc.sql("SELECT COUNT(*) FROM notifications WHERE recipient_user_id = ? AND read_at IS NULL")
			.param(recipient.value()).query(Integer.class).single();
	}

	public boolean markRead(UserId recipient, long id, Instant at) {
		int owned = jdbc.sql("SELECT COUNT(*) FROM notifications WHERE id = ? AND recipient_user_id = ?")
			.params(id, recipient.value()).query(Integer.class).single();
		if (owned == 0) {
			return false;
		}
		jdbc.sql("UPDATE notifications SET read_at = ? WHERE id = ? AND read_at IS NULL").params(SqlTime.of(at), id).update();
		return true;
	}

	public void markAllRead(UserId recipient, Instant at) {
		jdbc.sql("UPDATE notifications SET read_at = ? WHERE recipient_user_id = ? AND read_at IS NULL")
			.params(SqlTime.of(at), recipient.value()).update();
	}
}
