package ca.mechanicplatform.revenue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.revenue.Payment;

/** The {@code payments} table. */
@Repository
public class PaymentRows {

	private static final String SELECT = """
			SELECT id, business_key, customer_id, amount_cents, description, gateway, gateway_reference, status, captured_at,
			       refunded_at, refund_reference, refund_reason
			FROM payments""";

	private final JdbcClient jdbc;

	PaymentRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @throws org.springframework.dao.DuplicateKeyException if the business key is already recorded
	 */
	public long insert(String businessKey, CustomerId customer, Money amount, String description, String gateway,
			String reference, Instant capturedAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO payments (business_key, customer_id, amount_cents, description, gateway, gateway_reference, status, captured_at)
				VALUES (?, ?, ?, ?, ?, ?, 'CAPTURED', ?)""")
			.params(businessKey, customer == null ? null : customer.value(), amount.cents(), description, gateway, reference,
					SqlTime.of(capturedAt))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	public Optional<Payment> findByKey(String businessKey) {
		return jdbc.sql(SELECT + " WHERE business_key = ?").param(businessKey).query(PaymentRows::payment).optional();
	}

	public Optional<Payment> find(long id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(PaymentRows::payment).optional();
	}

	/** Reads the payment and locks it until the transaction ends, so a sale and a refund cannot both use it at once. */
	public Optional<Payment> lockByKey(String businessKey) {
		return jdbc.sql(SELECT + " WHERE business_key = ? FOR UPDATE").param(businessKey).query(PaymentRows::payment).optional();
	}

	/** Marks a captured payment refunded; false when it already was (a concurrent refund won). */
	public boolean markRefunded(long id, Instant at, String reference, String reason) {
		return jdbc.sql("""
				UPDATE payments SET status = 'REFUNDED', refunded_at = ?, refund_reference = ?, refund_reason = ?
				WHERE id = ? AND status = 'CAPTURED'""")
			.params(SqlTime.of(at), reference, reason, id).update() == 1;
	}

	static Payment payment(ResultSet rs, int row) throws SQLException {
		Long customer = LedgerRows.nullableLong(rs, "customer_id");
		return new Payment(rs.getLong("id"), rs.getString("business_key"), customer == null ? null : new CustomerId(customer),
				Money.ofCents(rs.getLong("amount_cents")), rs.getString("description"), rs.getString("gateway"),
				rs.getString("gateway_reference"), Payment.Status.valueOf(rs.getString("status")), SqlTime.instant(rs, "captured_at"),
				SqlTime.instant(rs, "refunded_at"), rs.getString("refund_reference"), rs.getString("refund_reason"), false);
	}
}
