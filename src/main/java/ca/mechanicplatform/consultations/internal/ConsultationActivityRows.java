package ca.mechanicplatform.consultations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.consultations.RatingCounts;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;

/** Counts over a mechanic's completed consultations, grouped in SQL, for analytics. */
@Repository
public class ConsultationActivityRows {

	private final JdbcClient jdbc;
	private final boolean postgres;

	ConsultationActivityRows(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = SqlTime.isPostgres(dataSource);
	}

	/** Consultations the mechanic completed in [from, to), per day in {@code zone}. */
	public Map<LocalDate, Long> completedByDay(MechanicId mechanic, Instant from, Instant to, ZoneId zone) {
		Map<LocalDate, Long> days = new TreeMap<>();
		jdbc.sql("""
				SELECT day_key, COUNT(*) AS sessions
				FROM (SELECT %s AS day_key FROM consultations
				      WHERE mechanic_id = ? AND status = 'COMPLETED' AND completed_at >= ? AND completed_at < ?) c
				GROUP BY day_key""".formatted(SqlTime.localDay("completed_at", zone, postgres)))
			.params(mechanic.value(), SqlTime.of(from), SqlTime.of(to))
			.query(rs -> {
				days.put(SqlTime.localDay(rs, "day_key"), rs.getLong("sessions"));
			});
		return days;
	}

	/** The ratings of consultations the mechanic completed in [from, to), by number of stars. */
	public RatingCounts ratings(MechanicId mechanic, Instant from, Instant to) {
		long[] stars = new long[6];
		jdbc.sql("""
				SELECT rating, COUNT(*) AS ratings FROM consultations
				WHERE mechanic_id = ? AND status = 'COMPLETED' AND completed_at >= ? AND completed_at < ? AND rating IS NOT NULL
				GROUP BY rating""")
			.params(mechanic.value(), SqlTime.of(from), SqlTime.of(to))
			.query(rs -> {
				stars[rs.getInt("rating")] = rs.getLong("ratings");
			});
		return new RatingCounts(stars[1], stars[2], stars[3], stars[4], stars[5]);
	}
}
