package ca.mechanicplatform.mechanics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Certification;
import ca.mechanicplatform.mechanics.CertificationId;
import ca.mechanicplatform.mechanics.CertificationStatus;
import ca.mechanicplatform.mechanics.Credential;
import ca.mechanicplatform.mechanics.Trade;

/** The {@code mechanic_certifications} table. */
@Repository
public class MechanicCertificationRows {

	private static final String SELECT = """
			SELECT id, mechanic_id, credential, trade, certificate_number, issuing_province, expires_on, document_id, status,
			       submitted_at, decided_at, decided_by, rejection_reason
			FROM mechanic_certifications
			""";

	private final JdbcClient jdbc;

	MechanicCertificationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public CertificationId insert(MechanicId mechanic, Credential credential, Trade trade, String number, Province province,
			LocalDate expiresOn, DocumentId document, Instant submittedAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO mechanic_certifications (mechanic_id, credential, trade, certificate_number, issuing_province,
				                                     expires_on, document_id, status, submitted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)""")
			.params(mechanic.value(), credential.name(), trade.name(), number, province.name(), expiresOn, document.value(),
					SqlTime.of(submittedAt))
			.update(keys, "id");
		return new CertificationId(keys.getKey().longValue());
	}

	public Optional<Certification> find(CertificationId id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id.value()).query(MechanicCertificationRows::certification).optional();
	}

	/** The certification, locked until the transaction ends so two operators cannot decide it at once. */
	public Optional<Certification> findForUpdate(CertificationId id) {
		return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id.value()).query(MechanicCertificationRows::certification)
			.optional();
	}

	public List<Certification> of(MechanicId mechanic) {
		return jdbc.sql(SELECT + " WHERE mechanic_id = ? ORDER BY submitted_at DESC, id DESC").param(mechanic.value())
			.query(MechanicCertificationRows::certification).list();
	}

	/** Approved certifications expiring from {@code from} to {@code to}, both included, soonest first. */
	public List<Certification> approvedExpiringBetween(LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " WHERE status = 'APPROVED' AND expires_on >= ? AND expires_on <= ? ORDER BY expires_on, id")
			.params(from, to).query(MechanicCertificationRows::certification).list();
	}

	public List<Certification> pending() {
		return jdbc.sql(SELECT + " WHERE status = 'PENDING' ORDER BY submitted_at, id")
			.query(MechanicCertificationRows::certification).list();
	}

	public List<Certification> decidedSince(Instant since) {
		return jdbc.sql(SELECT + " WHERE status <> 'PENDING' AND decided_at >= ? ORDER BY decided_at DESC, id DESC")
			.param(SqlTime.of(since)).query(MechanicCertificationRows::certification).list();
	}

	/**
	 * Verified mechanics whose approved certifications have all expired by {@code today} (mechanics verified outside
	 * the certification flow, who have no approved certification at all, are not among them).
	 */
	public List<MechanicId> verifiedWithOnlyExpiredCertifications(LocalDate today) {
		return jdbc.sql("""
				SELECT m.id FROM mechanics m
				WHERE m.verified = TRUE
				  AND EXISTS (SELECT 1 FROM mechanic_certifications c WHERE c.mechanic_id = m.id AND c.status = 'APPROVED')
				  AND NOT EXISTS (SELECT 1 FROM mechanic_certifications c
				                  WHERE c.mechanic_id = m.id AND c.status = 'APPROVED' AND c.expires_on >= ?)""")
			.param(today).query((rs, row) -> new MechanicId(rs.getLong("id"))).list();
	}

	public void decide(CertificationId id, CertificationStatus status, Instant at, UserId by, String reason) {
		jdbc.sql("""
				UPDATE mechanic_certifications SET status = ?, decided_at = ?, decided_by = ?, rejection_reason = ?
				WHERE id = ? AND status = 'PENDING'""")
			.params(status.name(), SqlTime.of(at), by.value(), reason, id.value()).update();
	}

	static Certification certification(ResultSet rs, int row) throws SQLException {
		long decidedBy = rs.getLong("decided_by");
		return new Certification(new CertificationId(rs.getLong("id")), new MechanicId(rs.getLong("mechanic_id")),
				Credential.valueOf(rs.getString("credential")), Trade.valueOf(rs.getString("trade")),
				rs.getString("certificate_number"), Province.valueOf(rs.getString("issuing_province").trim()),
				rs.getObject("expires_on", LocalDate.class), new DocumentId(rs.getLong("document_id")),
				CertificationStatus.valueOf(rs.getString("status")), SqlTime.instant(rs, "submitted_at"),
				SqlTime.instant(rs, "decided_at"), decidedBy == 0 ? null : new UserId(decidedBy),
				rs.getString("rejection_reason"));
	}
}
