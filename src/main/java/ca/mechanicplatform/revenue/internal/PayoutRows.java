package ca.mechanicplatform.revenue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.PayableBalance;
import ca.mechanicplatform.revenue.PayoutLine;
import ca.mechanicplatform.revenue.PayoutRun;

/** The {@code payout_runs}, {@code payout_lines} and {@code payout_entries} tables. */
@Repository
public class PayoutRows {

	private static final String SELECT_LINE = """
			SELECT id, run_id, party, party_id, payee_name, amount_cents, status, settled_at, settled_by, failure_reason
			FROM payout_lines""";

	private static final String UNSETTLED = """
			FROM ledger_entries e WHERE e.account IN ('MECHANIC', 'WORKSHOP')
			AND NOT EXISTS (SELECT 1 FROM payout_entries p WHERE p.entry_id = e.id)""";

	private final JdbcClient jdbc;

	PayoutRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the payout lock until the transaction ends, so two runs never pay the same balance. */
	public void lock() {
		jdbc.sql("SELECT name FROM revenue_locks WHERE name = 'payouts' FOR UPDATE").query(String.class).single();
	}

	/** Every mechanic and workshop whose entries not yet settled by a payout sum to more than zero. */
	public List<PayableBalance> payable() {
		return jdbc.sql("SELECT e.account, e.party_id, SUM(e.amount_cents) AS amount " + UNSETTLED
				+ " GROUP BY e.account, e.party_id HAVING SUM(e.amount_cents) > 0 ORDER BY e.account, e.party_id")
			.query((rs, i) -> new PayableBalance(LedgerAccount.valueOf(rs.getString("account")), rs.getLong("party_id"), rs.getLong("amount")))
			.list();
	}

	public long insertRun(UserId by, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO payout_runs (created_by, created_at) VALUES (?, ?)")
			.params(by == null ? null : by.value(), SqlTime.of(at)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public long insertLine(long runId, LedgerAccount party, long partyId, String payee, long amountCents) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO payout_lines (run_id, party, party_id, payee_name, amount_cents, status) VALUES (?, ?, ?, ?, ?, 'PENDING')")
			.params(runId, party.name(), partyId, payee, amountCents).update(keys, "id");
		return keys.getKey().longValue();
	}

	/** Marks every unsettled entry of the party as settled by the line, and returns their sum. */
	public long settleEntries(long lineId, LedgerAccount party, long partyId) {
		jdbc.sql("INSERT INTO payout_entries (entry_id, payout_line_id) SELECT e.id, ? " + UNSETTLED
				+ " AND e.account = ? AND e.party_id = ?").params(lineId, party.name(), partyId).update();
		return jdbc.sql("""
				SELECT COALESCE(SUM(e.amount_cents), 0) FROM payout_entries p JOIN ledger_entries e ON e.id = p.entry_id
				WHERE p.payout_line_id = ?""").param(lineId).query(Long.class).single();
	}

	/** Marks the payout's own entry on the party's account as settled by the line. */
	public void settlePayoutEntry(long lineId, long transactionId, LedgerAccount party) {
		jdbc.sql("INSERT INTO payout_entries (entry_id, payout_line_id) SELECT id, ? FROM ledger_entries WHERE transaction_id = ? AND account = ?")
			.params(lineId, transactionId, party.name()).update();
	}

	public void updateAmount(long lineId, long amountCents) {
		jdbc.sql("UPDATE payout_lines SET amount_cents = ? WHERE id = ?").params(amountCents, lineId).update();
	}

	/** Drops a line whose entries turned out to sum to nothing payable. */
	public void deleteLine(long lineId) {
		jdbc.sql("DELETE FROM payout_entries WHERE payout_line_id = ?").param(lineId).update();
		jdbc.sql("DELETE FROM payout_lines WHERE id = ?").param(lineId).update();
	}

	/** Moves a pending line to PAID or FAILED; false when it was no longer pending. */
	public boolean settle(long lineId, PayoutLine.Status status, Instant at, UserId by, String reason) {
		return jdbc.sql("""
				UPDATE payout_lines SET status = ?, settled_at = ?, settled_by = ?, failure_reason = ?
				WHERE id = ? AND status = 'PENDING'""")
			.params(status.name(), SqlTime.of(at), by == null ? null : by.value(), reason, lineId).update() == 1;
	}

	public Optional<PayoutLine> line(long id) {
		return jdbc.sql(SELECT_LINE + " WHERE id = ?").param(id).query(PayoutRows::line).optional();
	}

	public List<PayoutLine> linesOf(long runId) {
		return jdbc.sql(SELECT_LINE + " WHERE run_id = ? ORDER BY party, payee_name, id").param(runId).query(PayoutRows::line).list();
	}

	public List<PayoutRun> runs(int limit) {
		return jdbc.sql(RUNS + " GROUP BY r.id, r.created_by, r.created_at ORDER BY r.id DESC LIMIT ?").param(limit)
			.query(PayoutRows::run).list();
	}

	public Optional<PayoutRun> run(long id) {
		return jdbc.sql(RUNS + " WHERE r.id = ? GROUP BY r.id, r.created_by, r.created_at").param(id).query(PayoutRows::run).optional();
	}

	private static final String RUNS = """
			SELECT r.id, r.created_by, r.created_at, COUNT(l.id) AS lines, COALESCE(SUM(l.amount_cents), 0) AS total,
			       SUM(CASE WHEN l.status = 'PENDING' THEN 1 ELSE 0 END) AS pending,
			       SUM(CASE WHEN l.status = 'PAID' THEN 1 ELSE 0 END) AS paid,
			       SUM(CASE WHEN l.status = 'FAILED' THEN 1 ELSE 0 END) AS failed
			FROM payout_runs r LEFT JOIN payout_lines l ON l.run_id = r.id""";

	static PayoutRun run(ResultSet rs, int row) throws SQLException {
		Long by = LedgerRows.nullableLong(rs, "created_by");
		return new PayoutRun(rs.getLong("id"), by == null ? null : new UserId(by), SqlTime.instant(rs, "created_at"),
				rs.getInt("lines"), Money.ofCents(rs.getLong("total")), rs.getInt("pending"), rs.getInt("paid"), rs.getInt("failed"));
	}

	static PayoutLine line(ResultSet rs, int row) throws SQLException {
		Long by = LedgerRows.nullableLong(rs, "settled_by");
		return new PayoutLine(rs.getLong("id"), rs.getLong("run_id"), LedgerAccount.valueOf(rs.getString("party")),
				rs.getLong("party_id"), rs.getString("payee_name"), Money.ofCents(rs.getLong("amount_cents")),
				PayoutLine.Status.valueOf(rs.getString("status")), SqlTime.instant(rs, "settled_at"),
				by == null ? null : new UserId(by), rs.getString("failure_reason"));
	}
}
