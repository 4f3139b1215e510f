package ca.mechanicplatform.mechanics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
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
import ca.mechanicplatform.mechanics.ProfileDetails;
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

	public void updateVerified(MechanicId id, boolean verified, Instant verifiedAt) {
		jdbc.sql("UPDATE mechanics SET verified = ?, verified_at = ? WHERE id = ?")
			.params(verified, SqlTime.of(verifiedAt), id.value()).update();
	}

	public Optional<Instant> verifiedAt(MechanicId id) {
		return jdbc.sql("SELECT verified_at FROM mechanics WHERE id = ?").param(id.value())
			.query((rs, row) -> Optional.ofNullable(SqlTime.instant(rs, "verified_at"))).single();
	}

	/** The bio and years of experience from the row, with the chosen items read from {@code mechanic_profile_items}. */
	public ProfileDetails details(MechanicId id, List<String> specialties, List<String> vehicleMakes, List<String> languages) {
		return jdbc.sql("SELECT bio, years_of_experience FROM mechanics WHERE id = ?").param(id.value())
			.query((rs, row) -> {
				int years = rs.getInt("years_of_experience");
				return new ProfileDetails(rs.getString("bio"), rs.wasNull() ? null : years, specialties, vehicleMakes, languages);
			}).single();
	}

	public void updateProfile(MechanicId id, String bio, int yearsOfExperience, Province province, PostalCode postalCode) {
		jdbc.sql("UPDATE mechanics SET bio = ?, years_of_experience = ?, province = ?, postal_code = ?, fsa = ? WHERE id = ?")
			.params(bio, yearsOfExperience, province.name(), postalCode.value(), postalCode.fsa().code(), id.value()).update();
	}

	public Optional<Instant> onboardingSubmittedAt(MechanicId id) {
		return jdbc.sql("SELECT onboarding_submitted_at FROM mechanics WHERE id = ?").param(id.value())
			.query((rs, row) -> Optional.ofNullable(SqlTime.instant(rs, "onboarding_submitted_at"))).single();
	}

	public void updateOnboardingSubmitted(MechanicId id, Instant at) {
		jdbc.sql("UPDATE mechanics SET onboarding_submitted_at = ? WHERE id = ?").params(SqlTime.of(at), id.value()).update();
	}

	public void updateAvailability(MechanicId id, boolean available) {
		jdbc.sql("UPDATE mechanics SET is_available = ? WHERE id = ?").params(available, id.value()).update();
	}

	public void updateShift(MechanicId id, boolean clockedIn, boolean available) {
		jdbc.sql("UPDATE mechanics SET clocked_in_by_admin = ?, is_available = ? WHERE id = ?")
			.params(clockedIn, available, id.value()).update();
	}

	public void updateOffShiftMode(MechanicId id, OffShiftMode mode, int revenueSharePct) {
		jdbc.sql("UPDATE mechanics SET off_shift_mode = ?, off_shift_revenue_share_pct = ? WHERE id = ?")
			.params(mode.code(), revenueSharePct, id.value()).update();
	}

	/** Locks the mechanic's row for the rest of the transaction, so concurrent shift changes queue up. */
	public void lock(MechanicId id) {
		jdbc.sql("SELECT id FROM mechanics WHERE id = ? FOR UPDATE").param(id.value()).query(Long.class).optional();
	}

	public List<Mechanic> employeesOf(WorkshopId workshop) {
		return jdbc.sql(SELECT + " WHERE m.workshop_id = ? AND m.mechanic_type = 'WORKSHOP_EMPLOYEE' ORDER BY u.display_name")
			.param(workshop.value()).query(MechanicRows::mechanic).list();
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
