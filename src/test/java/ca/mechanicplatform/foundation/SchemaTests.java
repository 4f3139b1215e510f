package ca.mechanicplatform.foundation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.testing.FreshPostgresDatabase;
import ca.mechanicplatform.testing.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The migrations build the baseline schema on PostgreSQL with the non-compete document's limits. */
@PlatformTest
class SchemaTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTestsRunAgainstThisRunsOwnPostgresDatabase() {
		assertThat(FreshPostgresDatabase.url()).startsWith("jdbc:postgresql:").contains("imp_test_");
		assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).startsWith("imp_test_");
	}

	@Test
	void theFsaCentroidTableHoldsEveryRowOfTheDataFile() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM fsa_centroids").query(Long.class).single()).isEqualTo(1610L);
		var toronto = jdbc.sql("SELECT latitude, longitude, province FROM fsa_centroids WHERE fsa = 'M5V'")
			.query((rs, i) -> new double[] { rs.getDouble(1), rs.getDouble(2) }).single();
		assertThat(toronto[0]).isBetween(43.6, 43.7);
		assertThat(toronto[1]).isBetween(-79.5, -79.3);
	}

	@Test
	void aWorkshopsEmployeeRevenueShareStaysBetween20And40Percent() {
		long admin = user("share");
		assertThatThrownBy(() -> insertWorkshop(admin, 41)).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insertWorkshop(admin, 19)).isInstanceOf(DataIntegrityViolationException.class);
		insertWorkshop(admin, 40);
		assertThat(jdbc.sql("SELECT employee_revenue_share_pct FROM workshops WHERE admin_user_id = ?").param(admin)
			.query(Integer.class).single()).isEqualTo(40);
	}

	@Test
	void aNewWorkshopDefaultsToThirtyPercentAndNoLocalFreelancing() {
		long admin = user("defaults");
		jdbc.sql("""
				INSERT INTO workshops (admin_user_id, name, street_address, city, province, postal_code, fsa, time_zone, created_at)
				VALUES (?, 'W', '1 Main St', 'Toronto', 'ON', 'M5V 3L9', 'M5V', 'America/Toronto', CURRENT_TIMESTAMP)""")
			.param(admin).update();
		var row = jdbc.sql("SELECT employee_revenue_share_pct, allow_employee_local_freelance FROM workshops WHERE admin_user_id = ?")
			.param(admin).query((rs, i) -> rs.getInt(1) + "/" + rs.getBoolean(2)).single();
		assertThat(row).isEqualTo("30/false");
	}

	@Test
	void aMechanicsOffShiftSettingsKeepTheDocumentsLimits() {
		long user = user("mechanic");
		jdbc.sql("INSERT INTO mechanics (user_id, postal_code, fsa, province, created_at) VALUES (?, 'M5V 3L9', 'M5V', 'ON', CURRENT_TIMESTAMP)")
			.param(user).update();
		var defaults = jdbc.sql("""
				SELECT mechanic_type, off_shift_mode, exclusion_radius_km, off_shift_revenue_share_pct, clocked_in_by_admin, is_available
				FROM mechanics WHERE user_id = ?""").param(user)
			.query((rs, i) -> String.join(",", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					String.valueOf(rs.getBoolean(5)), String.valueOf(rs.getBoolean(6)))).single();
		assertThat(defaults).isEqualTo("INDEPENDENT,local_exclusion,50,0,false,false");

		assertThatThrownBy(() -> jdbc.sql("UPDATE mechanics SET off_shift_mode = 'anywhere' WHERE user_id = ?").param(user).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("UPDATE mechanics SET off_shift_revenue_share_pct = 41 WHERE user_id = ?").param(user).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.sql("UPDATE mechanics SET mechanic_type = 'WORKSHOP_EMPLOYEE' WHERE user_id = ?").param(user).update())
			.as("an employee must belong to a workshop").isInstanceOf(DataIntegrityViolationException.class);
	}

	private long user(String who) {
		String email = who + "." + System.nanoTime() + "@schema.test";
		jdbc.sql("INSERT INTO users (email, password_hash, display_name, role, created_at) VALUES (?, 'x', 'Schema Test', 'WORKSHOP_ADMIN', CURRENT_TIMESTAMP)")
			.param(email).update();
		return jdbc.sql("SELECT id FROM users WHERE email = ?").param(email).query(Long.class).single();
	}

	private void insertWorkshop(long admin, int share) {
		jdbc.sql("""
				INSERT INTO workshops (admin_user_id, name, street_address, city, province, postal_code, fsa, time_zone,
				                       employee_revenue_share_pct, created_at)
				VALUES (?, 'W', '1 Main St', 'Toronto', 'ON', 'M5V 3L9', 'M5V', 'America/Toronto', ?, CURRENT_TIMESTAMP)""")
			.params(admin, share).update();
	}
}
