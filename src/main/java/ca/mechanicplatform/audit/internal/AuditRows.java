package ca.mechanicplatform.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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

	/** A page of entries matching every given filter, newest first, and the number of matching entries. */
	public List<AuditEntry> search(Long actor, boolean platformOnly, String action, String subject, Instant from, Instant until,
			int offset, int limit) {
		var where = new StringBuilder(" WHERE 1 = 1");
		var params = new ArrayList<Object>();
		filters(where, params, actor, platformOnly, action, subject, from, until);
		params.add(limit);
		params.add(offset);
		return jdbc.sql("SELECT id, occurred_at, actor_user_id, action, subject, before_value, after_value FROM audit_log"
				+ where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
			.params(params).query(AuditRows::entry).list();
	}

	public long count(Long actor, boolean platformOnly, String action, String subject, Instant from, Instant until) {
		var where = new StringBuilder(" WHERE 1 = 1");
		var params = new ArrayList<Object>();
		filters(where, params, actor, platformOnly, action, subject, from, until);
		return jdbc.sql("SELECT COUNT(*) FROM audit_log" + where).params(params).query(Long.class).single();
	}

	private static void filters(StringBuilder where, List<Object> params, Long actor, boolean platformOnly, String action,
			String subject, Instant from, Instant until) {
		if (actor != null) {
			where.append(" AND actor_user_id = ?");
			params.add(actor);
		}
		else if (platformOnly) {
			where.append(" AND actor_user_id IS NULL");
		}
		if (action != null) {
			where.append(" AND action LIKE ? ESCAPE '\\'");
			params.add(escape(action) + "%");
		}
		if (subject != null) {
			where.append(" AND subject LIKE ? ESCAPE '\\'");
			params.add(escape(subject) + "%");
		}
		if (from != null) {
			where.append(" AND occurred_at >= ?");
			params.add(SqlTime.of(from));
		}
		if (until != null) {
			where.append(" AND occurred_at < ?");
			params.add(SqlTime.of(until));
		}
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		long actor = rs.getLong("actor_user_id");
		return new AuditEntry(rs.getLong("id"), SqlTime.instant(rs, "occurred_at"), actor == 0 ? null : new UserId(actor),
				rs.getString("action"), rs.getString("subject"), rs.getString("before_value"), rs.getString("after_value"));
	}
}
