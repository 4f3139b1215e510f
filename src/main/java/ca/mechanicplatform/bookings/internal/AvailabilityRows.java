package ca.mechanicplatform.bookings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.bookings.BookingRules;
import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.OpeningHours;
import ca.mechanicplatform.workshops.WeeklyHours;

/**
 * Everything a workshop's free time is computed from, read in one statement: the workshop's name and zone with its
 * booking rules, its opening hours, its active bays, its blackout days and the bookings that hold its bays in the
 * range, and for a mechanic the bays their ACTIVE partnerships with the workshop offer. Availability is asked for on
 * every change of day in the booking form, and as separate lookups it took about ten round trips to the database;
 * one statement also reads all of it from one snapshot. Like the calendars, this read model reads the tables of the
 * workshops and partnerships modules directly; the offered bays follow
 * {@link ca.mechanicplatform.partnerships.PartnershipPrograms#offeredBays} (the bays chosen for the program, or every
 * active bay when it chose none).
 */
@Repository
public class AvailabilityRows {

	private static final String[] SQL = { sql(false, false), sql(false, true), sql(true, false), sql(true, true) };

	private final JdbcClient jdbc;

	AvailabilityRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Time held in a bay: one PENDING or CONFIRMED booking's {@code [start, bufferedUntil)}. */
	public record Held(BayId bay, Instant start, Instant bufferedUntil) {
	}

	/** An active bay, in the workshop's order of bays (by name). */
	public record ActiveBay(BayId id, String name) {
	}

	/**
	 * What availability is computed from.
	 *
	 * @param partnered   whether the mechanic asking has an ACTIVE partnership with the workshop (always false when a
	 *                    workshop asks)
	 * @param offeredBays the bays those partnerships offer, or null when one of them offers every active bay
	 * @param held        the PENDING and CONFIRMED bookings holding the bays between the instants asked for (and up to
	 *                    the longest buffer after them, whose time a booking's buffer before it may reach into)
	 */
	public record Snapshot(WorkshopId workshopId, String workshopName, ZoneId zone, BookingRules rules, WeeklyHours hours,
			List<ActiveBay> bays, Set<LocalDate> blackouts, List<Held> held, boolean partnered, Set<BayId> offeredBays) {
	}

	/**
	 * The workshop's snapshot for the days {@code firstDay} to {@code lastDay} (blackouts) and the instants {@code from}
	 * to {@code to} (bookings); {@code bay} null for all active bays; {@code mechanicUser} null when the workshop asks.
	 * Empty if there is no such workshop.
	 */
	public Optional<Snapshot> of(WorkshopId workshop, UserId mechanicUser, BayId bay, LocalDate firstDay, LocalDate lastDay,
			Instant from, Instant to) {
		var statement = jdbc.sql(SQL[(mechanicUser == null ? 0 : 2) + (bay == null ? 0 : 1)])
			.param("workshop", workshop.value())
			.param("firstDay", firstDay)
			.param("lastDay", lastDay)
			.param("earliestStart", SqlTime.of(from.minus(BookingRows.LONGEST_HOLD)))
			.param("from", SqlTime.of(from))
			.param("to", SqlTime.of(to.plus(Duration.ofMinutes(BookingRules.MAX_BUFFER_MINUTES))));
		if (mechanicUser != null) {
			statement = statement.param("user", mechanicUser.value());
		}
		if (bay != null) {
			statement = statement.param("bay", bay.value());
		}
		return statement.query((ResultSetExtractor<Optional<Snapshot>>) rs -> read(rs, workshop));
	}

