package ca.mechanicplatform.crm.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.crm.ClientMonth;
import ca.mechanicplatform.crm.ClientRetention;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;

/**
 * New, returning and retained clients from a mechanic's visits ({@code client_visits}), in one pass over the mechanic's
 * visits in client and time order (the index {@code client_visits_by_mechanic_client}): each visit with the client's
 * previous and next visit ({@code LAG}, {@code LEAD}), then only the period's visits, the first one per client (and
 * month) being the anchor. The anchor is the client's first visit ever when it has no previous visit; the client came
 * back when the next visit follows the anchor by at most the retention window.
 */
@Repository
public class ClientActivityRows {

	/** Every visit of the mechanic with the same client's previous and next visit. */
	private static final String VISITS = """
			SELECT client_id, occurred_at,
			       LAG(occurred_at) OVER (PARTITION BY client_id ORDER BY occurred_at) AS previous_at,
			       LEAD(occurred_at) OVER (PARTITION BY client_id ORDER BY occurred_at) AS next_at
			FROM client_visits WHERE mechanic_id = ?""";

	private static final String FIGURES = """
			COUNT(*) AS clients,
			COALESCE(SUM(CASE WHEN previous_at IS NULL THEN 1 ELSE 0 END), 0) AS new_clients,
			COALESCE(SUM(CASE WHEN occurred_at <= ? THEN 1 ELSE 0 END), 0) AS judged,
			COALESCE(SUM(CASE WHEN occurred_at <= ? AND next_at > occurred_at
			    AND next_at <= occurred_at + INTERVAL '%d' HOUR THEN 1 ELSE 0 END), 0) AS returned""";

	private final JdbcClient jdbc;
	private final boolean postgres;

	ClientActivityRows(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = SqlTime.isPostgres(dataSource);
	}

	/**
	 * Per month in {@code zone} with visits in [from, to): clients, new ones, and retention from each client's first visit
	 * in the month; {@code judgedUntil} is the latest anchor whose window is over.
	 */
	public List<ClientMonth> byMonth(MechanicId mechanic, Instant from, Instant to, ZoneId zone, int windowHours, Instant judgedUntil) {
		return jdbc.sql(("""
				SELECT month_key, %s
				FROM (SELECT occurred_at, previous_at, next_at, month_key,
				             ROW_NUMBER() OVER (PARTITION BY client_id, month_key ORDER BY occurred_at) AS nth
				      FROM (SELECT client_id, occurred_at, previous_at, next_at, %s AS month_key
				            FROM (%s) v WHERE occurred_at >= ? AND occurred_at < ?) p) a
				WHERE nth = 1
				GROUP BY month_key ORDER BY month_key""").formatted(FIGURES.formatted(windowHours),
						SqlTime.localMonth("occurred_at", zone, postgres), VISITS))
			.params(SqlTime.of(judgedUntil), SqlTime.of(judgedUntil), mechanic.value(), SqlTime.of(from), SqlTime.of(to))
			.query((rs, i) -> new ClientMonth(SqlTime.localMonth(rs, "month_key"), rs.getLong("clients"), rs.getLong("new_clients"),
					rs.getLong("judged"), rs.getLong("returned")))
			.list();
	}

	/** The same over the whole of [from, to), from each client's first visit in it. */
	public ClientRetention overPeriod(MechanicId mechanic, Instant from, Instant to, int windowHours, Instant judgedUntil) {
		return jdbc.sql(("""
				SELECT %s
				FROM (SELECT occurred_at, previous_at, next_at,
				             ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY occurred_at) AS nth
				      FROM (%s) v WHERE occurred_at >= ? AND occurred_at < ?) a
				WHERE nth = 1""").formatted(FIGURES.formatted(windowHours), VISITS))
			.params(SqlTime.of(judgedUntil), SqlTime.of(judgedUntil), mechanic.value(), SqlTime.of(from), SqlTime.of(to))
			.query((rs, i) -> new ClientRetention(rs.getLong("clients"), rs.getLong("new_clients"), rs.getLong("judged"),
					rs.getLong("returned")))
			.single();
	}
}
