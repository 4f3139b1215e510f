package ca.mechanicplatform.workshops.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.Workshop;

/** The {@code workshops} table. */
@Repository
public class WorkshopRows {

	private static final String SELECT = """
			SELECT id, admin_user_id, name, street_address, city, province, postal_code, time_zone, phone,
			       allow_employee_local_freelance, employee_revenue_share_pct, created_at
			FROM workshops
			""";

	private final JdbcClient jdbc;

	WorkshopRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public WorkshopId insert(UserId admin, String name, String streetAddress, String city, Province province,
			PostalCode postalCode, ZoneId zone, String phone, Instant createdAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO workshops (admin_user_id, name, street_address, city, province, postal_code, fsa, time_zone,
				                       phone, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(admin.value(), name, streetAddress, city, province.name(), postalCode.value(), postalCode.fsa().code(),
					zone.getId(), phone, SqlTime.of(createdAt))
			.update(keys, "id");
		return new WorkshopId(keys.getKey().longValue());
	}

	public Optional<Workshop> find(WorkshopId id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id.value()).query(WorkshopRows::workshop).optional();
	}

	public Optional<Workshop> findByAdmin(UserId admin) {
		return jdbc.sql(SELECT + " WHERE admin_user_id = ?").param(admin.value()).query(WorkshopRows::workshop).optional();
	}

	public void updateProfile(WorkshopId id, String name, String streetAddress, String city, Province province,
			PostalCode postalCode, ZoneId zone, String phone) {
		jdbc.sql("""
				UPDATE workshops SET name = ?, street_address = ?, city = ?, province = ?, postal_code = ?, fsa = ?,
				       time_zone = ?, phone = ?
				WHERE id = ?""")
			.params(name, streetAddress, city, province.name(), postalCode.value(), postalCode.fsa().code(), zone.getId(),
					phone, id.value())
			.update();
	}

	public void updateOffShiftPolicy(WorkshopId id, boolean allowEmployeeLocalFreelance, int employeeRevenueSharePct) {
		jdbc.sql("UPDATE workshops SET allow_employee_local_freelance = ?, employee_revenue_share_pct = ? WHERE id = ?")
			.params(allowEmployeeLocalFreelance, employeeRevenueSharePct, id.value()).update();
	}

	public List<Workshop> all() {
		return jdbc.sql(SELECT + " ORDER BY name").query(WorkshopRows::workshop).list();
	}

	static Workshop workshop(ResultSet rs, int row) throws SQLException {
		return new Workshop(new WorkshopId(rs.getLong("id")), new UserId(rs.getLong("admin_user_id")), rs.getString("name"),
				rs.getString("street_address"), rs.getString("city"), Province.valueOf(rs.getString("province").trim()),
				PostalCode.parse(rs.getString("postal_code")), ZoneId.of(rs.getString("time_zone")), rs.getString("phone"),
				rs.getBoolean("allow_employee_local_freelance"), rs.getInt("employee_revenue_share_pct"),
				SqlTime.instant(rs, "created_at"));
	}
}
