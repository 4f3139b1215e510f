package ca.mechanicplatform.crm.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.crm.ClientMonth;
import ca.mechanicplatform.crm.ClientRetention;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;

/**
 * New, returning and retained clients from a mechanic's visits ({@code client_visits}), grouped in SQL. A client
 * "came back" when another visit follows the anchor visit by more than nothing and at most the retention window.
 */
@Repository
public class ClientActivityRows {

	/** Each client's first visit ever with the mechanic. */
	private static final String FIRST_VISITS = """
			JOIN (SELECT client_id, MIN(occurred_at) AS first_at FROM client_visits WHERE mechanic_id = ? GROUP BY client_id) f
			  ON f.client_id = a.client_id""";

	private static final String FIGURES = """
			COUNT(*) AS clients,
			COALESCE(SUM(CASE WHEN f.first_at = a.anchor THEN 1 ELSE 0 END), 0) AS new_clients,
			COALESCE(SUM(CASE WHEN a.anchor <= ? THEN 1 ELSE 0 END), 0) AS judged,
			COALESCE(SUM(CASE WHEN a.anchor <= ? AND EXISTS (SELECT 1 FROM client_visits n WHERE n.client_id = a.client_id
			    AND n.occurred_at > a.anchor AND n.occurred_at <= a.anchor + INTERVAL '%d' HOUR) THEN 1 ELSE 0 END), 0) AS returned""";

	private final JdbcClient jdbc;

	ClientActivityRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per month in {@code zone} with visits in [from, to): clients, new ones, and retention from each client's first visit
	 * in the month; {@code judgedUntil} is the latest anchor whose window is over.
	 */
	public List<ClientMonth> byMonth(MechanicId mechanic, Instant from, Instant to, ZoneId zone, int windowHours, Instant judgedUntil) {
		return jdbc.sql(("""
				SELECT a.month_key, %s
				FROM (SELECT client_id, month_key, MIN(occurred_at) AS anchor
				      FROM (SELECT client_id, occurred_at, %s / 100 AS month_key FROM client_visits
				            WHERE mechanic_id = ? AND occurred_at >= ? AND occurred_at < ?) v
				      GROUP BY client_id, month_key) a
				%s
				GROUP BY a.month_key ORDER BY a.month_key""").formatted(FIGURES.formatted(windowHours),
						SqlTime.localDayKey("occurred_at", zone), FIRST_VISITS))
			.params(SqlTime.of(judgedUntil), SqlTime.of(judgedUntil), mechanic.value(), SqlTime.of(from), SqlTime.of(to), mechanic.value())
			.query((rs, i) -> {
				int key = rs.getInt("month_key");
				return new ClientMonth(YearMonth.of(key / 100, key % 100), rs.getLong("clients"), rs.getLong("new_clients"),
						rs.getLong("judged"), rs.getLong("returned"));
			})
			.list();
	}

	/** The same over the whole of [from, to), from each client's first visit in it. */
	public ClientRetention overPeriod(MechanicId mechanic, Instant from, Instant to, int windowHours, Instant judgedUntil) {
		return jdbc.sql(("""
				SELECT %s
				FROM (SELECT client_id, MIN(occurred_at) AS anchor FROM client_visits
				      WHERE mechanic_id = ? AND occurred_at >= ? AND occurred_at < ? GROUP BY client_id) a
				%s""").formatted(FIGURES.formatted(windowHours), FIRST_VISITS))
			.params(SqlTime.of(judgedUntil), SqlTime.of(judgedUntil), mechanic.value(), SqlTime.of(from), SqlTime.of(to), mechanic.value())
			.query((rs, i) -> new ClientRetention(rs.getLong("clients"), rs.getLong("new_clients"), rs.getLong("judged"),
					rs.getLong("returned")))
			.single();
	}
}
