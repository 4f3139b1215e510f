package ca.mechanicplatform.profiles.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.profiles.ReferralMonth;

/** A mechanic's referral sign-ups and conversions per month, grouped in SQL. */
@Repository
public class ReferralActivityRows {

	private final JdbcClient jdbc;
	private final boolean postgres;

	ReferralActivityRows(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.postgres = SqlTime.isPostgres(dataSource);
	}

	/**
	 * Months of [from, to) in {@code zone} with a sign-up or a conversion, oldest first: sign-ups by their sign-up month and
	 * conversions by their conversion month, in one query.
	 */
	public List<ReferralMonth> byMonth(MechanicId mechanic, Instant from, Instant to, ZoneId zone) {
		Map<YearMonth, long[]> months = new TreeMap<>();
		jdbc.sql("""
				SELECT 0 AS kind, month_key, COUNT(*) AS how_many, SUM(CASE WHEN converted_at IS NULL THEN 0 ELSE 1 END) AS amount
				FROM (SELECT %s AS month_key, converted_at FROM referrals
				      WHERE mechanic_id = ? AND signed_up_at >= ? AND signed_up_at < ?) r
				GROUP BY month_key
				UNION ALL
				SELECT 1 AS kind, month_key, COUNT(*) AS how_many, COALESCE(SUM(bonus_cents), 0) AS amount
				FROM (SELECT %s AS month_key, bonus_cents FROM referrals
				      WHERE mechanic_id = ? AND converted_at >= ? AND converted_at < ?) c
				GROUP BY month_key""".formatted(SqlTime.localMonth("signed_up_at", zone, postgres, from, to),
						SqlTime.localMonth("converted_at", zone, postgres, from, to)))
			.params(mechanic.value(), SqlTime.of(from), SqlTime.of(to), mechanic.value(), SqlTime.of(from), SqlTime.of(to))
			.query(rs -> {
				long[] month = months.computeIfAbsent(SqlTime.localMonth(rs, "month_key"), k -> new long[4]);
				int column = rs.getInt("kind") * 2;
				month[column] = rs.getLong("how_many");
				month[column + 1] = rs.getLong("amount");
			});
		return months.entrySet().stream().map(e -> new ReferralMonth(e.getKey(),
				e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
	}
}
