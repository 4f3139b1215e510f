package ca.mechanicplatform.analytics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import ca.mechanicplatform.kernel.InputCheck;

/**
 * The days an analytics report covers, both included, in the platform's accounting time zone. Without dates it is the
 * last 12 months: from the first day of the month eleven months ago to today, as on the earnings page.
 */
public record AnalyticsPeriod(LocalDate from, LocalDate to) {

	public static final int MAX_YEARS = 3;

	/**
	 * Reads {@code YYYY-MM-DD} dates; blank ones take the defaults (to: today; from: the first day of the month eleven
	 * months before {@code to}).
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming each field at fault: a malformed date, from after
	 *         to, or a period longer than {@value #MAX_YEARS} years
	 */
	public static AnalyticsPeriod of(String from, String to, LocalDate today) {
		InputCheck check = new InputCheck();
		LocalDate end = blank(to) ? today : check.parse("to", to.trim(), AnalyticsPeriod::date);
		LocalDate start = blank(from) ? (end == null ? null : end.minusMonths(11).withDayOfMonth(1))
				: check.parse("from", from.trim(), AnalyticsPeriod::date);
		if (start != null && end != null) {
			check.require(!start.isAfter(end), "from", "The start must be on or before the end");
			check.require(end.isBefore(start.plusYears(MAX_YEARS)), "to", "Choose a period of at most " + MAX_YEARS + " years");
		}
		check.throwIfInvalid();
		return new AnalyticsPeriod(start, end);
	}

	/** How many days the period has. */
	public long days() {
		return to.toEpochDay() - from.toEpochDay() + 1;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Enter a date as YYYY-MM-DD, e.g. 2026-01-31");
		}
	}
}
