package ca.mechanicplatform.mechanics.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;

/** The {@code mechanic_profile_items} table: a mechanic's specialties, vehicle makes and languages. */
@Repository
public class MechanicProfileItemRows {

	/** The kinds of item, as stored in the {@code kind} column. */
	public enum Kind {
		SPECIALTY, VEHICLE_MAKE, LANGUAGE
	}

	private final JdbcClient jdbc;

	MechanicProfileItemRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> items(MechanicId mechanic, Kind kind) {
		return jdbc.sql("SELECT item FROM mechanic_profile_items WHERE mechanic_id = ? AND kind = ? ORDER BY item")
			.params(mechanic.value(), kind.name()).query(String.class).list();
	}

	public void replace(MechanicId mechanic, Kind kind, List<String> items) {
		jdbc.sql("DELETE FROM mechanic_profile_items WHERE mechanic_id = ? AND kind = ?")
			.params(mechanic.value(), kind.name()).update();
		for (String item : items) {
			jdbc.sql("INSERT INTO mechanic_profile_items (mechanic_id, kind, item) VALUES (?, ?, ?)")
				.params(mechanic.value(), kind.name(), item).update();
		}
	}
}
