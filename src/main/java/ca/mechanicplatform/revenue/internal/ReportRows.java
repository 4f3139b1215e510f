package ca.mechanicplatform.revenue.internal;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LedgerLine;
import ca.mechanicplatform.revenue.PartyAmount;
import ca.mechanicplatform.revenue.PartyEarnings;
import ca.mechanicplatform.revenue.PartyLine;

/**
 * Ledger reads across every party. Multi-party reads stream with a fetch size, so PostgreSQL sends rows in batches
 * instead of materialising the result (which needs an open transaction).
 */
@Repository
public class ReportRows {

	private static final int FETCH_SIZE = 2_000;
	private static final String PARTY_ACCOUNTS = "e.account IN ('MECHANIC', 'WORKSHOP')";

	private final JdbcTemplate streaming;
	private final JdbcClient jdbc;

	ReportRows(DataSource dataSource, JdbcClient jdbc) {
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
		this.jdbc = jdbc;
	}

	public void balancesBefore(Instant before, Consumer<PartyAmount> each) {
		streaming.query("SELECT e.account, e.party_id, SUM(e.amount_cents) AS balance FROM ledger_entries e WHERE "
				+ PARTY_ACCOUNTS + " AND e.booked_at < ? GROUP BY e.account, e.party_id HAVING SUM(e.amount_cents) <> 0",
				rs -> {
					each.accept(new PartyAmount(LedgerAccount.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
				}, SqlTime.of(before));
	}

	public void earningsBetween(Instant from, Instant to, Consumer<PartyEarnings> each) {
		streaming.query("""
				SELECT e.account, e.party_id,
				       SUM(CASE WHEN e.line_kind NOT IN ('BAY_FEE', 'MEMBERSHIP_FEE', 'PAYOUT') AND e.service_kind = 'VIRTUAL_CONSULTATION'
				                THEN e.amount_cents ELSE 0 END) AS virtual_cents,
				       SUM(CASE WHEN e.line_kind NOT IN ('BAY_FEE', 'MEMBERSHIP_FEE', 'PAYOUT')
				                 AND COALESCE(e.service_kind, '') <> 'VIRTUAL_CONSULTATION'
				                THEN e.amount_cents ELSE 0 END) AS physical_cents,
				       SUM(CASE WHEN e.line_kind IN ('BAY_FEE', 'MEMBERSHIP_FEE') THEN e.amount_cents ELSE 0 END) AS fees_cents
				FROM ledger_entries e WHERE e.account IN ('MECHANIC', 'WORKSHOP') AND e.booked_at >= ? AND e.booked_at < ?
				GROUP BY e.account, e.party_id""", rs -> {
			each.accept(new PartyEarnings(LedgerAccount.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)));
		}, SqlTime.of(from), SqlTime.of(to));
	}

	public void linesBetween(Instant from, Instant to, Consumer<PartyLine> each) {
		streaming.query("SELECT e.account AS party, e.party_id AS owner, " + EarningsRows.LINE_COLUMNS + " "
				+ EarningsRows.LINE_JOINS + " WHERE " + PARTY_ACCOUNTS + " AND e.booked_at >= ? AND e.booked_at < ?"
				+ " ORDER BY e.account, e.party_id, e.booked_at, e.id", rs -> {
					each.accept(new PartyLine(LedgerAccount.valueOf(rs.getString("party")), rs.getLong("owner"), EarningsRows.line(rs)));
				}, SqlTime.of(from), SqlTime.of(to));
	}

	public List<LedgerLine> lines(LedgerAccount party, long partyId, Instant from, Instant to) {
		return jdbc.sql("SELECT " + EarningsRows.LINE_COLUMNS + " " + EarningsRows.LINE_JOINS
				+ " WHERE e.account = ? AND e.party_id = ? AND e.booked_at >= ? AND e.booked_at < ? ORDER BY e.booked_at, e.id")
			.params(party.name(), partyId, SqlTime.of(from), SqlTime.of(to)).query((rs, i) -> EarningsRows.line(rs)).list();
	}

	public long balanceBefore(LedgerAccount party, long partyId, Instant before) {
		return jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries WHERE account = ? AND party_id = ? AND booked_at < ?")
			.params(party.name(), partyId, SqlTime.of(before)).query(Long.class).single();
	}

	public List<PartyAmount> serviceFees(Instant from, Instant to) {
		return jdbc.sql("""
				SELECT e.account, e.party_id, SUM(e.amount_cents) FROM ledger_entries e
				WHERE e.line_kind IN ('MECHANIC_SHARE', 'WORKSHOP_SHARE') AND e.booked_at >= ? AND e.booked_at < ?
				GROUP BY e.account, e.party_id ORDER BY e.account, e.party_id""")
			.params(SqlTime.of(from), SqlTime.of(to))
			.query((rs, i) -> new PartyAmount(LedgerAccount.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3))).list();
	}
}
