package ca.mechanicplatform.crm.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.crm.ClientMonth;
import ca.mechanicplatform.crm.ClientPeriod;
import ca.mechanicplatform.crm.ClientRetention;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;

/**
 * New, returning and retained clients from a mechanic's visits ({@code client_visits}), in one pass over the period's
 * visits (the index {@code client_visits_by_mechanic_time}), each carrying its client's previous and next visit
 * ({@code ClientRows#addVisit} keeps them in step); a visit whose previous one is before the period (or the month) is its
 * client's first there, the anchor. The anchor is the client's first visit
 * ever when it has no previous visit; the client came back when the next visit follows the anchor by at most the
 * retention window.
 */
@Repository
public class ClientActivityRows {

	private final JdbcClient jdbc;
	private final boolean postgres;

	ClientActivityRows(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = SqlTime.isPostgres(dataSource);
	}

	/**
	 * Per month in {@code zone} with visits in [from, to): clients, new ones, and retention from each client's first visit
	 * in the month (a visit with no previous one in the month and the period); with the same for the period from each
	 * client's first visit in it (no previous one in the period), added up over the months since each such visit is also
	 * its client's first in its month. {@code judgedUntil} is the latest anchor whose window is over. Every visit of the
	 * period reaches the grouping, counted by its flags rather than filtered out first: PostgreSQL then expects a row per
	 * visit and groups them in a hash table, where a filter made it expect a few rows and sort them all by month.
	 */
	public ClientPeriod inPeriod(MechanicId mechanic, Instant from, Instant to, ZoneId zone, int windowHours, Instant judgedUntil) {
		String returned = "occurred_at <= :judgedUntil AND next_at > occurred_at AND next_at <= occurred_at + INTERVAL '%d' HOUR"
			.formatted(windowHours);
		List<long[]> periodParts = new ArrayList<>();
		List<ClientMonth> months = jdbc.sql("""
				SELECT month_key, SUM(first_in_month) AS clients,
				       SUM(CASE WHEN previous_at IS NULL THEN 1 ELSE 0 END) AS new_clients,
				       SUM(CASE WHEN first_in_month = 1 AND occurred_at <= :judgedUntil THEN 1 ELSE 0 END) AS judged,
				       SUM(CASE WHEN first_in_month = 1 AND %1$s THEN 1 ELSE 0 END) AS returned,
				       SUM(first_in_period) AS period_clients,
				       SUM(CASE WHEN first_in_period = 1 AND occurred_at <= :judgedUntil THEN 1 ELSE 0 END) AS period_judged,
				       SUM(CASE WHEN first_in_period = 1 AND %1$s THEN 1 ELSE 0 END) AS period_returned
				FROM (SELECT occurred_at, previous_at, next_at, month_key,
				             CASE WHEN previous_at IS NULL OR previous_at < :from THEN 1 ELSE 0 END AS first_in_period,
				             CASE WHEN previous_at IS NULL OR previous_at < :from THEN 1
				                  WHEN %2$s <> month_key THEN 1 ELSE 0 END AS first_in_month
				      FROM (SELECT occurred_at, previous_at, next_at, %3$s AS month_key
				            FROM client_visits WHERE mechanic_id = :mechanic AND occurred_at >= :from AND occurred_at < :to) p) a
				GROUP BY month_key ORDER BY month_key""".formatted(returned, SqlTime.localMonth("previous_at", zone, postgres, from, to),
						SqlTime.localMonth("occurred_at", zone, postgres, from, to)))
			.param("mechanic", mechanic.value())
			.param("from", SqlTime.of(from))
			.param("to", SqlTime.of(to))
			.param("judgedUntil", SqlTime.of(judgedUntil))
			.query((rs, i) -> {
				periodParts.add(new long[] { rs.getLong("period_clients"), rs.getLong("new_clients"), rs.getLong("period_judged"),
						rs.getLong("period_returned") });
				return new ClientMonth(SqlTime.localMonth(rs, "month_key"), rs.getLong("clients"), rs.getLong("new_clients"),
						rs.getLong("judged"), rs.getLong("returned"));
			})
			.list();
		long[] overall = new long[4];
		for (long[] part : periodParts) {
			for (int i = 0; i < 4; i++) {
				overall[i] += part[i];
			}
		}
		return new ClientPeriod(new ClientRetention(overall[0], overall[1], overall[2], overall[3]), months);
	}
}