	private static Optional<Snapshot> read(ResultSet rs, WorkshopId workshop) throws SQLException {
		String name = null;
		ZoneId zone = null;
		BookingRules rules = BookingRules.DEFAULTS;
		List<OpeningHours> hours = new ArrayList<>(7);
		List<ActiveBay> bays = new ArrayList<>();
		Set<LocalDate> blackouts = new HashSet<>();
		List<Held> held = new ArrayList<>();
		boolean partnered = false;
		boolean everyBay = false;
		Set<BayId> offered = new HashSet<>();
		while (rs.next()) {
			switch (rs.getString("row_kind")) {
				case "W" -> {
					name = rs.getString("name");
					zone = ZoneId.of(rs.getString("time_zone"));
					if (rs.getObject("buffer_minutes") != null) {
						rules = new BookingRules(rs.getInt("buffer_minutes"), rs.getInt("min_length_minutes"),
								rs.getInt("max_length_minutes"), rs.getInt("min_notice_minutes"), rs.getInt("max_days_ahead"),
								rs.getBoolean("auto_confirm"), rs.getInt("cancellation_notice_hours"));
					}
				}
				case "H" -> hours.add(new OpeningHours(DayOfWeek.of(rs.getInt("id")), rs.getObject("opens_at", LocalTime.class),
						rs.getObject("closes_at", LocalTime.class)));
				case "B" -> bays.add(new ActiveBay(new BayId(rs.getLong("id")), rs.getString("name")));
				case "X" -> blackouts.add(rs.getObject("blackout_day", LocalDate.class));
				case "K" -> held.add(new Held(new BayId(rs.getLong("id")), SqlTime.instant(rs, "starts_at"),
						SqlTime.instant(rs, "buffered_until")));
				case "P" -> {
					partnered = true;
					long chosen = rs.getLong("chosen_bay_id");
					if (rs.wasNull()) {
						everyBay = true;
					}
					else {
						offered.add(new BayId(chosen));
					}
				}
				default -> throw new IllegalStateException("Unknown row " + rs.getString("row_kind"));
			}
		}
		if (name == null) {
			return Optional.empty();
		}
		return Optional.of(new Snapshot(workshop, name, zone, rules, new WeeklyHours(zone, hours), bays, blackouts, held, partnered,
				everyBay ? null : offered));
	}

	/**
	 * The statement: one UNION ALL whose rows say by {@code row_kind} what they are — W the workshop and its rules (the
	 * defaults when it has none), H an opening day, B an active bay, X a blackout day, K a booking holding a bay, P a
	 * bay chosen by the program of one of the mechanic's active partnerships (null: the program offers every bay).
	 */
	private static String sql(boolean mechanic, boolean oneBay) {
		return """
				SELECT 'W' AS row_kind, w.id AS id, w.name AS name, w.time_zone AS time_zone, CAST(NULL AS BIGINT) AS chosen_bay_id,
				    CAST(NULL AS TIME) AS opens_at, CAST(NULL AS TIME) AS closes_at, CAST(NULL AS DATE) AS blackout_day,
				    CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS starts_at, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS buffered_until,
				    r.buffer_minutes, r.min_length_minutes, r.max_length_minutes, r.min_notice_minutes, r.max_days_ahead,
				    r.auto_confirm, r.cancellation_notice_hours
				FROM workshops w LEFT JOIN booking_rules r ON r.workshop_id = w.id
				WHERE w.id = :workshop
				UNION ALL
				SELECT 'H', day_of_week, NULL, NULL, NULL, opens_at, closes_at, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
				FROM workshop_opening_hours WHERE workshop_id = :workshop
				UNION ALL
				SELECT 'B', id, name, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
				FROM workshop_bays WHERE workshop_id = :workshop AND active""" + (oneBay ? " AND id = :bay" : "") + """

				UNION ALL
				SELECT 'X', NULL, NULL, NULL, NULL, NULL, NULL, blackout_day, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
				FROM booking_blackouts WHERE workshop_id = :workshop AND blackout_day >= :firstDay AND blackout_day <= :lastDay
				UNION ALL
				SELECT 'K', bay_id, NULL, NULL, NULL, NULL, NULL, NULL, starts_at, buffered_until, NULL, NULL, NULL, NULL, NULL, NULL, NULL
				FROM bay_bookings
				WHERE workshop_id = :workshop AND status IN ('PENDING', 'CONFIRMED') AND starts_at >= :earliestStart AND starts_at < :to
				    AND buffered_until > :from""" + (oneBay ? " AND bay_id = :bay" : "") + (mechanic ? """

				UNION ALL
				SELECT 'P', s.id, NULL, NULL, c.bay_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
				FROM partnerships s
				JOIN mechanics m ON m.id = s.mechanic_id
				LEFT JOIN partnership_program_bays c ON c.program_id = s.program_id
				WHERE m.user_id = :user AND s.workshop_id = :workshop AND s.status = 'ACTIVE'""" : "") + """

				ORDER BY row_kind, name, id""";
	}
}
