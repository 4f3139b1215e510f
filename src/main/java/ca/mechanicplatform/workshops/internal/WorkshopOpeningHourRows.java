package ca.mechanicplatform.workshops.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.OpeningHours;

/** The {@code workshop_opening_hours} table: one row per open weekday (ISO numbering, Monday = 1). */
@Repository
public class WorkshopOpeningHourRows {

	private final JdbcClient jdbc;

	WorkshopOpeningHourRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OpeningHours> of(WorkshopId workshop) {
		return jdbc.sql("SELECT day_of_week, opens_at, closes_at FROM workshop_opening_hours WHERE workshop_id = ? ORDER BY day_of_week")
			.param(workshop.value())
			.query((rs, row) -> new OpeningHours(DayOfWeek.of(rs.getInt("day_of_week")),
					rs.getObject("opens_at", LocalTime.class), rs.getObject("closes_at", LocalTime.class)))
			.list();
	}

	public void replace(WorkshopId workshop, List<OpeningHours> days) {
		jdbc.sql("DELETE FROM workshop_opening_hours WHERE workshop_id = ?").param(workshop.value()).update();
		for (OpeningHours day : days) {
			jdbc.sql("INSERT INTO workshop_opening_hours (workshop_id, day_of_week, opens_at, closes_at) VALUES (?, ?, ?, ?)")
				.params(workshop.value(), day.day().getValue(), day.opens(), day.closes()).update();
		}
	}
}
