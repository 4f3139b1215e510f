package ca.mechanicplatform.mechanics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.BackgroundCheck;
import ca.mechanicplatform.mechanics.BackgroundCheckStatus;

/** The {@code mechanic_background_checks} table. */
@Repository
public class MechanicBackgroundCheckRows {

	private static final String SELECT = """
			SELECT id, mechanic_id, consent_name, consented_at, provider, provider_reference, status, recorded_at, recorded_by,
			       notes
			FROM mechanic_background_checks
			""";

	private final JdbcClient jdbc;

	MechanicBackgroundCheckRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MechanicId mechanic, String consentName, Instant consentedAt, String provider, String reference) {
		jdbc.sql("""
				INSERT INTO mechanic_background_checks (mechanic_id, consent_name, consented_at, provider, provider_reference,
				                                        status)
				VALUES (?, ?, ?, ?, ?, 'PENDING')""")
			.params(mechanic.value(), consentName, SqlTime.of(consentedAt), provider, reference).update();
	}

	/** The most recent check, which is the one that counts. */
	public Optional<BackgroundCheck> latest(MechanicId mechanic) {
		return jdbc.sql(SELECT + " WHERE mechanic_id = ? ORDER BY consented_at DESC, id DESC").param(mechanic.value())
			.query(MechanicBackgroundCheckRows::check).list().stream().findFirst();
	}

	public Optional<BackgroundCheck> findForUpdate(long id) {
		return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(MechanicBackgroundCheckRows::check).optional();
	}

	public List<BackgroundCheck> pending() {
		return jdbc.sql(SELECT + " WHERE status = 'PENDING' ORDER BY consented_at, id").query(MechanicBackgroundCheckRows::check)
			.list();
	}

	public List<BackgroundCheck> recordedSince(Instant since) {
		return jdbc.sql(SELECT + " WHERE status <> 'PENDING' AND recorded_at >= ? ORDER BY recorded_at DESC, id DESC")
			.param(SqlTime.of(since)).query(MechanicBackgroundCheckRows::check).list();
	}

	public void record(long id, BackgroundCheckStatus status, Instant at, UserId by, String notes) {
		jdbc.sql("UPDATE mechanic_background_checks SET status = ?, recorded_at = ?, recorded_by = ?, notes = ? WHERE id = ?")
			.params(status.name(), SqlTime.of(at), by.value(), notes, id).update();
	}

	static BackgroundCheck check(ResultSet rs, int row) throws SQLException {
		long recordedBy = rs.getLong("recorded_by");
		return new BackgroundCheck(rs.getLong("id"), new MechanicId(rs.getLong("mechanic_id")), rs.getString("consent_name"),
				SqlTime.instant(rs, "consented_at"), rs.getString("provider"), rs.getString("provider_reference"),
				BackgroundCheckStatus.valueOf(rs.getString("status")), SqlTime.instant(rs, "recorded_at"),
				recordedBy == 0 ? null : new UserId(recordedBy), rs.getString("notes"));
	}
}
