package ca.mechanicplatform.partnerships.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.agreements.AgreementId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.partnerships.ApplicationId;
import ca.mechanicplatform.partnerships.Partnership;
import ca.mechanicplatform.partnerships.PartnershipId;
import ca.mechanicplatform.partnerships.PartnershipStatus;
import ca.mechanicplatform.partnerships.Program;
import ca.mechanicplatform.partnerships.ProgramId;
import ca.mechanicplatform.partnerships.ProgramType;

/** The {@code partnerships} table. */
@Repository
public class PartnershipRows {

	private static final String SELECT = """
			SELECT s.*, p.title AS program_title, w.name AS workshop_name, u.display_name AS mechanic_name
			FROM partnerships s
			JOIN partnership_programs p ON p.id = s.program_id
			JOIN workshops w ON w.id = s.workshop_id
			JOIN mechanics m ON m.id = s.mechanic_id
			JOIN users u ON u.id = m.user_id
			""";

	private final JdbcClient jdbc;

	PartnershipRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PartnershipId insert(ApplicationId application, Program program, MechanicId mechanic, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO partnerships (application_id, program_id, workshop_id, mechanic_id, type, hourly_rate_cents, daily_rate_cents,
				    workshop_share_bp, monthly_fee_cents, status, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING_SIGNATURES', ?)""")
			.params(application.value(), program.id().value(), program.workshopId().value(), mechanic.value(), program.type().name(),
					program.hourlyRate() == null ? null : program.hourlyRate().cents(),
					program.dailyRate() == null ? null : program.dailyRate().cents(),
					program.workshopShare() == null ? null : program.workshopShare().value().movePointRight(2).intValueExact(),
					program.monthlyFee() == null ? null : program.monthlyFee().cents(), SqlTime.of(at))
			.update(keys, "id");
		return new PartnershipId(keys.getKey().longValue());
	}

	public void attachAgreement(PartnershipId id, AgreementId agreement) {
		jdbc.sql("UPDATE partnerships SET agreement_id = ? WHERE id = ?").params(agreement.value(), id.value()).update();
	}

	/** Activates an awaiting partnership; false when it was not awaiting signatures (already active, say). */
	public boolean activate(PartnershipId id, Instant at) {
		return jdbc.sql("UPDATE partnerships SET status = 'ACTIVE', activated_at = ? WHERE id = ? AND status = 'AWAITING_SIGNATURES'")
			.params(SqlTime.of(at), id.value()).update() == 1;
	}

	public Optional<Partnership> find(PartnershipId id) {
		return jdbc.sql(SELECT + " WHERE s.id = ?").param(id.value()).query(PartnershipRows::partnership).optional();
	}

	public List<Partnership> ofMechanic(MechanicId mechanic) {
		return jdbc.sql(SELECT + " WHERE s.mechanic_id = ? ORDER BY s.created_at DESC").param(mechanic.value())
			.query(PartnershipRows::partnership).list();
	}

	public List<Partnership> ofWorkshop(WorkshopId workshop) {
		return jdbc.sql(SELECT + " WHERE s.workshop_id = ? ORDER BY s.created_at DESC").param(workshop.value())
			.query(PartnershipRows::partnership).list();
	}

	/** Places taken in a program: partnerships active or awaiting signatures. */
	public int placesTaken(ProgramId program) {
		return jdbc.sql("SELECT COUNT(*) FROM partnerships WHERE program_id = ? AND status IN ('AWAITING_SIGNATURES', 'ACTIVE')")
			.param(program.value()).query(Integer.class).single();
	}

	public Optional<Partnership> activeBetween(MechanicId mechanic, WorkshopId workshop) {
		return jdbc.sql(SELECT + " WHERE s.mechanic_id = ? AND s.workshop_id = ? AND s.status = 'ACTIVE' ORDER BY s.activated_at DESC")
			.params(mechanic.value(), workshop.value()).query(PartnershipRows::partnership).list().stream().findFirst();
	}

	public List<Partnership> activeOfType(ProgramType type) {
		return jdbc.sql(SELECT + " WHERE s.status = 'ACTIVE' AND s.type = ? ORDER BY s.activated_at, s.id").param(type.name())
			.query(PartnershipRows::partnership).list();
	}

	static Partnership partnership(ResultSet rs, int row) throws SQLException {
		long agreement = rs.getLong("agreement_id");
		return new Partnership(new PartnershipId(rs.getLong("id")), new ApplicationId(rs.getLong("application_id")),
				new ProgramId(rs.getLong("program_id")), rs.getString("program_title"), new WorkshopId(rs.getLong("workshop_id")),
				rs.getString("workshop_name"), new MechanicId(rs.getLong("mechanic_id")), rs.getString("mechanic_name"),
				ProgramType.valueOf(rs.getString("type")), ProgramRows.money(rs, "hourly_rate_cents"),
				ProgramRows.money(rs, "daily_rate_cents"), ProgramRows.percentage(rs, "workshop_share_bp"),
				ProgramRows.money(rs, "monthly_fee_cents"), PartnershipStatus.valueOf(rs.getString("status")),
				agreement == 0 ? null : new AgreementId(agreement), SqlTime.instant(rs, "created_at"),
				SqlTime.instant(rs, "activated_at"), SqlTime.instant(rs, "ended_at"));
	}
}
