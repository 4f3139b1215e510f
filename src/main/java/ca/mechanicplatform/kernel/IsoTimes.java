package ca.mechanicplatform.kernel;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * ISO-8601 text of instants, exactly as {@link DateTimeFormatter#ISO_INSTANT} and {@link OffsetDateTime#toString()}
 * write it, without their general-purpose formatting machinery: a calendar or a booking list writes several such
 * strings per row, and in a profile of the availability endpoint the JDK's formatting was about a quarter of the time
 * spent below its controller. Years outside 0000–9999 fall back to the JDK.
 */
public final class IsoTimes {

	private static final long SECONDS_PER_DAY = 86_400;
	/** 0000-01-01 and 9999-12-31 as epoch days. */
	private static final long MIN_DAY = -719_528;
	private static final long MAX_DAY = 2_932_896;

	private IsoTimes() {
	}

	/** The same text as {@code instant.toString()}: UTC, seconds always, the fraction in groups of three digits. */
	public static String instant(Instant instant) {
		long seconds = instant.getEpochSecond();
		long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
		if (day < MIN_DAY || day > MAX_DAY) {
			return DateTimeFormatter.ISO_INSTANT.format(instant);
		}
		StringBuilder text = new StringBuilder(30);
		int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
		date(text, day);
		text.append('T');
		two(text, secondOfDay / 3600);
		text.append(':');
		two(text, secondOfDay / 60 % 60);
		text.append(':');
		two(text, secondOfDay % 60);
		fraction(text, instant.getNano());
		return text.append('Z').toString();
	}

	/**
	 * The same text as {@code instant.atZone(zone).toOffsetDateTime().toString()}: the local date and time in the zone,
	 * seconds only when not zero, and the zone's offset at that instant ({@code Z} for UTC).
	 */
	public static String local(Instant instant, ZoneId zone) {
		ZoneOffset offset = zone.getRules().getOffset(instant);
		long seconds = instant.getEpochSecond() + offset.getTotalSeconds();
		long day = Math.floorDiv(seconds, SECONDS_PER_DAY);
		if (day < MIN_DAY || day > MAX_DAY) {
			return instant.atZone(zone).toOffsetDateTime().toString();
		}
		StringBuilder text = new StringBuilder(32);
		int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
		int nano = instant.getNano();
		date(text, day);
		text.append('T');
		two(text, secondOfDay / 3600);
		text.append(':');
		two(text, secondOfDay / 60 % 60);
		if (secondOfDay % 60 > 0 || nano > 0) {
			text.append(':');
			two(text, secondOfDay % 60);
			fraction(text, nano);
		}
		return text.append(offset.getId()).toString();
	}

	/** yyyy-MM-dd of an epoch day (proleptic Gregorian; the civil-from-days algorithm, as LocalDate's). */
	private static void date(StringBuilder text, long epochDay) {
		long zeroDay = epochDay + 719_528 - 60;
		long era = Math.floorDiv(zeroDay, 146_097);
		long dayOfEra = zeroDay - era * 146_097;
		long yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
		long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
		long monthIndex = (5 * dayOfYear + 2) / 153;
		int dayOfMonth = (int) (dayOfYear - (153 * monthIndex + 2) / 5 + 1);
		int month = (int) (monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
		long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
		int y = (int) year;
		text.append((char) ('0' + y / 1000)).append((char) ('0' + y / 100 % 10)).append((char) ('0' + y / 10 % 10))
			.append((char) ('0' + y % 10)).append('-');
		two(text, month);
		text.append('-');
		two(text, dayOfMonth);
	}

	private static void two(StringBuilder text, int value) {
		text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

	/** Nothing for whole seconds, else a dot and 3, 6 or 9 digits: as few groups of three as the value needs. */
	private static void fraction(StringBuilder text, int nano) {
		if (nano == 0) {
			return;
		}
		int digits;
		int value;
		if (nano % 1_000_000 == 0) {
			digits = 3;
			value = nano / 1_000_000;
		}
		else if (nano % 1_000 == 0) {
			digits = 6;
			value = nano / 1_000;
		}
		else {
			digits = 9;
			value = nano;
		}
		text.append('.');
		char[] out = new char[digits];
		for (int i = digits - 1; i >= 0; i--) {
			out[i] = (char) ('0' + value % 10);
			value /= 10;
		}
		text.append(out);
	}
}
