package ca.mechanicplatform.revenue.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.revenue.EarningsBreakdown;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LedgerLine;
import ca.mechanicplatform.revenue.LineKind;
import ca.mechanicplatform.revenue.RevenueModelKind;
import ca.mechanicplatform.revenue.ServiceKind;
import ca.mechanicplatform.revenue.TransactionKind;

/** Reads one party's ledger entries for earnings pages. */
@Repository
public class EarningsRows {

	/**
	 * An entry with its transaction and, on the entry that carries a sale for this party (its share, or the
	 * workshop's bay fee under bay rental), the sale's split; negated on a reversal.
	 */
	static final String LINE_COLUMNS = """
			e.id, t.occurred_at, e.booked_at, t.business_key, t.kind, e.line_kind, e.service_kind, e.model, t.description,
			CASE WHEN s.id IS NULL OR NOT (e.line_kind IN ('MECHANIC_SHARE', 'WORKSHOP_SHARE')
			          OR (e.account = 'WORKSHOP' AND e.line_kind = 'BAY_FEE' AND s.workshop_share_cents = 0)) THEN 0
			     WHEN t.reverses IS NULL THEN 1 ELSE -1 END AS sale_sign,
			s.gross_cents, s.platform_fee_cents, s.workshop_share_cents + s.bay_fee_cents AS sale_workshop_cents,
			s.mechanic_cents AS sale_mechanic_cents, e.amount_cents""";

	static final String LINE_JOINS = """
			FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id LEFT JOIN sales s ON s.id = t.sale_id""";

	private final JdbcClient jdbc;

	EarningsRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long balance(LedgerAccount account, long partyId) {
		return jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries WHERE account = ? AND party_id = ?")
			.params(account.name(), partyId).query(Long.class).single();
	}

	public List<EarningsBreakdown.Mode> modesOfMechanic(long mechanicId, Instant since) {
		return modes("s.mechanic_id = ?", "s.mechanic_cents + s.bay_fee_cents", mechanicId, since);
	}

	public List<EarningsBreakdown.Mode> modesOfWorkshop(long workshopId, Instant since) {
		return modes("s.workshop_id = ?", "s.workshop_share_cents + s.bay_fee_cents", workshopId, since);
	}

	private List<EarningsBreakdown.Mode> modes(String party, String earned, long partyId, Instant since) {
		return jdbc.sql("SELECT s.model, COUNT(*) AS sales, SUM(s.gross_cents) AS gross, SUM(" + earned + ") AS earned "
				+ "FROM sales s WHERE " + party + " AND s.occurred_at >= ? AND NOT EXISTS (SELECT 1 FROM ledger_transactions r "
				+ "WHERE r.sale_id = s.id AND r.kind = 'SALE_REVERSAL') GROUP BY s.model ORDER BY s.model")
			.params(partyId, SqlTime.of(since))
			.query((rs, i) -> new EarningsBreakdown.Mode(RevenueModelKind.valueOf(rs.getString("model")), rs.getLong("sales"),
					rs.getLong("gross"), rs.getLong("earned")))
			.list();
	}

	public List<LedgerLine> recentLines(LedgerAccount account, long partyId, int limit) {
		return jdbc.sql("SELECT " + LINE_COLUMNS + " " + LINE_JOINS
				+ " WHERE e.account = ? AND e.party_id = ? ORDER BY e.booked_at DESC, e.id DESC LIMIT ?")
			.params(account.name(), partyId, limit).query((rs, i) -> line(rs)).list();
	}

	public static LedgerLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
		long sign = rs.getLong("sale_sign");
		String service = rs.getString("service_kind");
		String model = rs.getString("model");
		return new LedgerLine(rs.getLong("id"), SqlTime.instant(rs, "occurred_at"), SqlTime.instant(rs, "booked_at"),
				rs.getString("business_key"), TransactionKind.valueOf(rs.getString("kind")), LineKind.valueOf(rs.getString("line_kind")),
				service == null ? null : ServiceKind.valueOf(service), model == null ? null : RevenueModelKind.valueOf(model),
				rs.getString("description"), sign * rs.getLong("gross_cents"), sign * rs.getLong("platform_fee_cents"),
				sign * rs.getLong("sale_workshop_cents"), sign * rs.getLong("sale_mechanic_cents"), rs.getLong("amount_cents"));
	}
}
