package ca.mechanicplatform.revenue;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** What must hold after every money scenario: the ledger balances as a whole and transaction by transaction. */
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
	}
}
