package ca.mechanicplatform.agreements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.agreements.Agreement;
import ca.mechanicplatform.agreements.Agreement.Signature;
import ca.mechanicplatform.agreements.AgreementId;
import ca.mechanicplatform.agreements.AgreementKind;
import ca.mechanicplatform.agreements.AgreementStatus;
import ca.mechanicplatform.agreements.AuditEntry;
import ca.mechanicplatform.agreements.NewAgreement;
import ca.mechanicplatform.agreements.Party;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;

/** The {@code agreements}, {@code agreement_signatures} and {@code agreement_audit} tables. */
@Repository
public class AgreementRows {

	private static final String SELECT = """
			SELECT id, kind, subject_ref, title, first_signer_user_id, first_signer_name, first_signer_label,
			       second_signer_user_id, second_signer_name, second_signer_label, document_sha256, signed_document_sha256,
			       status, created_at, completed_at, void_reason
			FROM agreements
			""";

	private final JdbcClient jdbc;

	AgreementRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public AgreementId insert(NewAgreement agreement, byte[] document, String sha256, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO agreements (kind, subject_ref, title, first_signer_user_id, first_signer_name, first_signer_label,
				    second_signer_user_id, second_signer_name, second_signer_label, document, document_sha256, status, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'AWAITING_FIRST', ?)""")
			.params(agreement.kind().name(), agreement.subjectRef(), agreement.title(), agreement.first().userId().value(),
					agreement.first().name(), agreement.first().label(), agreement.second().userId().value(),
					agreement.second().name(), agreement.second().label(), document, sha256, SqlTime.of(at))
			.update(keys, "id");
		return new AgreementId(keys.getKey().longValue());
	}

	/** Reads the agreement and locks its row until the transaction ends, so signatures are taken one at a time. */
	public Optional<Agreement> lock(AgreementId id) {
		return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id.value()).query(this::agreement).optional();
	}

	public Optional<Agreement> find(AgreementId id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id.value()).query(this::agreement).optional();
	}

	public List<Agreement> forSubject(String subjectRef) {
		return jdbc.sql(SELECT + " WHERE subject_ref = ? ORDER BY id DESC").param(subjectRef).query(this::agreement).list();
	}

	public List<Agreement> ofParty(UserId user) {
		return jdbc.sql(SELECT + " WHERE first_signer_user_id = ? OR second_signer_user_id = ? ORDER BY created_at DESC, id DESC")
			.params(user.value(), user.value()).query(this::agreement).list();
	}

	public byte[] document(AgreementId id) {
		return jdbc.sql("SELECT document FROM agreements WHERE id = ?").param(id.value()).query(byte[].class).single();
	}

	public Optional<byte[]> signedDocument(AgreementId id) {
		return jdbc.sql("SELECT signed_document FROM agreements WHERE id = ? AND signed_document IS NOT NULL")
			.param(id.value()).query(byte[].class).optional();
	}

	public void insertSignature(AgreementId id, String role, UserId signer, String typedName, String consent, Instant at,
			String ip, String userAgent, String sha256) {
		jdbc.sql("""
				INSERT INTO agreement_signatures (agreement_id, signer_role, signer_user_id, typed_name, consent_text, signed_at,
				    ip_address, user_agent, document_sha256)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), role, signer.value(), typedName, consent, SqlTime.of(at), ip, userAgent, sha256).update();
	}

	public void updateStatus(AgreementId id, AgreementStatus status) {
		jdbc.sql("UPDATE agreements SET status = ? WHERE id = ?").params(status.name(), id.value()).update();
	}

	public void complete(AgreementId id, byte[] signed, String sha256, Instant at) {
		jdbc.sql("UPDATE agreements SET status = 'COMPLETED', signed_document = ?, signed_document_sha256 = ?, completed_at = ? WHERE id = ?")
			.params(signed, sha256, SqlTime.of(at), id.value()).update();
	}

	public void voidAgreement(AgreementId id, String reason, Instant at) {
		jdbc.sql("UPDATE agreements SET status = 'VOID', void_reason = ?, voided_at = ? WHERE id = ?")
			.params(reason, SqlTime.of(at), id.value()).update();
	}

	public void audit(AgreementId id, Instant at, UserId actor, String action, String ip, String userAgent, String detail) {
		jdbc.sql("""
				INSERT INTO agreement_audit (agreement_id, occurred_at, actor_user_id, action, ip_address, user_agent, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id.value(), SqlTime.of(at), actor == null ? null : actor.value(), action, clip(ip, 64), clip(userAgent, 500),
					clip(detail, 500))
			.update();
	}

	public List<AuditEntry> auditTrail(AgreementId id) {
		return jdbc.sql("""
				SELECT a.occurred_at, COALESCE(u.display_name, 'Platform') AS actor, a.action, a.ip_address, a.user_agent, a.detail
				FROM agreement_audit a LEFT JOIN users u ON u.id = a.actor_user_id
				WHERE a.agreement_id = ? ORDER BY a.occurred_at, a.id""")
			.param(id.value())
			.query((rs, i) -> new AuditEntry(SqlTime.instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("action"),
					rs.getString("ip_address"), rs.getString("user_agent"), rs.getString("detail")))
			.list();
	}

	private Agreement agreement(ResultSet rs, int row) throws SQLException {
		var id = new AgreementId(rs.getLong("id"));
		List<Signature> signatures = jdbc.sql("""
				SELECT signer_role, signer_user_id, typed_name, signed_at, ip_address, user_agent, document_sha256
				FROM agreement_signatures WHERE agreement_id = ? ORDER BY signed_at, id""")
			.param(id.value())
			.query((s, i) -> new Signature(s.getString("signer_role"), new UserId(s.getLong("signer_user_id")),
					s.getString("typed_name"), SqlTime.instant(s, "signed_at"), s.getString("ip_address"),
					s.getString("user_agent"), s.getString("document_sha256")))
			.list();
		return new Agreement(id, AgreementKind.valueOf(rs.getString("kind")), rs.getString("subject_ref"), rs.getString("title"),
				new Party(new UserId(rs.getLong("first_signer_user_id")), rs.getString("first_signer_name"), rs.getString("first_signer_label")),
				new Party(new UserId(rs.getLong("second_signer_user_id")), rs.getString("second_signer_name"), rs.getString("second_signer_label")),
				rs.getString("document_sha256"), rs.getString("signed_document_sha256"), AgreementStatus.valueOf(rs.getString("status")),
				SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "completed_at"), rs.getString("void_reason"), signatures);
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
