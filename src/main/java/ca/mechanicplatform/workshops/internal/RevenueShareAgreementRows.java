package ca.mechanicplatform.workshops.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.agreements.AgreementId;
import ca.mechanicplatform.agreements.AgreementStatus;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.RevenueShareAgreement;
import ca.mechanicplatform.workshops.RevenueShareStatus;

/**
 * The {@code employee_revenue_share_agreements} table, read with the names of both sides and the signing status of the
 * document. Every transition is a conditional UPDATE on the status, so it happens once whatever runs concurrently.
 */
@Repository
public class RevenueShareAgreementRows {

	private static final String SELECT = """
			SELECT r.id, r.mechanic_id, mu.display_name AS mechanic_name, r.workshop_id, w.name AS workshop_name, r.share_pct,
			       r.agreement_id, a.status AS agreement_status, r.status, r.requested_at, r.activated_at, r.ended_at,
			       CASE WHEN r.ended_by_user_id IS NULL THEN NULL WHEN r.ended_by_user_id = m.user_id THEN 'Employee'
			            WHEN r.ended_by_user_id = w.admin_user_id THEN 'Workshop' ELSE 'Platform' END AS ended_by,
			       r.end_reason
			FROM employee_revenue_share_agreements r
			JOIN mechanics m ON m.id = r.mechanic_id JOIN users mu ON mu.id = m.user_id
			JOIN workshops w ON w.id = r.workshop_id
			LEFT JOIN agreements a ON a.id = r.agreement_id
			""";

	private final JdbcClient jdbc;

	RevenueShareAgreementRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a requested agreement; a second open one for the mechanic fails on the UNIQUE constraint. */
	public long insert(MechanicId mechanic, WorkshopId workshop, int sharePct, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO employee_revenue_share_agreements (mechanic_id, workshop_id, share_pct, status, open_mechanic_id, requested_at)
				VALUES (?, ?, ?, 'REQUESTED', ?, ?)""")
			.params(mechanic.value(), workshop.value(), sharePct, mechanic.value(), SqlTime.of(at)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public void attachAgreement(long id, AgreementId agreement) {
		jdbc.sql("UPDATE employee_revenue_share_agreements SET agreement_id = ? WHERE id = ?").params(agreement.value(), id).update();
	}

	public Optional<RevenueShareAgreement> find(long id) {
		return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(RevenueShareAgreementRows::row).optional();
	}

	/** Locks the agreement's row until the transaction ends. */
	public Optional<RevenueShareAgreement> lock(long id) {
		jdbc.sql("SELECT id FROM employee_revenue_share_agreements WHERE id = ? FOR UPDATE").param(id).query(Long.class).optional();
		return find(id);
	}

	/** The mechanic's requested or active agreement, if any. */
	public Optional<RevenueShareAgreement> openOf(MechanicId mechanic) {
		return jdbc.sql(SELECT + " WHERE r.open_mechanic_id = ?").param(mechanic.value()).query(RevenueShareAgreementRows::row).optional();
	}

	/** The mechanic's most recent agreement, open or not. */
	public Optional<RevenueShareAgreement> latestOf(MechanicId mechanic) {
		return jdbc.sql(SELECT + " WHERE r.mechanic_id = ? ORDER BY r.requested_at DESC, r.id DESC LIMIT 1")
			.param(mechanic.value()).query(RevenueShareAgreementRows::row).optional();
	}

	/** The workshop's agreements: open ones first, then the 100 most recent. */
	public List<RevenueShareAgreement> ofWorkshop(WorkshopId workshop) {
		return jdbc.sql(SELECT + """
				 WHERE r.workshop_id = ?
				ORDER BY CASE WHEN r.status = 'ENDED' THEN 1 ELSE 0 END, r.requested_at DESC, r.id DESC LIMIT 100""")
			.param(workshop.value()).query(RevenueShareAgreementRows::row).list();
	}

	public List<RevenueShareAgreement> requestedAt(WorkshopId workshop) {
		return jdbc.sql(SELECT + " WHERE r.workshop_id = ? AND r.status = 'REQUESTED' ORDER BY r.id")
			.param(workshop.value()).query(RevenueShareAgreementRows::row).list();
	}

	/** REQUESTED → ACTIVE; false when it is not requested any more. */
	public boolean activate(long id, Instant at) {
		return jdbc.sql("UPDATE employee_revenue_share_agreements SET status = 'ACTIVE', activated_at = ? WHERE id = ? AND status = 'REQUESTED'")
			.params(SqlTime.of(at), id).update() == 1;
	}

	/** REQUESTED or ACTIVE → ENDED; false when it had ended already. */
	public boolean end(long id, Instant at, UserId by, String reason) {
		return jdbc.sql("""
				UPDATE employee_revenue_share_agreements
				SET status = 'ENDED', open_mechanic_id = NULL, ended_at = ?, ended_by_user_id = ?, end_reason = ?
				WHERE id = ? AND status IN ('REQUESTED', 'ACTIVE')""")
			.params(SqlTime.of(at), by == null ? null : by.value(), reason, id).update() == 1;
	}

	private static RevenueShareAgreement row(ResultSet rs, int row) throws SQLException {
		long agreement = rs.getLong("agreement_id");
		String agreementStatus = rs.getString("agreement_status");
		return new RevenueShareAgreement(rs.getLong("id"), new MechanicId(rs.getLong("mechanic_id")), rs.getString("mechanic_name"),
				new WorkshopId(rs.getLong("workshop_id")), rs.getString("workshop_name"), rs.getInt("share_pct"),
				agreement == 0 ? null : new AgreementId(agreement),
				agreementStatus == null ? null : AgreementStatus.valueOf(agreementStatus), RevenueShareStatus.valueOf(rs.getString("status")),
				SqlTime.instant(rs, "requested_at"), SqlTime.instant(rs, "activated_at"), SqlTime.instant(rs, "ended_at"),
				rs.getString("ended_by"), rs.getString("end_reason"));
	}
}
