package ca.mechanicplatform.mechanics.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;

/** The {@code mechanic_shifts} table: when each employee was clocked in and out, and by whom. */
@Repository
public class MechanicShiftRows {

	private final JdbcClient jdbc;

	MechanicShiftRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void clockIn(MechanicId mechanic, WorkshopId workshop, Instant at, UserId by) {
		jdbc.sql("INSERT INTO mechanic_shifts (mechanic_id, workshop_id, clocked_in_at, clocked_in_by) VALUES (?, ?, ?, ?)")
			.params(mechanic.value(), workshop.value(), SqlTime.of(at), by.value()).update();
	}

	public void clockOut(MechanicId mechanic, Instant at, UserId by) {
		jdbc.sql("UPDATE mechanic_shifts SET clocked_out_at = ?, clocked_out_by = ? WHERE mechanic_id = ? AND clocked_out_at IS NULL")
			.params(SqlTime.of(at), by.value(), mechanic.value()).update();
	}

	/** When the open shift started, if the mechanic is clocked in. */
	public Optional<Instant> openShiftStart(MechanicId mechanic) {
		return jdbc.sql("SELECT clocked_in_at FROM mechanic_shifts WHERE mechanic_id = ? AND clocked_out_at IS NULL ORDER BY clocked_in_at DESC")
			.param(mechanic.value()).query((rs, row) -> SqlTime.instant(rs, "clocked_in_at")).list().stream().findFirst();
	}

	/** When the last shift ended. */
	public Optional<Instant> lastClockOut(MechanicId mechanic) {
		return jdbc.sql("SELECT MAX(clocked_out_at) AS last_out FROM mechanic_shifts WHERE mechanic_id = ?")
			.param(mechanic.value()).query((rs, row) -> Optional.ofNullable(SqlTime.instant(rs, "last_out"))).single();
	}
}
