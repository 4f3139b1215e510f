package ca.mechanicplatform.bookings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.bookings.Blackout;
import ca.mechanicplatform.bookings.BookingRules;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;

/** The {@code booking_rules} and {@code booking_blackouts} tables. */
@Repository
public class BookingRuleRows {

	private final JdbcClient jdbc;

	BookingRuleRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<BookingRules> of(WorkshopId workshop) {
		return jdbc.sql("SELECT * FROM booking_rules WHERE workshop_id = ?").param(workshop.value())
			.query((rs, n) -> new BookingRules(rs.getInt("buffer_minutes"), rs.getInt("min_length_minutes"),
					rs.getInt("max_length_minutes"), rs.getInt("min_notice_minutes"), rs.getInt("max_days_ahead"),
					rs.getBoolean("auto_confirm"), rs.getInt("cancellation_notice_hours")))
			.optional();
	}

	public void save(WorkshopId workshop, BookingRules rules, Instant at) {
		int updated = jdbc.sql("""
				UPDATE booking_rules SET buffer_minutes = ?, min_length_minutes = ?, max_length_minutes = ?, min_notice_minutes = ?,
				    max_days_ahead = ?, auto_confirm = ?, cancellation_notice_hours = ?, updated_at = ?
				WHERE workshop_id = ?""")
			.params(rules.bufferMinutes(), rules.minLengthMinutes(), rules.maxLengthMinutes(), rules.minNoticeMinutes(),
					rules.maxDaysAhead(), rules.autoConfirm(), rules.cancellationNoticeHours(), SqlTime.of(at), workshop.value())
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO booking_rules (workshop_id, buffer_minutes, min_length_minutes, max_length_minutes, min_notice_minutes,
					    max_days_ahead, auto_confirm, cancellation_notice_hours, updated_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(workshop.value(), rules.bufferMinutes(), rules.minLengthMinutes(), rules.maxLengthMinutes(),
						rules.minNoticeMinutes(), rules.maxDaysAhead(), rules.autoConfirm(), rules.cancellationNoticeHours(),
						SqlTime.of(at))
				.update();
		}
	}

	public List<Blackout> blackouts(WorkshopId workshop, LocalDate from, LocalDate to) {
		return jdbc.sql("SELECT blackout_day, reason FROM booking_blackouts WHERE workshop_id = ? AND blackout_day >= ? AND blackout_day <= ? ORDER BY blackout_day")
			.params(workshop.value(), from, to)
			.query((rs, n) -> new Blackout(rs.getObject("blackout_day", LocalDate.class), rs.getString("reason"))).list();
	}

	public boolean addBlackout(WorkshopId workshop, LocalDate day, String reason) {
		if (jdbc.sql("SELECT COUNT(*) FROM booking_blackouts WHERE workshop_id = ? AND blackout_day = ?").params(workshop.value(), day)
			.query(Integer.class).single() > 0) {
			jdbc.sql("UPDATE booking_blackouts SET reason = ? WHERE workshop_id = ? AND blackout_day = ?").params(reason, workshop.value(), day).update();
			return false;
		}
		jdbc.sql("INSERT INTO booking_blackouts (workshop_id, blackout_day, reason) VALUES (?, ?, ?)").params(workshop.value(), day, reason).update();
		return true;
	}

	public boolean removeBlackout(WorkshopId workshop, LocalDate day) {
		return jdbc.sql("DELETE FROM booking_blackouts WHERE workshop_id = ? AND blackout_day = ?").params(workshop.value(), day).update() == 1;
	}
}
