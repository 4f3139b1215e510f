package ca.mechanicplatform.mechanics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicType;
import ca.mechanicplatform.mechanics.OffShiftMode;
import ca.mechanicplatform.mechanics.ServiceTier;

/** The {@code mechanics} table. */
@Repository
public class MechanicRows {

	private static final String SELECT = """
			SELECT m.id, m.user_id, u.display_name, u.email, m.service_tier, m.mechanic_type, m.workshop_id,
			       m.postal_code, m.province, m.verified, m.clocked_in_by_admin, m.is_available, m.off_shift_mode,
			       m.exclusion_radius_km, m.off_shift_revenue_share_pct, m.created_at
			FROM mechanics m JOIN users u ON u.id = m.user_id
			""";

	private final JdbcClient jdbc;

	MechanicRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public MechanicId insert(UserId userId, PostalCode postalCode, Province province, Instant createdAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO mechanics (user_id, postal_code, fsa, province, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(userId.value(), postalCode.value(), postalCode.fsa().code(), province.name(), SqlTime.of(createdAt))
			.update(keys, "id");
		return new MechanicId(keys.getKey().longValue());
	}

	public Optional<Mechanic> find(MechanicId id) {
		return jdbc.sql(SELECT + " WHERE m.id = ?").param(id.value()).query(MechanicRows::mechanic).optional();
	}

	public Optional<Mechanic> findByUser(UserId userId) {
		return jdbc.sql(SELECT + " WHERE m.user_id = ?").param(userId.value()).query(MechanicRows::mechanic).optional();
	}

	public void updateTier(MechanicId id, ServiceTier tier) {
		jdbc.sql("UPDATE mechanics SET service_tier = ? WHERE id = ?").params(tier.name(), id.value()).update();
	}

	public void updateVerified(MechanicId id, boolean verified) {
		jdbc.sql("UPDATE mechanics SET verified = ? WHERE id = ?").params(verified, id.value()).update();
	}

	public void updateAvailable(MechanicId id, boolean available) {
		jdbc.sql("UPDATE mechanics SET is_available = ? WHERE id = ?").params(available, id.value()).update();
	}

	public void updateEmployment(MechanicId id, MechanicType type, WorkshopId workshop) {
		jdbc.sql("UPDATE mechanics SET mechanic_type = ?, workshop_id = ?, clocked_in_by_admin = FALSE WHERE id = ?")
			.params(type.name(), workshop == null ? null : workshop.value(), id.value()).update();
	}

	static Mechanic mechanic(ResultSet rs, int row) throws SQLException {
		String tier = rs.getString("service_tier");
		long workshop = rs.getLong("workshop_id");
		return new Mechanic(new MechanicId(rs.getLong("id")), new UserId(rs.getLong("user_id")),
				rs.getString("display_name"), rs.getString("email"), tier == null ? null : ServiceTier.valueOf(tier),
				MechanicType.valueOf(rs.getString("mechanic_type")), workshop == 0 ? null : new WorkshopId(workshop),
				PostalCode.parse(rs.getString("postal_code")), Province.valueOf(rs.getString("province").trim()),
				rs.getBoolean("verified"), rs.getBoolean("clocked_in_by_admin"), rs.getBoolean("is_available"),
				OffShiftMode.fromCode(rs.getString("off_shift_mode")), rs.getInt("exclusion_radius_km"),
				rs.getInt("off_shift_revenue_share_pct"), SqlTime.instant(rs, "created_at"));
	}
}
