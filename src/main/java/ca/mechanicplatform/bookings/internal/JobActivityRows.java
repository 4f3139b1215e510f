package ca.mechanicplatform.bookings.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;

/** Counts over a mechanic's completed bay bookings, grouped in SQL, for analytics. */
@Repository
public class JobActivityRows {

	private final JdbcClient jdbc;
	private final boolean postgres;

	JobActivityRows(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = SqlTime.isPostgres(dataSource);
	}

	/** Bookings the mechanic completed in [from, to), per day in {@code zone}. */
	public Map<LocalDate, Long> completedByDay(MechanicId mechanic, Instant from, Instant to, ZoneId zone) {
		Map<LocalDate, Long> days = new TreeMap<>();
		jdbc.sql("""
				SELECT day_key, COUNT(*) AS jobs
				FROM (SELECT %s AS day_key FROM bay_bookings
				      WHERE mechanic_id = ? AND status = 'COMPLETED' AND completed_at >= ? AND completed_at < ?) b
				GROUP BY day_key""".formatted(SqlTime.localDay("completed_at", zone, postgres, from, to)))
			.params(mechanic.value(), SqlTime.of(from), SqlTime.of(to))
			.query(rs -> {
				days.put(SqlTime.localDay(rs, "day_key"), rs.getLong("jobs"));
			});
		return days;
	}
}
