package ca.mechanicplatform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The day and month of an instant written with the zone's fixed offsets over a period agree, on PostgreSQL, with the
 * named zone's for every quarter of an hour of three years, daylight saving changes included.
 */
class SqlTimeTests {

	private static final String URL = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	@ParameterizedTest
	@ValueSource(strings = { "America/Toronto", "America/St_Johns", "America/Regina", "America/Vancouver", "UTC", "Asia/Kathmandu" })
	void aPeriodsOffsetsGiveTheSameDaysAndMonthsAsTheNamedZone(String zoneId) throws Exception {
		ZoneId zone = ZoneId.of(zoneId);
		Instant from = LocalDate.of(2024, 1, 1).atStartOfDay(zone).toInstant();
		Instant to = LocalDate.of(2026, 12, 31).atStartOfDay(zone).toInstant();
		String named = "(t AT TIME ZONE '" + zoneId + "')";
		String sql = "SELECT COUNT(*) AS instants, SUM(CASE WHEN " + SqlTime.localDay("t", zone, true, from, to) + " <> CAST(" + named
				+ " AS DATE) THEN 1 ELSE 0 END) AS other_days, SUM(CASE WHEN " + SqlTime.localMonth("t", zone, true, from, to)
				+ " <> CAST(DATE_TRUNC('month', " + named + ") AS DATE) THEN 1 ELSE 0 END) AS other_months "
				+ "FROM generate_series(?, ?, INTERVAL '15 minutes') AS g(t)";
		try (Connection connection = DriverManager.getConnection(URL, env("TEST_POSTGRES_USER", "postgres"), env("TEST_POSTGRES_PASSWORD", ""));
				PreparedStatement query = connection.prepareStatement(sql)) {
			query.setObject(1, SqlTime.of(from));
			query.setObject(2, SqlTime.of(to.minusNanos(1000)));
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				assertThat(rs.getLong("instants")).isGreaterThan(100_000);
				assertThat(rs.getLong("other_days")).isZero();
				assertThat(rs.getLong("other_months")).isZero();
			}
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
