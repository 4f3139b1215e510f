package ca.mechanicplatform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.kernel.Money;

/**
 * Formatting for templates, reachable as {@code ${@fmt.dateTime(instant)}}. Times are shown in the zone that
 * matters for the thing shown (a workshop's zone for its bookings); without one, in UTC, labelled as such.
 */
@Component("fmt")
public class Formats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.CANADA);
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.CANADA);

	public String dateTime(Instant instant) {
		return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneOffset.UTC)) + " UTC";
	}

	public String dateTime(Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		var at = instant.atZone(ZoneId.of(zone));
		return DATE_TIME.format(at) + " " + at.getZone().getDisplayName(java.time.format.TextStyle.SHORT, Locale.CANADA);
	}

	public String date(Instant instant) {
		return instant == null ? "" : DATE.format(instant.atZone(ZoneOffset.UTC));
	}

	/** A length of time for people to read: "under a minute", "45 min", "3 h 12 min", "2 d 4 h". */
	public String duration(java.time.Duration duration) {
		if (duration == null) {
			return "";
		}
		long minutes = Math.max(0, duration.toMinutes());
		if (minutes < 1) {
			return "under a minute";
		}
		if (minutes < 60) {
			return minutes + " min";
		}
		long hours = minutes / 60;
		if (hours < 24) {
			return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
		}
		return hours / 24 + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
	}

	/** A calendar date: "Jun 30, 2027". */
	public String date(java.time.LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	public String money(Money money) {
		return money == null ? "" : money.toString();
	}

	public String money(long cents) {
		return Money.ofCents(cents).toString();
	}
}
