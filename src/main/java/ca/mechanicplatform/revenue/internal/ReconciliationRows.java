package ca.mechanicplatform.revenue.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.Reconciliation;
import ca.mechanicplatform.revenue.Reconciliation.Difference;

/** The queries behind a month's reconciliation of payments, splits and the ledger. */
@Repository
public class ReconciliationRows {

	static final int MAX_DIFFERENCES = 500;

	private final JdbcClient jdbc;

	ReconciliationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Reconciliation reconcile(YearMonth month, Instant from, Instant to) {
		Object start = SqlTime.of(from);
		Object end = SqlTime.of(to);
		long[] captured = pair("SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM payments WHERE captured_at >= ? AND captured_at < ?", start, end);
		long[] refunded = pair("SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM payments WHERE refunded_at >= ? AND refunded_at < ?", start, end);
		long[] sales = triple("""
				SELECT COUNT(*), COALESCE(SUM(s.gross_cents), 0),
				       COALESCE(SUM(s.platform_fee_cents + s.workshop_share_cents + s.bay_fee_cents + s.mechanic_cents), 0)
				FROM sales s JOIN ledger_transactions t ON t.sale_id = s.id AND t.kind = 'SALE'
				WHERE t.booked_at >= ? AND t.booked_at < ?""", start, end);
		long reversed = jdbc.sql("""
				SELECT COALESCE(SUM(s.gross_cents), 0) FROM sales s JOIN ledger_transactions t ON t.sale_id = s.id AND t.kind = 'SALE_REVERSAL'
				WHERE t.booked_at >= ? AND t.booked_at < ?""").params(start, end).query(Long.class).single();
		Map<LedgerAccount, Long> movements = new EnumMap<>(LedgerAccount.class);
		for (LedgerAccount account : LedgerAccount.values()) {
			movements.put(account, 0L);
		}
		jdbc.sql("SELECT account, SUM(amount_cents) FROM ledger_entries WHERE booked_at >= ? AND booked_at < ? GROUP BY account")
			.params(start, end).query((rs, i) -> movements.put(LedgerAccount.valueOf(rs.getString(1)), rs.getLong(2))).list();
		long ledgerTotal = movements.values().stream().mapToLong(Long::longValue).sum();
		return new Reconciliation(month, captured[1], (int) captured[0], refunded[1], (int) refunded[0], sales[1], (int) sales[0],
				sales[2], reversed, ledgerTotal, movements, differences(start, end));
	}

