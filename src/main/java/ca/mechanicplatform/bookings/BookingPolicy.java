package ca.mechanicplatform.bookings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.workshops.WeeklyHours;

/**
 * The workshop's rules a mechanic's booking must keep: length, notice, how far ahead, blackout days and opening
 * hours. Every broken rule is reported against the {@code start} or {@code end} field, all at once.
 */
public final class BookingPolicy {

	private BookingPolicy() {
	}

	/** Checks {@code booking} at {@code now}, recording problems in {@code check}. */
	public static void check(InputCheck check, Interval booking, BookingRules rules, WeeklyHours hours,
			Map<LocalDate, String> blackouts, Instant now) {
		ZoneId zone = hours.zone();
		Duration length = booking.length();
		check.require(length.toMinutes() >= rules.minLengthMinutes(), "end",
				"A booking lasts at least " + minutes(rules.minLengthMinutes()) + "; this one is " + minutes(length.toMinutes()));
		check.require(length.toMinutes() <= rules.maxLengthMinutes(), "end",
				"A booking lasts at most " + minutes(rules.maxLengthMinutes()) + "; this one is " + minutes(length.toMinutes()));
		check.require(!booking.start().isBefore(now.plus(rules.minNotice())), "start", rules.minNoticeMinutes() == 0
				? "The start is in the past" : "Book at least " + minutes(rules.minNoticeMinutes()) + " before the start");
		check.require(!booking.start().isAfter(now.plus(Duration.ofDays(rules.maxDaysAhead()))), "start",
				"Bookings open " + rules.maxDaysAhead() + " days ahead; choose an earlier start");
		LocalDate first = booking.start().atZone(zone).toLocalDate();
		LocalDate last = booking.end().minusNanos(1).atZone(zone).toLocalDate();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (blackouts.containsKey(day)) {
				check.require(false, "start", "The workshop takes no bookings on " + day + " (" + blackouts.get(day) + ")");
			}
		}
		if (check.has("start")) {
			return;
		}
		List<Interval> windows = BookingCalendar.openWindows(hours, blackouts.keySet(), first.minusDays(1), last.plusDays(1));
		boolean inside = windows.stream().anyMatch(window -> window.contains(booking));
		check.require(inside, "start", "The workshop is not open for the whole of " + BookingCalendar.show(booking, zone)
				+ "; see its opening hours");
	}

	static String minutes(long minutes) {
		if (minutes % 60 == 0) {
			return minutes / 60 + (minutes == 60 ? " hour" : " hours");
		}
		return minutes + " minutes";
	}
}
