package ca.mechanicplatform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.UserId;

/**
 * A search of the audit log; every filter is optional. Entries come newest first.
 *
 * @param actor        only changes made by this person (a user id)
 * @param platformOnly only changes made by the platform itself (no actor)
 * @param action       action prefix, e.g. {@code payout.} or {@code certification.approved}
 * @param subject      subject prefix, e.g. {@code mechanic:12}
 * @param from         entries at or after this instant
 * @param until        entries before this instant
 * @param page         zero-based page
 * @param size         entries per page, 1 to 200
 */
public record AuditQuery(Long actor, boolean platformOnly, String action, String subject, Instant from, Instant until,
		int page, int size) {

	public static final int DEFAULT_SIZE = 50;
	public static final int MAX_SIZE = 200;
	static final int MAX_PAGE_NUMBER = 100_000;

	/**
	 * A query from the filters as typed on the page or in the API's query string. {@code actor} is {@code platform}
	 * (changes the platform made by itself), a user id or an e-mail address ({@code people} finds its account; an
	 * unknown address matches nothing). {@code from} and {@code to} are days, both included, in {@code zone}.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming each filter that cannot be read
	 */
	public static AuditQuery parse(String actor, String action, String subject, String from, String to, String page,
			String size, ZoneId zone, Function<String, Optional<UserId>> people) {
		InputCheck check = new InputCheck();
		String who = check.optionalText("actor", actor, 254);
		Long actorId = null;
		boolean platformOnly = false;
		if (who != null && !check.has("actor")) {
			if (who.equalsIgnoreCase("platform")) {
				platformOnly = true;
			}
			else if (who.chars().allMatch(Character::isDigit)) {
				actorId = check.parse("actor", who, text -> new UserId(Long.parseLong(text)).value());
			}
			else {
				// Nobody has id 0, so an unknown address finds no entry rather than every entry.
				actorId = people.apply(who).map(UserId::value).orElse(0L);
			}
		}
		LocalDate firstDay = day(check, "from", from);
		LocalDate lastDay = day(check, "to", to);
		check.require(firstDay == null || lastDay == null || !firstDay.isAfter(lastDay), "to", "End on or after the first day");
		int pageNumber = number(check, "page", page, 0);
		int pageSize = number(check, "size", size, DEFAULT_SIZE);
		check.require(check.has("page") || (pageNumber >= 0 && pageNumber <= MAX_PAGE_NUMBER), "page", "Pages start at 0");
		check.require(check.has("size") || (pageSize >= 1 && pageSize <= MAX_SIZE), "size", "Ask for 1 to " + MAX_SIZE
				+ " entries a page");
		check.throwIfInvalid();
		return new AuditQuery(actorId, platformOnly, check.optionalText("action", action, 80),
				check.optionalText("subject", subject, 200), firstDay == null ? null : firstDay.atStartOfDay(zone).toInstant(),
				lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(zone).toInstant(), pageNumber, pageSize);
	}

	private static LocalDate day(InputCheck check, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value.trim());
			check.require(day.getYear() >= 2000 && day.getYear() <= 2200, field, "Enter a day between 2000 and 2200");
			return day;
		}
		catch (java.time.format.DateTimeParseException e) {
			check.require(false, field, "Enter a day as yyyy-mm-dd");
			return null;
		}
	}

	private static int number(InputCheck check, String field, String value, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			check.require(false, field, "Enter a whole number");
			return otherwise;
		}
	}
}
