package ca.mechanicplatform.revenue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LineKind;
import ca.mechanicplatform.revenue.RevenueModelKind;
import ca.mechanicplatform.revenue.ServiceKind;
import ca.mechanicplatform.revenue.TransactionKind;

/**
 * The {@code ledger_transactions} and {@code ledger_entries} tables. Rows are only ever inserted; a correction is
 * a new transaction that reverses an earlier one.
 */
@Repository
public class LedgerRows {

	/** A stored transaction's header. */
	public record StoredTransaction(long id, String businessKey, TransactionKind kind, String description,
			Instant occurredAt, Instant bookedAt, Long reverses, Long saleId, Long paymentId, Long payoutLineId) {
	}

	private static final String SELECT_TRANSACTION = """
			SELECT id, business_key, kind, description, occurred_at, booked_at, reverses, sale_id, payment_id, payout_line_id
			FROM ledger_transactions""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final LedgerDays days;

	LedgerRows(JdbcClient jdbc, JdbcTemplate template, LedgerDays days) {
		this.jdbc = jdbc;
		this.template = template;
		this.days = days;
	}

	/**
	 * Stores a balanced posting as one transaction and its entries, and adds the entries to their parties' days
	 * ({@link LedgerDays}). This is the only place entries are written.
	 *
	 * @throws IllegalStateException if the posting does not balance (nothing is stored)
	 * @throws org.springframework.dao.DuplicateKeyException if its business key is already recorded
	 */
	public long insert(Posting posting, Instant bookedAt, Instant recordedAt) {
		posting.requireBalanced();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO ledger_transactions (business_key, kind, description, occurred_at, booked_at, recorded_at, reverses,
				    sale_id, payment_id, payout_line_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(posting.businessKey(), posting.kind().name(), posting.description(), SqlTime.of(posting.occurredAt()),
					SqlTime.of(bookedAt), SqlTime.of(recordedAt), posting.reverses(), posting.saleId(), posting.paymentId(),
					posting.payoutLineId())
			.update(keys, "id");
		long id = keys.getKey().longValue();
		List<Posting.Entry> entries = posting.entries();
		template.batchUpdate("""
				INSERT INTO ledger_entries (transaction_id, account, party_id, amount_cents, line_kind, service_kind, model, booked_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", entries, entries.size(), (ps, entry) -> {
			ps.setLong(1, id);
			ps.setString(2, entry.account().name());
			ps.setObject(3, entry.partyId());
			ps.setLong(4, entry.amountCents());
			ps.setString(5, entry.line().name());
			ps.setString(6, entry.serviceKind() == null ? null : entry.serviceKind().name());
			ps.setString(7, entry.model() == null ? null : entry.model().name());
			ps.setObject(8, SqlTime.of(bookedAt));
		});
		days.add(entries, bookedAt);
		return id;
	}

	public Optional<StoredTransaction> findByKey(String businessKey) {
		return jdbc.sql(SELECT_TRANSACTION + " WHERE business_key = ?").param(businessKey).query(LedgerRows::transaction).optional();
	}

	public Optional<StoredTransaction> find(long id) {
		return jdbc.sql(SELECT_TRANSACTION + " WHERE id = ?").param(id).query(LedgerRows::transaction).optional();
	}

	public Optional<StoredTransaction> ofSale(long saleId, TransactionKind kind) {
		return jdbc.sql(SELECT_TRANSACTION + " WHERE sale_id = ? AND kind = ?").params(saleId, kind.name())
			.query(LedgerRows::transaction).optional();
	}

	public List<Posting.Entry> entriesOf(long transactionId) {
		return jdbc.sql("""
				SELECT account, party_id, amount_cents, line_kind, service_kind, model FROM ledger_entries
				WHERE transaction_id = ? ORDER BY id""")
			.param(transactionId)
			.query((rs, i) -> {
				long party = rs.getLong("party_id");
				String service = rs.getString("service_kind");
				String model = rs.getString("model");
				return new Posting.Entry(LedgerAccount.valueOf(rs.getString("account")), rs.wasNull() || party == 0 ? null : party,
						rs.getLong("amount_cents"), LineKind.valueOf(rs.getString("line_kind")),
						service == null ? null : ServiceKind.valueOf(service), model == null ? null : RevenueModelKind.valueOf(model));
			}).list();
	}

	/** The balance of a mechanic's or workshop's account. */
	public long balance(LedgerAccount account, long partyId) {
		return jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries WHERE account = ? AND party_id = ?")
			.params(account.name(), partyId).query(Long.class).single();
	}

	/** The balance of one of the platform's own accounts. */
	public long balance(LedgerAccount account) {
		return jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries WHERE account = ?")
			.param(account.name()).query(Long.class).single();
	}

	/** The sum of every entry ever posted: zero in a healthy ledger. */
	public long sumOfAllEntries() {
		return jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries").query(Long.class).single();
	}

	static StoredTransaction transaction(ResultSet rs, int row) throws SQLException {
		return new StoredTransaction(rs.getLong("id"), rs.getString("business_key"), TransactionKind.valueOf(rs.getString("kind")),
				rs.getString("description"), SqlTime.instant(rs, "occurred_at"), SqlTime.instant(rs, "booked_at"),
				nullableLong(rs, "reverses"), nullableLong(rs, "sale_id"), nullableLong(rs, "payment_id"),
				nullableLong(rs, "payout_line_id"));
	}

	static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}
}
