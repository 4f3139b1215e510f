package ca.mechanicplatform.bookings.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.bookings.Booking;
import ca.mechanicplatform.bookings.BookingId;
import ca.mechanicplatform.bookings.BookingRules;
import ca.mechanicplatform.bookings.BookingStatus;
import ca.mechanicplatform.bookings.Interval;
import ca.mechanicplatform.bookings.Job;
import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.partnerships.PartnershipId;
import ca.mechanicplatform.partnerships.ProgramType;

/** The {@code bay_bookings} table. Every transition is one UPDATE whose WHERE clause is its guard. */
@Repository
public class BookingRows {

	private static final String SELECT = """
			SELECT b.*, w.name AS workshop_name, w.time_zone, y.name AS bay_name, u.display_name AS mechanic_name, p.type AS program_type
			FROM bay_bookings b
			JOIN workshops w ON w.id = b.workshop_id
			JOIN workshop_bays y ON y.id = b.bay_id
			JOIN mechanics m ON m.id = b.mechanic_id
			JOIN users u ON u.id = m.user_id
			JOIN partnerships p ON p.id = b.partnership_id
			""";

	/**
	 * The longest a booking can hold its bay, buffer included: a booking lasts at most 7 days (the longest the rules
	 * allow, and the longest a workshop may move one to) and its buffer is at most 240 minutes. A booking that overlaps
	 * an instant therefore started less than this before it, which bounds the scan of the bookings indexes (by bay,
	 * workshop or mechanic, and start) from below instead of from the first booking ever made.
	 */
	public static final Duration LONGEST_HOLD = Duration.ofMinutes(BookingRules.MAX_LENGTH_MINUTES + BookingRules.MAX_BUFFER_MINUTES);

	private final JdbcClient jdbc;

	BookingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A bay and its workshop, whichever workshop it belongs to. */
	public record BayRow(BayId id, WorkshopId workshopId, String name, boolean active) {
	}

	public Optional<BayRow> bay(BayId id) {
		return jdbc.sql("SELECT id, workshop_id, name, active FROM workshop_bays WHERE id = ?").param(id.value())
			.query((rs, n) -> new BayRow(new BayId(rs.getLong("id")), new WorkshopId(rs.getLong("workshop_id")), rs.getString("name"),
					rs.getBoolean("active")))
			.optional();
	}

	/** Locks the bay's row until the transaction ends, so bookings of one bay are checked one at a time. */
	public void lockBay(BayId id) {
		jdbc.sql("SELECT id FROM workshop_bays WHERE id = ? FOR UPDATE").param(id.value()).query(Long.class).single();
	}

	public record NewBooking(WorkshopId workshop, BayId bay, MechanicId mechanic, PartnershipId partnership, Instant start,
			Instant end, Instant bufferedUntil, BookingStatus status, String note, Job job, Instant at) {
	}

