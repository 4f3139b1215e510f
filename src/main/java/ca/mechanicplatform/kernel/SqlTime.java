package ca.mechanicplatform.kernel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns. The PostgreSQL driver binds
 * {@link OffsetDateTime} but not {@link Instant}; both supported databases read and write UTC offsets exactly.
 */
public final class SqlTime {

	private SqlTime() {
	}

	public static OffsetDateTime of(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static final Pattern ZONE_ID = Pattern.compile("[A-Za-z0-9/_+-]+");

	/**
	 * An SQL expression for the calendar day of a {@code TIMESTAMP WITH TIME ZONE} column in {@code zone}, daylight
	 * saving included, to group by in an outer query (H2 requires that); read it back with {@link #localDay(ResultSet,
	 * String)}. PostgreSQL casts the local time to a DATE (the cheapest form, a few microseconds a row); H2 casts with the
	 * session's zone, so there the day is built from the fields of {@code AT TIME ZONE} as the integer {@code yyyymmdd}.
	 */
	public static String localDay(String column, ZoneId zone, boolean postgres) {
		String local = "(" + column + " AT TIME ZONE '" + zoneId(zone) + "')";
		return postgres ? "CAST(" + local + " AS DATE)" : "CAST(EXTRACT(YEAR FROM " + local + ") * 10000 + EXTRACT(MONTH FROM "
				+ local + ") * 100 + EXTRACT(DAY FROM " + local + ") AS INTEGER)";
	}

	/** The calendar month of a {@code TIMESTAMP WITH TIME ZONE} column in {@code zone}, as {@link #localDay} does days. */
	public static String localMonth(String column, ZoneId zone, boolean postgres) {
		return postgres ? "CAST(DATE_TRUNC('month', " + column + " AT TIME ZONE '" + zoneId(zone) + "') AS DATE)"
				: "(" + localDay(column, zone, false) + " / 100)";
	}

	/**
	 * {@link #localDay(String, ZoneId, boolean)} for a query that reads only instants in [{@code from}, {@code to}). On
	 * PostgreSQL the zone's offsets over that span are written into the expression (one fixed offset, or a {@code CASE}
	 * on the instants where the offset changes), so each row is shifted by a number instead of being looked up in the
	 * named zone, about twenty times cheaper a row; the offsets are the JVM's rules for the zone, the same ones
	 * {@code AccountingCalendar} places months with. The expression is wrong for instants outside the span.
	 */
	public static String localDay(String column, ZoneId zone, boolean postgres, Instant from, Instant to) {
		return postgres ? "CAST(" + localTime(column, zone, from, to) + " AS DATE)" : localDay(column, zone, false);
	}

	/** {@link #localMonth(String, ZoneId, boolean)} for instants in [{@code from}, {@code to}), as {@link #localDay(String, ZoneId, boolean, Instant, Instant)}. */
	public static String localMonth(String column, ZoneId zone, boolean postgres, Instant from, Instant to) {
		return postgres ? "CAST(DATE_TRUNC('month', " + localTime(column, zone, from, to) + ") AS DATE)"
				: localMonth(column, zone, false);
	}

	/** The local date and time of a column in the zone, from the zone's fixed offsets between {@code from} and {@code to}. */
	private static String localTime(String column, ZoneId zone, Instant from, Instant to) {
		ZoneRules rules = zone.getRules();
		StringBuilder cases = new StringBuilder();
		ZoneOffset offset = rules.getOffset(from);
		for (ZoneOffsetTransition change = rules.nextTransition(from); change != null && change.getInstant().isBefore(to);
				change = rules.nextTransition(change.getInstant())) {
			cases.append(" WHEN ").append(column).append(" < TIMESTAMP WITH TIME ZONE '").append(change.getInstant()).append("' THEN ")
				.append(atOffset(column, offset));
			offset = change.getOffsetAfter();
		}
		return cases.isEmpty() ? atOffset(column, offset) : "CASE" + cases + " ELSE " + atOffset(column, offset) + " END";
	}

	private static String atOffset(String column, ZoneOffset offset) {
		return "(" + column + " AT TIME ZONE INTERVAL '" + offset.getTotalSeconds() + " seconds')";
	}

	/** Reads a {@link #localDay} column. */
	public static LocalDate localDay(ResultSet rs, String column) throws SQLException {
		Object value = rs.getObject(column);
		if (value instanceof Number key) {
			int k = key.intValue();
			return LocalDate.of(k / 10000, k / 100 % 100, k % 100);
		}
		return rs.getObject(column, LocalDate.class);
	}

	/** Reads a {@link #localMonth} column. */
	public static YearMonth localMonth(ResultSet rs, String column) throws SQLException {
		Object value = rs.getObject(column);
		if (value instanceof Number key) {
			return YearMonth.of(key.intValue() / 100, key.intValue() % 100);
		}
		return YearMonth.from(rs.getObject(column, LocalDate.class));
	}

	/** Whether the database behind {@code dataSource} is PostgreSQL (the other supported one is H2). */
	public static boolean isPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database this is", e);
		}
	}

	private static String zoneId(ZoneId zone) {
		String id = zone.getId();
		if (!ZONE_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Unexpected time zone id " + id);
		}
		return id;
	}
}
