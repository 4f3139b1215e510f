package ca.mechanicplatform.partnerships.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.partnerships.Application;
import ca.mechanicplatform.partnerships.ApplicationId;
import ca.mechanicplatform.partnerships.ApplicationStatus;
import ca.mechanicplatform.partnerships.DecisionTimes;
import ca.mechanicplatform.partnerships.PartnershipId;
import ca.mechanicplatform.partnerships.ProgramId;
import ca.mechanicplatform.partnerships.ProgramType;

/** The {@code partnership_applications} table. */
@Repository
public class ApplicationRows {

	private static final String SELECT = """
			SELECT a.*, p.title AS program_title, p.type AS program_type, p.workshop_id, w.name AS workshop_name,
			       u.display_name AS mechanic_name, m.verified AS mechanic_verified, m.service_tier AS mechanic_tier,
			       s.id AS partnership_id
			FROM partnership_applications a
			JOIN partnership_programs p ON p.id = a.program_id
			JOIN workshops w ON w.id = p.workshop_id
			JOIN mechanics m ON m.id = a.mechanic_id
			JOIN users u ON u.id = m.user_id
			LEFT JOIN partnerships s ON s.application_id = a.id
			""";

	private final JdbcClient jdbc;

	ApplicationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ApplicationId insert(ProgramId program, MechanicId mechanic, String message, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO partnership_applications (program_id, mechanic_id, message, status, submitted_at) VALUES (?, ?, ?, 'SUBMITTED', ?)")
			.params(program.value(), mechanic.value(), message, SqlTime.of(at)).update(keys, "id");
		return new ApplicationId(keys.getKey().longValue());
	}

	public Optional<Application> find(ApplicationId id) {
		return jdbc.sql(SELECT + " WHERE a.id = ?").param(id.value()).query(ApplicationRows::application).optional();
	}

	/** Locks the application row for the rest of the transaction. */
	public Optional<Application> lock(ApplicationId id) {
		jdbc.sql("SELECT id FROM partnership_applications WHERE id = ? FOR UPDATE").param(id.value()).query(Long.class).optional();
		return find(id);
	}

	public List<Application> ofMechanic(MechanicId mechanic) {
		return jdbc.sql(SELECT + " WHERE a.mechanic_id = ? ORDER BY a.submitted_at DESC, a.id DESC").param(mechanic.value())
			.query(ApplicationRows::application).list();
	}

	public List<Application> ofWorkshop(WorkshopId workshop, ApplicationStatus status) {
		List<Object> params = new ArrayList<>(List.of(workshop.value()));
		String filter = "";
		if (status != null) {
			filter = " AND a.status = ?";
			params.add(status.name());
		}
		return jdbc.sql(SELECT + " WHERE p.workshop_id = ?" + filter + " ORDER BY a.submitted_at DESC, a.id DESC").params(params)
			.query(ApplicationRows::application).list();
	}

	public boolean hasOpenOrApproved(ProgramId program, MechanicId mechanic) {
		return jdbc.sql("SELECT COUNT(*) FROM partnership_applications WHERE program_id = ? AND mechanic_id = ? AND status IN ('SUBMITTED', 'APPROVED')")
			.params(program.value(), mechanic.value()).query(Integer.class).single() > 0;
	}

	public boolean programHasApplications(ProgramId program) {
		return jdbc.sql("SELECT COUNT(*) FROM partnership_applications WHERE program_id = ?").param(program.value())
			.query(Integer.class).single() > 0;
	}

	public void decide(ApplicationId id, ApplicationStatus status, String reason, Instant at) {
		jdbc.sql("UPDATE partnership_applications SET status = ?, rejection_reason = ?, decided_at = ? WHERE id = ?")
			.params(status.name(), reason, SqlTime.of(at), id.value()).update();
	}

	public void withdraw(ApplicationId id, Instant at) {
		jdbc.sql("UPDATE partnership_applications SET status = 'WITHDRAWN', withdrawn_at = ? WHERE id = ?")
			.params(SqlTime.of(at), id.value()).update();
	}

	public DecisionTimes decisionTimes(Instant since, long targetSeconds) {
		var decided = jdbc.sql("""
				SELECT submitted_at, decided_at FROM partnership_applications
				WHERE decided_at IS NOT NULL AND decided_at >= ?""")
			.param(SqlTime.of(since))
			.query((rs, i) -> SqlTime.instant(rs, "decided_at").getEpochSecond() - SqlTime.instant(rs, "submitted_at").getEpochSecond())
			.list();
		long pending = jdbc.sql("SELECT COUNT(*) FROM partnership_applications WHERE status = 'SUBMITTED'").query(Long.class).single();
		Double average = decided.isEmpty() ? null : decided.stream().mapToLong(Long::longValue).average().orElse(0) / 3600.0;
		long within = decided.stream().filter(s -> s <= targetSeconds).count();
		return new DecisionTimes(decided.size(), pending, average, within);
	}

	static Application application(ResultSet rs, int row) throws SQLException {
		long partnership = rs.getLong("partnership_id");
		return new Application(new ApplicationId(rs.getLong("id")), new ProgramId(rs.getLong("program_id")),
				rs.getString("program_title"), ProgramType.valueOf(rs.getString("program_type")),
				new WorkshopId(rs.getLong("workshop_id")), rs.getString("workshop_name"), new MechanicId(rs.getLong("mechanic_id")),
				rs.getString("mechanic_name"), rs.getBoolean("mechanic_verified"), rs.getString("mechanic_tier"),
				rs.getString("message"), ApplicationStatus.valueOf(rs.getString("status")), rs.getString("rejection_reason"),
				SqlTime.instant(rs, "submitted_at"), SqlTime.instant(rs, "decided_at"), SqlTime.instant(rs, "withdrawn_at"),
				partnership == 0 ? null : new PartnershipId(partnership));
	}
}
