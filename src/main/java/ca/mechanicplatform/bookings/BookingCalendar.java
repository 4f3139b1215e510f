package ca.mechanicplatform.bookings;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import ca.mechanicplatform.workshops.OpeningHours;
import ca.mechanicplatform.workshops.WeeklyHours;

/**
 * Time in a workshop's zone: its opening windows as instants, free time between bookings, and reading and writing the
 * times people type. Opening hours are local wall-clock times, so each day's window is computed in the zone for that
 * very date: a daylight-saving change never shifts the hours, and a day's window is an hour shorter or longer instead.
 * A day that closes at 23:59 is open until midnight, so a booking may run across midnight into a day that opens at 00:00.
 */
public final class BookingCalendar {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm zzz", Locale.CANADA);
	private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.CANADA);

	private BookingCalendar() {
	}

	/** The workshop's open windows from {@code from} to {@code to} (inclusive dates), blackout days left out, merged. */
	public static List<Interval> openWindows(WeeklyHours hours, Set<LocalDate> blackouts, LocalDate from, LocalDate to) {
		ZoneId zone = hours.zone();
		List<Interval> windows = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (blackouts.contains(day)) {
				continue;
			}
			var open = hours.on(day.getDayOfWeek());
			if (open.isEmpty()) {
				continue;
			}
			OpeningHours h = open.get();
			Instant opens = ZonedDateTime.of(day, h.opens(), zone).toInstant();
			Instant closes = untilMidnight(h.closes()) ? day.plusDays(1).atStartOfDay(zone).toInstant()
					: ZonedDateTime.of(day, h.closes(), zone).toInstant();
			if (closes.isAfter(opens)) {
				windows.add(new Interval(opens, closes));
			}
		}
		return merge(windows);
	}

	static boolean untilMidnight(LocalTime closes) {
		return !closes.isBefore(LocalTime.of(23, 59));
	}

	/** Touching or overlapping intervals joined, in order. */
	public static List<Interval> merge(List<Interval> intervals) {
		List<Interval> sorted = new ArrayList<>(intervals);
		sorted.sort(Comparator.comparing(Interval::start));
		List<Interval> merged = new ArrayList<>();
		for (Interval next : sorted) {
			if (!merged.isEmpty() && !next.start().isAfter(merged.get(merged.size() - 1).end())) {
				Interval last = merged.remove(merged.size() - 1);
				merged.add(new Interval(last.start(), next.end().isAfter(last.end()) ? next.end() : last.end()));
			}
			else {
				merged.add(next);
			}
		}
		return merged;
	}

	/** {@code windows} minus {@code busy}, keeping only pieces of at least {@code minimum} that start no earlier than {@code earliest}. */
	public static List<Interval> subtract(List<Interval> windows, List<Interval> busy, Instant earliest, Instant latestStart,
			java.time.Duration minimum) {
		List<Interval> blocked = merge(busy);
		List<Interval> free = new ArrayList<>();
		for (Interval window : windows) {
			Instant cursor = window.start().isBefore(earliest) ? earliest : window.start();
			for (Interval b : blocked) {
				if (!b.end().isAfter(cursor) || !b.start().isBefore(window.end())) {
					continue;
				}
				if (b.start().isAfter(cursor)) {
					add(free, cursor, b.start(), latestStart, minimum);
				}
				if (b.end().isAfter(cursor)) {
					cursor = b.end();
				}
			}
			if (cursor.isBefore(window.end())) {
				add(free, cursor, window.end(), latestStart, minimum);
			}
		}
		return free;
	}

	private static void add(List<Interval> free, Instant start, Instant end, Instant latestStart, java.time.Duration minimum) {
		if (start.isAfter(latestStart) || !end.isAfter(start) || java.time.Duration.between(start, end).compareTo(minimum) < 0) {
			return;
		}
		free.add(new Interval(start, end));
	}

	/**
	 * Reads a time someone typed: an instant with an offset or {@code Z}, or a local date-time in the zone.
	 *
	 * @throws IllegalArgumentException with a message for the person when it is not a time or does not exist locally
	 */
	public static Instant parse(String raw, ZoneId zone) {
		String text = raw == null ? "" : raw.trim();
		if (text.isEmpty()) {
			throw new IllegalArgumentException("Enter a date and time, like 2026-05-04T09:00");
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notWithOffset) {
			try {
				LocalDateTime local = LocalDateTime.parse(text);
				if (zone.getRules().getValidOffsets(local).isEmpty()) {
					throw new IllegalArgumentException(local.toLocalDate() + " " + local.toLocalTime()
							+ " does not exist in " + zone.getId() + " (the clocks skip it when daylight saving time starts)");
				}
				return ZonedDateTime.ofLocal(local, zone, null).withEarlierOffsetAtOverlap().toInstant();
			}
			catch (DateTimeException e) {
				throw new IllegalArgumentException("Enter a date and time, like 2026-05-04T09:00");
			}
		}
	}

	/** "Sun 8 Mar 2026 01:00 EST" in the zone. */
	public static String show(Instant instant, ZoneId zone) {
		return SHOWN.format(instant.atZone(zone));
	}

	/** "Sun 8 Mar 2026 01:00 EST – 04:00 EDT", or with the end's date when it is another day. */
	public static String show(Interval interval, ZoneId zone) {
		ZonedDateTime start = interval.start().atZone(zone);
		ZonedDateTime end = interval.end().atZone(zone);
		return SHOWN.format(start) + " – " + (start.toLocalDate().equals(end.toLocalDate()) ? SHOWN_TIME : SHOWN).format(end);
	}
}