	private List<Difference> differences(Object start, Object end) {
		List<Difference> found = new ArrayList<>();
		add(found, """
				SELECT t.business_key, SUM(e.amount_cents) FROM ledger_transactions t JOIN ledger_entries e ON e.transaction_id = t.id
				WHERE t.booked_at >= ? AND t.booked_at < ? GROUP BY t.id, t.business_key HAVING SUM(e.amount_cents) <> 0""",
				"UNBALANCED_TRANSACTION", "The transaction's entries sum to %s instead of zero", start, end);
		add(found, """
				SELECT s.business_key, s.gross_cents - (s.platform_fee_cents + s.workshop_share_cents + s.bay_fee_cents + s.mechanic_cents)
				FROM sales s JOIN ledger_transactions t ON t.sale_id = s.id AND t.kind = 'SALE'
				WHERE t.booked_at >= ? AND t.booked_at < ?
				AND s.platform_fee_cents + s.workshop_share_cents + s.bay_fee_cents + s.mechanic_cents <> s.gross_cents""",
				"SPLIT_DOES_NOT_ADD_UP", "The split's parts miss the gross by %s", start, end);
		// The sale's posting must carry exactly its split: the gross out of clearing, the fee, the workshop's part, the mechanic's.
		add(found, """
				SELECT s.business_key,
				       ABS(COALESCE(SUM(CASE WHEN e.account = 'CUSTOMER_PAYMENTS' THEN -e.amount_cents ELSE 0 END), 0) - s.gross_cents)
				     + ABS(COALESCE(SUM(CASE WHEN e.account = 'PLATFORM_REVENUE' THEN e.amount_cents ELSE 0 END), 0) - s.platform_fee_cents)
				     + ABS(COALESCE(SUM(CASE WHEN e.account = 'WORKSHOP' THEN e.amount_cents ELSE 0 END), 0) - s.workshop_share_cents - s.bay_fee_cents)
				     + ABS(COALESCE(SUM(CASE WHEN e.account = 'MECHANIC' THEN e.amount_cents ELSE 0 END), 0) - s.mechanic_cents) AS off
				FROM sales s JOIN ledger_transactions t ON t.sale_id = s.id AND t.kind = 'SALE'
				LEFT JOIN ledger_entries e ON e.transaction_id = t.id
				WHERE t.booked_at >= ? AND t.booked_at < ?
				GROUP BY s.id, s.business_key, s.gross_cents, s.platform_fee_cents, s.workshop_share_cents, s.bay_fee_cents, s.mechanic_cents
				HAVING ABS(COALESCE(SUM(CASE WHEN e.account = 'CUSTOMER_PAYMENTS' THEN -e.amount_cents ELSE 0 END), 0) - s.gross_cents)
				     + ABS(COALESCE(SUM(CASE WHEN e.account = 'PLATFORM_REVENUE' THEN e.amount_cents ELSE 0 END), 0) - s.platform_fee_cents)
				     + ABS(COALESCE(SUM(CASE WHEN e.account = 'WORKSHOP' THEN e.amount_cents ELSE 0 END), 0) - s.workshop_share_cents - s.bay_fee_cents)
				     + ABS(COALESCE(SUM(CASE WHEN e.account = 'MECHANIC' THEN e.amount_cents ELSE 0 END), 0) - s.mechanic_cents) <> 0""",
				"POSTING_DIFFERS_FROM_SPLIT", "The ledger posting differs from the recorded split by %s in total", start, end);
		add(found, """
				SELECT s.business_key, p.amount_cents - s.gross_cents FROM sales s JOIN payments p ON p.id = s.payment_id
				JOIN ledger_transactions t ON t.sale_id = s.id AND t.kind = 'SALE'
				WHERE t.booked_at >= ? AND t.booked_at < ? AND p.amount_cents <> s.gross_cents""",
				"PAYMENT_AMOUNT_DIFFERS", "The payment differs from the sale's gross by %s", start, end);
		add(found, """
				SELECT s.business_key, s.gross_cents FROM sales s JOIN ledger_transactions t ON t.sale_id = s.id AND t.kind = 'SALE'
				WHERE t.booked_at >= ? AND t.booked_at < ? AND s.payment_id IS NULL""",
				"SALE_WITHOUT_PAYMENT", "Sale of %s recorded without a captured payment", start, end);
		add(found, """
				SELECT p.business_key, p.amount_cents FROM payments p WHERE p.captured_at >= ? AND p.captured_at < ?
				AND p.status = 'CAPTURED' AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.payment_id = p.id)""",
				"PAYMENT_NOT_USED", "Payment of %s captured and not yet used by a sale (held in customer payments clearing)", start, end);
		return found.size() > MAX_DIFFERENCES ? List.copyOf(found.subList(0, MAX_DIFFERENCES)) : List.copyOf(found);
	}

	private void add(List<Difference> found, String sql, String kind, String description, Object start, Object end) {
		if (found.size() >= MAX_DIFFERENCES) {
			return;
		}
		jdbc.sql(sql + " ORDER BY 1 LIMIT " + (MAX_DIFFERENCES - found.size())).params(start, end)
			.query((rs, i) -> new Difference(kind, rs.getString(1), description.formatted(Money.ofCents(rs.getLong(2))), rs.getLong(2)))
			.list().forEach(found::add);
	}

	private long[] pair(String sql, Object start, Object end) {
		return jdbc.sql(sql).params(start, end).query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
	}

	private long[] triple(String sql, Object start, Object end) {
		return jdbc.sql(sql).params(start, end).query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).single();
	}
}
