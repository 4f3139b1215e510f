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
import ca.mechanicplatform.consultations.SessionActivity;
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

	/**
	 * Consultations the mechanic completed in [from, to), per day in {@code zone}, and their ratings by number of stars,
	 * from the index on (mechanic, status, completed_at, rating) alone.
	 */
	public SessionActivity inPeriod(MechanicId mechanic, Instant from, Instant to, ZoneId zone) {
		Map<LocalDate, Long> days = new TreeMap<>();
		long[] stars = new long[6];
		jdbc.sql("""
				SELECT day_key, COUNT(*) AS sessions,
				       SUM(CASE WHEN rating = 1 THEN 1 ELSE 0 END) AS one_star, SUM(CASE WHEN rating = 2 THEN 1 ELSE 0 END) AS two_stars,
				       SUM(CASE WHEN rating = 3 THEN 1 ELSE 0 END) AS three_stars, SUM(CASE WHEN rating = 4 THEN 1 ELSE 0 END) AS four_stars,
				       SUM(CASE WHEN rating = 5 THEN 1 ELSE 0 END) AS five_stars
				FROM (SELECT %s AS day_key, rating FROM consultations
				      WHERE mechanic_id = ? AND status = 'COMPLETED' AND completed_at >= ? AND completed_at < ?) c
				GROUP BY day_key""".formatted(SqlTime.localDay("completed_at", zone, postgres, from, to)))
			.params(mechanic.value(), SqlTime.of(from), SqlTime.of(to))
			.query(rs -> {
				days.put(SqlTime.localDay(rs, "day_key"), rs.getLong("sessions"));
				stars[1] += rs.getLong("one_star");
				stars[2] += rs.getLong("two_stars");
				stars[3] += rs.getLong("three_stars");
				stars[4] += rs.getLong("four_stars");
				stars[5] += rs.getLong("five_stars");
			});
		return new SessionActivity(days, new RatingCounts(stars[1], stars[2], stars[3], stars[4], stars[5]));
	}
}
