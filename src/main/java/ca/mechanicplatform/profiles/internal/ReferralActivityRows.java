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

	/** Months of [from, to) in {@code zone} with a sign-up or a conversion, oldest first. */
	public List<ReferralMonth> byMonth(MechanicId mechanic, Instant from, Instant to, ZoneId zone) {
		Map<YearMonth, long[]> months = new TreeMap<>();
		jdbc.sql("""
				SELECT month_key, COUNT(*) AS sign_ups, SUM(CASE WHEN converted_at IS NULL THEN 0 ELSE 1 END) AS converted
				FROM (SELECT %s AS month_key, converted_at FROM referrals
				      WHERE mechanic_id = ? AND signed_up_at >= ? AND signed_up_at < ?) r
				GROUP BY month_key""".formatted(SqlTime.localMonth("signed_up_at", zone, postgres)))
			.params(mechanic.value(), SqlTime.of(from), SqlTime.of(to))
			.query(rs -> {
				long[] month = months.computeIfAbsent(SqlTime.localMonth(rs, "month_key"), k -> new long[4]);
				month[0] = rs.getLong("sign_ups");
				month[1] = rs.getLong("converted");
			});
		jdbc.sql("""
				SELECT month_key, COUNT(*) AS conversions, COALESCE(SUM(bonus_cents), 0) AS bonus_cents
				FROM (SELECT %s AS month_key, bonus_cents FROM referrals
				      WHERE mechanic_id = ? AND converted_at >= ? AND converted_at < ?) r
				GROUP BY month_key""".formatted(SqlTime.localMonth("converted_at", zone, postgres)))
			.params(mechanic.value(), SqlTime.of(from), SqlTime.of(to))
			.query(rs -> {
				long[] month = months.computeIfAbsent(SqlTime.localMonth(rs, "month_key"), k -> new long[4]);
				month[2] = rs.getLong("conversions");
				month[3] = rs.getLong("bonus_cents");
			});
		return months.entrySet().stream().map(e -> new ReferralMonth(e.getKey(),
				e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
	}
}
