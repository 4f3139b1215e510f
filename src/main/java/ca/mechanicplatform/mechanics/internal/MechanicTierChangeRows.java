package ca.mechanicplatform.mechanics.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.mechanics.TierChange;

/** The {@code mechanic_tier_changes} table: the history of a mechanic's service tiers. */
@Repository
public class MechanicTierChangeRows {

	private final JdbcClient jdbc;

	MechanicTierChangeRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(MechanicId mechanic, ServiceTier from, ServiceTier to, Instant at) {
		jdbc.sql("INSERT INTO mechanic_tier_changes (mechanic_id, from_tier, to_tier, changed_at) VALUES (?, ?, ?, ?)")
			.params(mechanic.value(), from == null ? null : from.name(), to.name(), SqlTime.of(at)).update();
	}

	public List<TierChange> of(MechanicId mechanic) {
		return jdbc.sql("SELECT from_tier, to_tier, changed_at FROM mechanic_tier_changes WHERE mechanic_id = ? ORDER BY changed_at, id")
			.param(mechanic.value())
			.query((rs, row) -> {
				String from = rs.getString("from_tier");
				return new TierChange(from == null ? null : ServiceTier.valueOf(from), ServiceTier.valueOf(rs.getString("to_tier")),
						SqlTime.instant(rs, "changed_at"));
			}).list();
	}
}
