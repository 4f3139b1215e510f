package ca.mechanicplatform.revenue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.revenue.RecordedSale;
import ca.mechanicplatform.revenue.RevenueModelKind;
import ca.mechanicplatform.revenue.Split;
import ca.mechanicplatform.revenue.SplitCalculator;

/** The {@code sales} table: each recorded sale and its split. */
@Repository
public class SaleRows {

	private static final String SELECT = """
			SELECT s.id, s.business_key, s.model, s.mechanic_id, s.workshop_id, s.customer_id, s.gross_cents,
			       s.platform_fee_pct, s.platform_fee_cents, s.workshop_share_pct, s.workshop_share_cents, s.bay_fee_cents,
			       s.mechanic_cents, s.description, s.occurred_at, s.recorded_at, s.payment_id, t.booked_at
			FROM sales s JOIN ledger_transactions t ON t.sale_id = s.id AND t.kind = 'SALE'""";

	private final JdbcClient jdbc;

	SaleRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the business key (or the payment) is already recorded
	 */
	public long insert(String businessKey, Split split, MechanicId mechanic, WorkshopId workshop, CustomerId customer,
			String description, Instant occurredAt, Instant recordedAt, Long paymentId) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO sales (business_key, service_kind, model, mechanic_id, workshop_id, customer_id, gross_cents,
				    platform_fee_pct, platform_fee_cents, workshop_share_pct, workshop_share_cents, bay_fee_cents, mechanic_cents,
				    description, occurred_at, recorded_at, payment_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(businessKey, split.kind().serviceKind().name(), split.kind().name(), mechanic.value(),
					workshop == null ? null : workshop.value(), customer == null ? null : customer.value(), split.grossCents(),
					split.platformFee().value(), split.platformFeeCents(), split.workshopShare().value(),
					split.workshopShareCents(), split.bayFeeCents(), split.mechanicCents(), description,
					SqlTime.of(occurredAt), SqlTime.of(recordedAt), paymentId)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<RecordedSale> findByKey(String businessKey) {
		return jdbc.sql(SELECT + " WHERE s.business_key = ?").param(businessKey).query(SaleRows::sale).optional();
	}

	public Optional<RecordedSale> find(long id) {
		return jdbc.sql(SELECT + " WHERE s.id = ?").param(id).query(SaleRows::sale).optional();
	}

	public Optional<RecordedSale> ofPayment(long paymentId) {
		return jdbc.sql(SELECT + " WHERE s.payment_id = ?").param(paymentId).query(SaleRows::sale).optional();
	}

	static RecordedSale sale(ResultSet rs, int row) throws SQLException {
		RevenueModelKind kind = RevenueModelKind.valueOf(rs.getString("model"));
		Split split = new Split(kind, rs.getLong("gross_cents"), SplitCalculator.ppm(
				ca.mechanicplatform.kernel.Percentage.of(rs.getBigDecimal("platform_fee_pct"))), rs.getLong("platform_fee_cents"),
				SplitCalculator.ppm(ca.mechanicplatform.kernel.Percentage.of(rs.getBigDecimal("workshop_share_pct"))),
				rs.getLong("workshop_share_cents"), rs.getLong("bay_fee_cents"), rs.getLong("mechanic_cents"));
		Long workshop = LedgerRows.nullableLong(rs, "workshop_id");
		Long customer = LedgerRows.nullableLong(rs, "customer_id");
		return new RecordedSale(rs.getLong("id"), rs.getString("business_key"), split, new MechanicId(rs.getLong("mechanic_id")),
				workshop == null ? null : new WorkshopId(workshop), customer == null ? null : new CustomerId(customer),
				rs.getString("description"), SqlTime.instant(rs, "occurred_at"), SqlTime.instant(rs, "recorded_at"),
				SqlTime.instant(rs, "booked_at"), LedgerRows.nullableLong(rs, "payment_id"), false);
	}
}
