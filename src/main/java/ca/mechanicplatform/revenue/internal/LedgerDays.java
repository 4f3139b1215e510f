package ca.mechanicplatform.revenue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.EarningsDay;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LineKind;
import ca.mechanicplatform.revenue.ServiceKind;

/**
 * The {@code ledger_party_days} table: every mechanic's and workshop's entries summed per day of the accounting time
 * zone, in the columns earnings report (virtual shares, physical shares, bay and membership fees, payouts). The ledger
 * only ever grows, so {@link #add} adds each new posting's entries to their day in the transaction that writes them, and
 * a day's row always equals the sum of its entries. A report over two years reads at most 731 rows per party instead of
 * every entry.
 *
 * <p>The days depend on the accounting zone. {@code ledger_party_days_zone} names the zone they were summed in; at
 * start-up, before the platform serves requests, the table is rebuilt from the entries if that is not the configured
 * zone (or if it was never built, as on the first start after the table was added).
 */
@Repository
public class LedgerDays implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(LedgerDays.class);

	/** How the rebuild classifies an entry in SQL; {@link #column} is its twin for new postings, and the money tests check the two agree. */
	private static final String COLUMNS = """
			SUM(CASE WHEN line_kind IN ('BAY_FEE', 'MEMBERSHIP_FEE', 'PAYOUT') THEN 0
			         WHEN service_kind = 'VIRTUAL_CONSULTATION' THEN amount_cents ELSE 0 END) AS virtual_cents,
			SUM(CASE WHEN line_kind IN ('BAY_FEE', 'MEMBERSHIP_FEE', 'PAYOUT') THEN 0
			         WHEN service_kind = 'VIRTUAL_CONSULTATION' THEN 0 ELSE amount_cents END) AS physical_cents,
			SUM(CASE WHEN line_kind IN ('BAY_FEE', 'MEMBERSHIP_FEE') THEN amount_cents ELSE 0 END) AS fees_cents,
			SUM(CASE WHEN line_kind = 'PAYOUT' THEN -amount_cents ELSE 0 END) AS paid_out_cents,
			COUNT(*) AS entries""";

	/** H2's day key ({@link SqlTime#localDay}: the integer yyyymmdd) as a DATE, through its ISO text, free of any zone. */
	private static final String H2_DATE = "CAST(CONCAT(day_key / 10000, '-', LPAD(MOD(day_key / 100, 100), 2, '0'), '-', "
			+ "LPAD(MOD(day_key, 100), 2, '0')) AS DATE)";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final AccountingCalendar calendar;
	private final TransactionTemplate transactions;
	private final boolean postgres;

	LedgerDays(JdbcClient jdbc, JdbcTemplate template, AccountingCalendar calendar, PlatformTransactionManager transactions,
			DataSource dataSource) {
		this.jdbc = jdbc;
		this.template = template;
		this.calendar = calendar;
		this.transactions = new TransactionTemplate(transactions);
		this.postgres = SqlTime.isPostgres(dataSource);
	}

	/** One party's day. */
	private record Key(LedgerAccount account, long partyId) {
	}

	/**
	 * Adds a posting's per-party entries, all booked at {@code bookedAt}, to their parties' day; in the caller's
	 * transaction. Parties are written in one order, so two postings for the same parties never wait on each other in a
	 * cycle.
	 */
	public void add(List<Posting.Entry> entries, Instant bookedAt) {
		Map<Key, long[]> sums = new TreeMap<>(Comparator.comparing(Key::account).thenComparingLong(Key::partyId));
		for (Posting.Entry entry : entries) {
			if (entry.partyId() == null) {
				continue;
			}
			long[] sum = sums.computeIfAbsent(new Key(entry.account(), entry.partyId()), k -> new long[5]);
			sum[column(entry.line(), entry.serviceKind())] += entry.line() == LineKind.PAYOUT ? -entry.amountCents() : entry.amountCents();
			sum[4]++;
		}
		if (sums.isEmpty()) {
			return;
		}
		LocalDate day = calendar.dateOf(bookedAt);
		List<Object[]> rows = new ArrayList<>();
		sums.forEach((key, s) -> rows.add(new Object[] { key.account().name(), key.partyId(), day, s[0], s[1], s[2], s[3], s[4] }));
		template.batchUpdate(postgres ? """
				INSERT INTO ledger_party_days (account, party_id, booked_on, virtual_cents, physical_cents, fees_cents, paid_out_cents, entries)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (account, party_id, booked_on) DO UPDATE SET
				    virtual_cents = ledger_party_days.virtual_cents + EXCLUDED.virtual_cents,
				    physical_cents = ledger_party_days.physical_cents + EXCLUDED.physical_cents,
				    fees_cents = ledger_party_days.fees_cents + EXCLUDED.fees_cents,
				    paid_out_cents = ledger_party_days.paid_out_cents + EXCLUDED.paid_out_cents,
				    entries = ledger_party_days.entries + EXCLUDED.entries""" : """
				MERGE INTO ledger_party_days d
				USING (VALUES (CAST(? AS VARCHAR(32)), CAST(? AS BIGINT), CAST(? AS DATE), CAST(? AS BIGINT), CAST(? AS BIGINT),
				               CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT)))
				      AS n (account, party_id, booked_on, virtual_cents, physical_cents, fees_cents, paid_out_cents, entries)
				ON d.account = n.account AND d.party_id = n.party_id AND d.booked_on = n.booked_on
				WHEN MATCHED THEN UPDATE SET virtual_cents = d.virtual_cents + n.virtual_cents,
				    physical_cents = d.physical_cents + n.physical_cents, fees_cents = d.fees_cents + n.fees_cents,
				    paid_out_cents = d.paid_out_cents + n.paid_out_cents, entries = d.entries + n.entries
				WHEN NOT MATCHED THEN INSERT (account, party_id, booked_on, virtual_cents, physical_cents, fees_cents, paid_out_cents, entries)
				    VALUES (n.account, n.party_id, n.booked_on, n.virtual_cents, n.physical_cents, n.fees_cents, n.paid_out_cents, n.entries)""",
				rows);
	}

	/** 0 virtual shares, 1 physical shares, 2 bay and membership fees, 3 payouts. */
	private static int column(LineKind line, ServiceKind service) {
		return switch (line) {
			case BAY_FEE, MEMBERSHIP_FEE -> 2;
			case PAYOUT -> 3;
			default -> service == ServiceKind.VIRTUAL_CONSULTATION ? 0 : 1;
		};
	}

	/** The party's days from {@code from} to {@code to} (both included) with entries, oldest first. */
	public List<EarningsDay> between(LedgerAccount account, long partyId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT booked_on, virtual_cents, physical_cents, fees_cents, paid_out_cents FROM ledger_party_days
				WHERE account = ? AND party_id = ? AND booked_on >= ? AND booked_on <= ? ORDER BY booked_on""")
			.params(account.name(), partyId, from, to)
			.query((rs, i) -> new EarningsDay(rs.getObject("booked_on", LocalDate.class), rs.getLong("virtual_cents"),
					rs.getLong("physical_cents"), rs.getLong("fees_cents"), rs.getLong("paid_out_cents")))
			.list();
	}

	@Override
	public void afterSingletonsInstantiated() {
		rebuildIfStale();
	}

	/**
	 * Rebuilds the days from the entries unless they were summed in the accounting zone; returns whether it rebuilt. On
	 * PostgreSQL the table is locked against writers first, so a posting committed meanwhile is either in the entries the
	 * rebuild reads or added after it.
	 */
	public boolean rebuildIfStale() {
		Boolean rebuilt = transactions.execute(status -> {
			if (postgres) {
				jdbc.sql("LOCK TABLE ledger_party_days IN EXCLUSIVE MODE").update();
			}
			String summedIn = jdbc.sql("SELECT zone FROM ledger_party_days_zone WHERE id = 1").query(String.class).optional()
				.orElse(null);
			if (calendar.zone().getId().equals(summedIn)) {
				return false;
			}
			rebuild();
			return true;
		});
		return Boolean.TRUE.equals(rebuilt);
	}

	/** Sums every per-party entry again, in the caller's transaction. */
	public void rebuild() {
		long started = System.nanoTime();
		jdbc.sql("DELETE FROM ledger_party_days").update();
		int days = jdbc.sql("""
				INSERT INTO ledger_party_days (account, party_id, booked_on, virtual_cents, physical_cents, fees_cents, paid_out_cents, entries)
				SELECT account, party_id, %s, %s
				FROM (SELECT account, party_id, %s AS day_key, line_kind, service_kind, amount_cents
				      FROM ledger_entries WHERE party_id IS NOT NULL) e
				GROUP BY account, party_id, day_key""".formatted(postgres ? "day_key" : H2_DATE, COLUMNS,
						SqlTime.localDay("booked_at", calendar.zone(), postgres)))
			.update();
		Instant now = calendar.now();
		if (jdbc.sql("UPDATE ledger_party_days_zone SET zone = ?, rebuilt_at = ? WHERE id = 1")
			.params(calendar.zone().getId(), SqlTime.of(now)).update() == 0) {
			jdbc.sql("INSERT INTO ledger_party_days_zone (id, zone, rebuilt_at) VALUES (1, ?, ?)")
				.params(calendar.zone().getId(), SqlTime.of(now)).update();
		}
		log.info("Ledger days summed in {}: {} party days in {} ms", calendar.zone().getId(), days,
				(System.nanoTime() - started) / 1_000_000);
	}
}
