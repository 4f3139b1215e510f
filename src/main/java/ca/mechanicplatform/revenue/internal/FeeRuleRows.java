package ca.mechanicplatform.revenue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.FeeRule;
import ca.mechanicplatform.revenue.MechanicRelationship;
import ca.mechanicplatform.revenue.ServiceKind;

/** The {@code fee_rules} table. Rows are only ever inserted. */
@Repository
public class FeeRuleRows {

	private static final String SELECT = """
			SELECT id, service_kind, mechanic_relationship, percentage, effective_from, created_by, created_at, reason
			FROM fee_rules""";

	private final JdbcClient jdbc;

	FeeRuleRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<FeeRule> inForce(ServiceKind kind, MechanicRelationship relationship, Instant at) {
		return jdbc.sql(SELECT + """
				 WHERE service_kind = ? AND mechanic_relationship = ? AND effective_from <= ?
				ORDER BY effective_from DESC, id DESC LIMIT 1""")
			.params(kind.name(), relationship.name(), SqlTime.of(at)).query(FeeRuleRows::rule).optional();
	}

	/** The rule with the latest start, whether or not it is in force yet. */
	public Optional<FeeRule> latest(ServiceKind kind, MechanicRelationship relationship) {
		return jdbc.sql(SELECT + " WHERE service_kind = ? AND mechanic_relationship = ? ORDER BY effective_from DESC, id DESC LIMIT 1")
			.params(kind.name(), relationship.name()).query(FeeRuleRows::rule).optional();
	}

	public List<FeeRule> all() {
		return jdbc.sql(SELECT + " ORDER BY effective_from DESC, id DESC").query(FeeRuleRows::rule).list();
	}

	public FeeRule insert(ServiceKind kind, MechanicRelationship relationship, Percentage percentage, Instant effectiveFrom,
			UserId createdBy, Instant createdAt, String reason) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO fee_rules (service_kind, mechanic_relationship, percentage, effective_from, created_by, created_at, reason)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(kind.name(), relationship.name(), percentage.value(), SqlTime.of(effectiveFrom),
					createdBy == null ? null : createdBy.value(), SqlTime.of(createdAt), reason)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(FeeRuleRows::rule).single();
	}

	static FeeRule rule(ResultSet rs, int row) throws SQLException {
		long createdBy = rs.getLong("created_by");
		return new FeeRule(rs.getLong("id"), ServiceKind.valueOf(rs.getString("service_kind")),
				MechanicRelationship.valueOf(rs.getString("mechanic_relationship")),
				Percentage.of(rs.getBigDecimal("percentage")), SqlTime.instant(rs, "effective_from"),
				createdBy == 0 ? null : new UserId(createdBy), SqlTime.instant(rs, "created_at"), rs.getString("reason"));
	}
}
