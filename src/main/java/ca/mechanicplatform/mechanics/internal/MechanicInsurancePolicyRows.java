package ca.mechanicplatform.mechanics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.DocumentId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.mechanics.InsurancePolicy;

/** The {@code mechanic_insurance_policies} table. */
@Repository
public class MechanicInsurancePolicyRows {

	private final JdbcClient jdbc;

	MechanicInsurancePolicyRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MechanicId mechanic, String insurer, String policyNumber, Money coverage, LocalDate expiresOn,
			DocumentId document, Instant submittedAt) {
		jdbc.sql("""
				INSERT INTO mechanic_insurance_policies (mechanic_id, insurer, policy_number, liability_coverage_cents,
				                                         expires_on, document_id, submitted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(mechanic.value(), insurer, policyNumber, coverage.cents(), expiresOn, document.value(), SqlTime.of(submittedAt))
			.update();
	}

	/** The most recently submitted policy. */
	public Optional<InsurancePolicy> latest(MechanicId mechanic) {
		return jdbc.sql("""
				SELECT id, mechanic_id, insurer, policy_number, liability_coverage_cents, expires_on, document_id, submitted_at
				FROM mechanic_insurance_policies WHERE mechanic_id = ? ORDER BY submitted_at DESC, id DESC""")
			.param(mechanic.value()).query(MechanicInsurancePolicyRows::policy).list().stream().findFirst();
	}

	static InsurancePolicy policy(ResultSet rs, int row) throws SQLException {
		return new InsurancePolicy(rs.getLong("id"), new MechanicId(rs.getLong("mechanic_id")), rs.getString("insurer"),
				rs.getString("policy_number"), Money.ofCents(rs.getLong("liability_coverage_cents")),
				rs.getObject("expires_on", LocalDate.class), new DocumentId(rs.getLong("document_id")),
				SqlTime.instant(rs, "submitted_at"));
	}
}