	public BookingId insert(NewBooking b) {
		var keys = new GeneratedKeyHolder();
		Job job = b.job();
		jdbc.sql("""
				INSERT INTO bay_bookings (workshop_id, bay_id, mechanic_id, partnership_id, starts_at, ends_at, buffered_until, status,
				    note, created_at, confirmed_at, job_customer_id, job_customer_name, job_customer_contact, job_vehicle,
				    job_description, job_labour_cents, job_parts_cents)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(b.workshop().value(), b.bay().value(), b.mechanic().value(), b.partnership().value(), SqlTime.of(b.start()),
					SqlTime.of(b.end()), SqlTime.of(b.bufferedUntil()), b.status().name(), b.note(), SqlTime.of(b.at()),
					b.status() == BookingStatus.CONFIRMED ? SqlTime.of(b.at()) : null,
					job == null || job.customerId() == null ? null : job.customerId().value(), job == null ? null : job.customerName(),
					job == null ? null : job.customerContact(), job == null ? null : job.vehicle(), job == null ? null : job.description(),
					job == null ? null : job.labour().cents(), job == null ? null : job.parts().cents())
			.update(keys, "id");
		return new BookingId(keys.getKey().longValue());
	}

	public Optional<Booking> find(BookingId id) {
		return jdbc.sql(SELECT + " WHERE b.id = ?").param(id.value()).query(BookingRows::booking).optional();
	}

	/** A PENDING or CONFIRMED booking of the bay whose held range overlaps {@code [start, bufferedUntil)}, other than {@code except}. */
	public Optional<Booking> overlapping(BayId bay, Instant start, Instant bufferedUntil, BookingId except) {
		return jdbc.sql(SELECT + """
				 WHERE b.bay_id = ? AND b.status IN ('PENDING', 'CONFIRMED') AND b.starts_at < ? AND b.buffered_until > ?
				   AND b.id <> ? ORDER BY b.starts_at""")
			.params(bay.value(), SqlTime.of(bufferedUntil), SqlTime.of(start), except == null ? 0L : except.value())
			.query(BookingRows::booking).list().stream().findFirst();
	}

	/** The mechanic's bookings that overlap {@code [from, to)}, in time order. */
	public List<Booking> ofMechanic(MechanicId mechanic, Instant from, Instant to) {
		return jdbc.sql(SELECT + " WHERE b.mechanic_id = ? AND b.starts_at >= ? AND b.starts_at < ? AND b.ends_at > ? ORDER BY b.starts_at, b.id")
			.params(mechanic.value(), SqlTime.of(from.minus(LONGEST_HOLD)), SqlTime.of(to), SqlTime.of(from)).query(BookingRows::booking).list();
	}

	/** The workshop's bookings that overlap {@code [from, to)}, in time order; {@code status} null for all. */
	public List<Booking> ofWorkshop(WorkshopId workshop, Instant from, Instant to, BookingStatus status) {
		return jdbc.sql(SELECT + " WHERE b.workshop_id = ? AND b.starts_at >= ? AND b.starts_at < ? AND b.ends_at > ?"
				+ (status == null ? "" : " AND b.status = '" + status.name() + "'") + " ORDER BY b.starts_at, b.id")
			.params(workshop.value(), SqlTime.of(from.minus(LONGEST_HOLD)), SqlTime.of(to), SqlTime.of(from)).query(BookingRows::booking)
			.list();
	}

	public boolean confirm(BookingId id, Instant at) {
		return jdbc.sql("UPDATE bay_bookings SET status = 'CONFIRMED', confirmed_at = ?, decided_at = ? WHERE id = ? AND status = 'PENDING'")
			.params(SqlTime.of(at), SqlTime.of(at), id.value()).update() == 1;
	}

	public boolean decline(BookingId id, String reason, Instant at) {
		return jdbc.sql("""
				UPDATE bay_bookings SET status = 'DECLINED', decline_reason = ?, decided_at = ?
				WHERE id = ? AND status IN ('PENDING', 'CONFIRMED')""")
			.params(reason, SqlTime.of(at), id.value()).update() == 1;
	}

	public boolean cancel(BookingId id, boolean late, Instant at) {
		return jdbc.sql("""
				UPDATE bay_bookings SET status = 'CANCELLED', cancelled_late = ?, cancelled_at = ?
				WHERE id = ? AND status IN ('PENDING', 'CONFIRMED') AND ends_at > ?""")
			.params(late, SqlTime.of(at), id.value(), SqlTime.of(at)).update() == 1;
	}

	public boolean move(BookingId id, BayId bay, Interval to, Instant bufferedUntil, Instant at) {
		return jdbc.sql("""
				UPDATE bay_bookings SET bay_id = ?, starts_at = ?, ends_at = ?, buffered_until = ?, rescheduled_at = ?,
				    free_cancellation = TRUE
				WHERE id = ? AND status IN ('PENDING', 'CONFIRMED') AND starts_at > ?""")
			.params(bay.value(), SqlTime.of(to.start()), SqlTime.of(to.end()), SqlTime.of(bufferedUntil), SqlTime.of(at), id.value(),
					SqlTime.of(at))
			.update() == 1;
	}

	public void setJob(BookingId id, Job job) {
		jdbc.sql("""
				UPDATE bay_bookings SET job_customer_id = ?, job_customer_name = ?, job_customer_contact = ?, job_vehicle = ?,
				    job_description = ?, job_labour_cents = ?, job_parts_cents = ?
				WHERE id = ? AND status IN ('PENDING', 'CONFIRMED')""")
			.params(job.customerId() == null ? null : job.customerId().value(), job.customerName(), job.customerContact(),
					job.vehicle(), job.description(), job.labour().cents(), job.parts().cents(), id.value())
			.update();
	}

	public boolean complete(BookingId id, String saleKey, Money bayFee, Instant at) {
		return jdbc.sql("""
				UPDATE bay_bookings SET status = 'COMPLETED', completed_at = ?, sale_key = ?, bay_fee_cents = ?
				WHERE id = ? AND status = 'CONFIRMED'""")
			.params(SqlTime.of(at), saleKey, bayFee == null ? null : bayFee.cents(), id.value()).update() == 1;
	}

	/** Names of the people the mechanic has done jobs for, most recent first: the clients offered in the job form. */
	public List<String> clientsOf(MechanicId mechanic) {
		return jdbc.sql("""
				SELECT job_customer_name FROM bay_bookings WHERE mechanic_id = ? AND job_customer_name IS NOT NULL
				GROUP BY job_customer_name ORDER BY MAX(created_at) DESC""")
			.param(mechanic.value()).query(String.class).list().stream().limit(50).toList();
	}

	static Booking booking(ResultSet rs, int row) throws SQLException {
		Job job = null;
		if (rs.getString("job_customer_name") != null) {
			long customer = rs.getLong("job_customer_id");
			job = new Job(customer == 0 ? null : new CustomerId(customer), rs.getString("job_customer_name"),
					rs.getString("job_customer_contact"), rs.getString("job_vehicle"), rs.getString("job_description"),
					Money.ofCents(rs.getLong("job_labour_cents")), Money.ofCents(rs.getLong("job_parts_cents")));
		}
		long bayFee = rs.getLong("bay_fee_cents");
		boolean noBayFee = rs.wasNull();
		return new Booking(new BookingId(rs.getLong("id")), new WorkshopId(rs.getLong("workshop_id")), rs.getString("workshop_name"),
				ZoneId.of(rs.getString("time_zone")), new BayId(rs.getLong("bay_id")), rs.getString("bay_name"),
				new MechanicId(rs.getLong("mechanic_id")), rs.getString("mechanic_name"), new PartnershipId(rs.getLong("partnership_id")),
				ProgramType.valueOf(rs.getString("program_type")), SqlTime.instant(rs, "starts_at"), SqlTime.instant(rs, "ends_at"),
				SqlTime.instant(rs, "buffered_until"), BookingStatus.valueOf(rs.getString("status")), rs.getString("note"),
				rs.getString("decline_reason"), rs.getBoolean("cancelled_late"), rs.getBoolean("free_cancellation"),
				SqlTime.instant(rs, "created_at"), SqlTime.instant(rs, "confirmed_at"), SqlTime.instant(rs, "cancelled_at"),
				SqlTime.instant(rs, "rescheduled_at"), SqlTime.instant(rs, "completed_at"), job, rs.getString("sale_key"),
				noBayFee ? null : Money.ofCents(bayFee));
	}
}
