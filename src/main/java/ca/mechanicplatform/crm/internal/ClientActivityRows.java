package ca.mechanicplatform.crm.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * ({@code ClientRows#addVisit} keeps them in step); a visit whose previous one is before the period (or the month) is
 * its client's first there, the anchor. The anchor is the client's first visit ever when it has no previous visit; the
 * client came back when the next visit follows the anchor by at most the retention window.
 */
@Repository
public class ClientActivityRows {

	/** A month of the period, or the part of it inside the period: its visits are those in [starts, ends). */
	public record MonthSpan(YearMonth month, Instant starts, Instant ends) {
	}

	private final JdbcClient jdbc;

	ClientActivityRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per month of the period with visits: clients, new ones, and retention from each client's first visit in the month
	 * (a visit whose previous one is before the month's part of the period); with the same for the period from each
	 * client's first visit in it (no previous one in the period), added up over the months since each such visit is also
	 * its client's first in its month. {@code judgedUntil} is the latest anchor whose window is over. The months are
	 * given as instants (a list of values joined to the visits by range), so no visit's time is converted to a zone: the
	 * index gives each month's visits in order and each is only compared with its month's start.
	 */
	public ClientPeriod inPeriod(MechanicId mechanic, List<MonthSpan> months, int windowHours, Instant judgedUntil) {
		String returned = "v.occurred_at <= :judgedUntil AND v.next_at > v.occurred_at AND v.next_at <= v.occurred_at + INTERVAL '%d' HOUR"
			.formatted(windowHours);
		StringBuilder spans = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < months.size(); i++) {
			spans.append(i == 0 ? "" : ", ").append("(CAST(:i").append(i).append(" AS INTEGER), CAST(:s").append(i)
				.append(" AS TIMESTAMP WITH TIME ZONE), CAST(:e").append(i).append(" AS TIMESTAMP WITH TIME ZONE))");
			params.put("i" + i, i);
			params.put("s" + i, SqlTime.of(months.get(i).starts()));
			params.put("e" + i, SqlTime.of(months.get(i).ends()));
		}
		String firstInMonth = "(v.previous_at IS NULL OR v.previous_at < m.starts)";
		String firstInPeriod = "(v.previous_at IS NULL OR v.previous_at < :from)";
		List<long[]> periodParts = new ArrayList<>();
		List<ClientMonth> found = jdbc.sql("""
				SELECT m.month_index, SUM(CASE WHEN %1$s THEN 1 ELSE 0 END) AS clients,
				       SUM(CASE WHEN v.previous_at IS NULL THEN 1 ELSE 0 END) AS new_clients,
				       SUM(CASE WHEN %1$s AND v.occurred_at <= :judgedUntil THEN 1 ELSE 0 END) AS judged,
				       SUM(CASE WHEN %1$s AND %3$s THEN 1 ELSE 0 END) AS returned,
				       SUM(CASE WHEN %2$s THEN 1 ELSE 0 END) AS period_clients,
				       SUM(CASE WHEN %2$s AND v.occurred_at <= :judgedUntil THEN 1 ELSE 0 END) AS period_judged,
				       SUM(CASE WHEN %2$s AND %3$s THEN 1 ELSE 0 END) AS period_returned
				FROM (VALUES %4$s) AS m (month_index, starts, ends)
				JOIN client_visits v ON v.mechanic_id = :mechanic AND v.occurred_at >= m.starts AND v.occurred_at < m.ends
				GROUP BY m.month_index ORDER BY m.month_index""".formatted(firstInMonth, firstInPeriod, returned, spans))
			.params(params)
			.param("mechanic", mechanic.value())
			.param("from", SqlTime.of(months.get(0).starts()))
			.param("judgedUntil", SqlTime.of(judgedUntil))
			.query((rs, i) -> {
				periodParts.add(new long[] { rs.getLong("period_clients"), rs.getLong("new_clients"), rs.getLong("period_judged"),
						rs.getLong("period_returned") });
				return new ClientMonth(months.get(rs.getInt("month_index")).month(), rs.getLong("clients"), rs.getLong("new_clients"),
						rs.getLong("judged"), rs.getLong("returned"));
			})
			.list();
		long[] overall = new long[4];
		for (long[] part : periodParts) {
			for (int i = 0; i < 4; i++) {
				overall[i] += part[i];
			}
		}
		return new ClientPeriod(new ClientRetention(overall[0], overall[1], overall[2], overall[3]), found);
	}
}
