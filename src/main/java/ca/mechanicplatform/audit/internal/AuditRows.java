package ca.mechanicplatform.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.audit.AuditEntry;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;

/** The {@code audit_log} table. Rows are only ever inserted. */
@Repository
public class AuditRows {

	private final JdbcClient jdbc;

	AuditRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Instant at, UserId actor, String action, String subject, String before, String after) {
		jdbc.sql("""
				INSERT INTO audit_log (occurred_at, actor_user_id, action, subject, before_value, after_value)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(SqlTime.of(at), actor == null ? null : actor.value(), action, subject, before, after)
			.update();
	}

	public List<AuditEntry> bySubjectPrefix(String prefix, int limit) {
		return jdbc.sql("""
				SELECT id, occurred_at, actor_user_id, action, subject, before_value, after_value FROM audit_log
				WHERE subject LIKE ? ORDER BY occurred_at DESC, id DESC LIMIT ?""")
			.params(prefix.replace("%", "\\%").replace("_", "\\_") + "%", limit)
			.query(AuditRows::entry).list();
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		long actor = rs.getLong("actor_user_id");
		return new AuditEntry(rs.getLong("id"), SqlTime.instant(rs, "occurred_at"), actor == 0 ? null : new UserId(actor),
				rs.getString("action"), rs.getString("subject"), rs.getString("before_value"), rs.getString("after_value"));
	}
}
