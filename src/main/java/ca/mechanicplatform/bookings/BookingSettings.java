package ca.mechanicplatform.bookings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.bookings.internal.BookingRuleRows;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

/**
 * A workshop's booking rules and blackout days. Only the workshop's admin changes them; every change is audited. A
 * change applies to bookings made or moved afterwards: existing bookings keep the buffer they were made with.
 */
@Service
public class BookingSettings {

	private final BookingRuleRows rows;
	private final Workshops workshops;
	private final AuditLog audit;
	private final Clock clock;

	BookingSettings(BookingRuleRows rows, Workshops workshops, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.workshops = workshops;
		this.audit = audit;
		this.clock = clock;
	}

	/** The workshop's rules, the defaults until its admin changes them. */
	public BookingRules rules(WorkshopId workshop) {
		return rows.of(workshop).orElse(BookingRules.DEFAULTS);
	}

	/**
	 * The admin replaces the workshop's rules.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field out of its limits; nothing changes
	 */
	@Transactional
	public BookingRules update(UserId admin, BookingRulesForm form) {
		Workshop workshop = workshops.mine(admin);
		InputCheck check = new InputCheck();
		int buffer = number(check, "bufferMinutes", form.bufferMinutes(), 0, BookingRules.MAX_BUFFER_MINUTES, "minutes");
		int min = number(check, "minLengthMinutes", form.minLengthMinutes(), 15, BookingRules.MAX_LENGTH_MINUTES, "minutes");
		int max = number(check, "maxLengthMinutes", form.maxLengthMinutes(), 15, BookingRules.MAX_LENGTH_MINUTES, "minutes");
		check.require(check.has("minLengthMinutes") || check.has("maxLengthMinutes") || min <= max, "maxLengthMinutes",
				"The longest booking cannot be shorter than the shortest");
		int notice = number(check, "minNoticeMinutes", form.minNoticeMinutes(), 0, 20160, "minutes");
		int ahead = number(check, "maxDaysAhead", form.maxDaysAhead(), 1, 365, "days");
		int cancellation = number(check, "cancellationNoticeHours", form.cancellationNoticeHours(), 0, 336, "hours");
		check.throwIfInvalid();
		BookingRules before = rules(workshop.id());
		BookingRules after = new BookingRules(buffer, min, max, notice, ahead, Boolean.TRUE.equals(form.autoConfirm()), cancellation);
		rows.save(workshop.id(), after, clock.instant());
		audit.record(admin, "booking-rules.updated", "workshop:" + workshop.id() + ":booking-rules", before.toString(), after.toString());
		return after;
	}

	/** The workshop's blackout days from {@code from} to {@code to}, inclusive. */
	public List<Blackout> blackouts(WorkshopId workshop, LocalDate from, LocalDate to) {
		return rows.blackouts(workshop, from, to);
	}

	/** The same as a map from day to reason. */
	public Map<LocalDate, String> blackoutDays(WorkshopId workshop, LocalDate from, LocalDate to) {
		Map<LocalDate, String> days = new LinkedHashMap<>();
		blackouts(workshop, from, to).forEach(b -> days.put(b.day(), b.reason()));
		return days;
	}

	/**
	 * The admin closes a day to bookings (or changes its reason). Existing bookings on that day stay: the workshop
	 * declines or moves them itself.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException on {@code day} (not a date, or in the past) or
	 *                                                         {@code reason} (blank, too long)
	 */
	@Transactional
	public Blackout addBlackout(UserId admin, String day, String reason) {
		Workshop workshop = workshops.mine(admin);
		InputCheck check = new InputCheck();
		LocalDate date = check.parse("day", day, BookingSettings::date);
		LocalDate today = LocalDate.now(clock.withZone(workshop.timeZone()));
		check.require(date == null || !date.isBefore(today), "day", "Choose today or a later day");
		String why = check.text("reason", reason, 200, "Say why the workshop is closed, like \"Statutory holiday\"");
		check.throwIfInvalid();
		rows.addBlackout(workshop.id(), date, why);
		audit.record(admin, "booking-blackout.added", "workshop:" + workshop.id() + ":blackout:" + date, null, why);
		return new Blackout(date, why);
	}

	/**
	 * The admin opens a blackout day again.
	 *
	 * @throws NotFoundException if the day is not a blackout day of the admin's workshop
	 */
	@Transactional
	public void removeBlackout(UserId admin, String day) {
		Workshop workshop = workshops.mine(admin);
		InputCheck check = new InputCheck();
		LocalDate date = check.parse("day", day, BookingSettings::date);
		check.throwIfInvalid();
		if (!rows.removeBlackout(workshop.id(), date)) {
			throw NotFoundException.of("Blackout day", date);
		}
		audit.record(admin, "booking-blackout.removed", "workshop:" + workshop.id() + ":blackout:" + date, date.toString(), null);
	}

	static LocalDate date(String raw) {
		try {
			return LocalDate.parse(raw == null ? "" : raw.trim());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Enter a date as YYYY-MM-DD, like 2026-12-25");
		}
	}

	private static int number(InputCheck check, String field, Integer value, int min, int max, String unit) {
		check.require(value != null, field, "Enter a number of " + unit);
		check.require(value == null || (value >= min && value <= max), field, "Enter " + min + " to " + max + " " + unit);
		return value == null ? 0 : value;
	}
}
