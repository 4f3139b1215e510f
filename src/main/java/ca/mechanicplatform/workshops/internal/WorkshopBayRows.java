package ca.mechanicplatform.workshops.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.Bay;
import ca.mechanicplatform.workshops.BayType;

/** The {@code workshop_bays} table. */
@Repository
public class WorkshopBayRows {

	private static final String SELECT = "SELECT id, workshop_id, name, bay_type, active, created_at FROM workshop_bays";

	private final JdbcClient jdbc;

	WorkshopBayRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public BayId insert(WorkshopId workshop, String name, BayType type, Instant createdAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO workshop_bays (workshop_id, name, bay_type, active, created_at) VALUES (?, ?, ?, TRUE, ?)")
			.params(workshop.value(), name, type.name(), SqlTime.of(createdAt))
			.update(keys, "id");
		return new BayId(keys.getKey().longValue());
	}

	public Optional<Bay> find(BayId id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id.value()).query(WorkshopBayRows::bay).optional();
	}

	public List<Bay> of(WorkshopId workshop) {
		return jdbc.sql(SELECT + " WHERE workshop_id = ? ORDER BY name, id").param(workshop.value()).query(WorkshopBayRows::bay)
			.list();
	}

	/** Whether another bay of the workshop already has this name, ignoring case. */
	public boolean nameTaken(WorkshopId workshop, String name, BayId except) {
		return jdbc.sql("SELECT COUNT(*) FROM workshop_bays WHERE workshop_id = ? AND LOWER(name) = LOWER(?) AND id <> ?")
			.params(workshop.value(), name, except == null ? 0L : except.value()).query(Long.class).single() > 0;
	}

	public void update(BayId id, String name, BayType type, boolean active) {
		jdbc.sql("UPDATE workshop_bays SET name = ?, bay_type = ?, active = ? WHERE id = ?")
			.params(name, type.name(), active, id.value()).update();
	}

	static Bay bay(ResultSet rs, int row) throws SQLException {
		return new Bay(new BayId(rs.getLong("id")), new WorkshopId(rs.getLong("workshop_id")), rs.getString("name"),
				BayType.valueOf(rs.getString("bay_type")), rs.getBoolean("active"), SqlTime.instant(rs, "created_at"));
	}
}
