package ca.mechanicplatform.kernel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

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
	 * An SQL expression for the calendar day of a {@code TIMESTAMP WITH TIME ZONE} column in {@code zone}, as the
	 * integer {@code yyyymmdd} (so {@code / 100} is {@code yyyymm}). Both supported databases read the fields of
	 * {@code AT TIME ZONE} in that zone, daylight saving included; group by it in an outer query, which H2 requires.
	 */
	public static String localDayKey(String column, ZoneId zone) {
		String id = zone.getId();
		if (!ZONE_ID.matcher(id).matches()) {
			throw new IllegalArgumentException("Unexpected time zone id " + id);
		}
		String local = "(" + column + " AT TIME ZONE '" + id + "')";
		return "CAST(EXTRACT(YEAR FROM " + local + ") * 10000 + EXTRACT(MONTH FROM " + local + ") * 100 + EXTRACT(DAY FROM "
				+ local + ") AS INTEGER)";
	}

	/** The day of a {@link #localDayKey} value. */
	public static LocalDate day(int key) {
		return LocalDate.of(key / 10000, key / 100 % 100, key % 100);
	}
}
