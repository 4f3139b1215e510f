package ca.mechanicplatform.revenue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold after every money scenario: the ledger balances as a whole and transaction by transaction, and each
 * party's daily sums equal its entries.
 */
final class LedgerChecks {

	private LedgerChecks() {
	}

	static void assertBalanced(JdbcClient jdbc) {
		assertThat(jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries").query(Long.class).single())
			.as("the sum of all ledger entries").isZero();
		assertThat(jdbc.sql("SELECT transaction_id FROM ledger_entries GROUP BY transaction_id HAVING SUM(amount_cents) <> 0")
			.query(Long.class).list()).as("unbalanced transactions").isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_transactions t WHERE NOT EXISTS "
				+ "(SELECT 1 FROM ledger_entries e WHERE e.transaction_id = t.id)").query(Long.class).single())
			.as("transactions without entries").isZero();
		assertDaysMatchEntries(jdbc);
	}

	/**
	 * {@code ledger_party_days} holds, for every party and day of the zone it names, exactly the sums of that day's
	 * entries, classified here in Java from the entries themselves.
	 */
	static void assertDaysMatchEntries(JdbcClient jdbc) {
		ZoneId zone = ZoneId.of(jdbc.sql("SELECT zone FROM ledger_party_days_zone WHERE id = 1").query(String.class).single());
		Map<String, List<Long>> expected = new HashMap<>();
		jdbc.sql("SELECT account, party_id, booked_at, line_kind, service_kind, amount_cents FROM ledger_entries WHERE party_id IS NOT NULL")
			.query(rs -> {
				String key = rs.getString("account") + " " + rs.getLong("party_id") + " "
						+ rs.getObject("booked_at", OffsetDateTime.class).atZoneSameInstant(zone).toLocalDate();
				long[] sums = new long[5];
				String line = rs.getString("line_kind");
				long amount = rs.getLong("amount_cents");
				if (line.equals("BAY_FEE") || line.equals("MEMBERSHIP_FEE")) {
					sums[2] = amount;
				}
				else if (line.equals("PAYOUT")) {
					sums[3] = -amount;
				}
				else if ("VIRTUAL_CONSULTATION".equals(rs.getString("service_kind"))) {
					sums[0] = amount;
				}
				else {
					sums[1] = amount;
				}
				sums[4] = 1;
				expected.merge(key, List.of(sums[0], sums[1], sums[2], sums[3], sums[4]), (a, b) -> List.of(a.get(0) + b.get(0),
						a.get(1) + b.get(1), a.get(2) + b.get(2), a.get(3) + b.get(3), a.get(4) + b.get(4)));
			});
		Map<String, List<Long>> days = new HashMap<>();
		jdbc.sql("SELECT * FROM ledger_party_days").query(rs -> {
			days.put(rs.getString("account") + " " + rs.getLong("party_id") + " " + rs.getObject("booked_on", java.time.LocalDate.class),
					List.of(rs.getLong("virtual_cents"), rs.getLong("physical_cents"), rs.getLong("fees_cents"), rs.getLong("paid_out_cents"),
							rs.getLong("entries")));
		});
		assertThat(days).as("each party's daily sums against its entries in " + zone).isEqualTo(expected);
	}
}
