package ca.mechanicplatform.profiles.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;

/** Referral codes ({@code referral_codes}) and the customers who signed up with them ({@code referrals}). */
@Repository
public class ReferralRows {

	/** One referred customer; {@code convertedAt}, {@code consultationId} and {@code bonusCents} once converted. */
	public record Row(long id, MechanicId mechanic, CustomerId customer, String code, Instant signedUpAt, Instant convertedAt,
			Long consultationId, Long bonusCents) {

		public boolean isConverted() {
			return convertedAt != null;
		}
	}

	/** A mechanic's totals. */
	public record Totals(long referred, long converted, long bonusCents) {
	}

	private static final String SELECT = """
			SELECT id, mechanic_id, customer_id, code, signed_up_at, converted_at, consultation_id, bonus_cents FROM referrals""";

	private final JdbcClient jdbc;

	ReferralRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<String> codeOf(MechanicId mechanic) {
		return jdbc.sql("SELECT code FROM referral_codes WHERE mechanic_id = ?").param(mechanic.value()).query(String.class).optional();
	}

	public Optional<MechanicId> mechanicWithCode(String code) {
		return jdbc.sql("SELECT mechanic_id FROM referral_codes WHERE code = ?").param(code).query(Long.class).optional()
			.map(MechanicId::new);
	}

	/** Stores a code unless the mechanic already has one or another mechanic has this one; tells whether it did. */
	public boolean insertCode(MechanicId mechanic, String code, Instant at) {
		return jdbc.sql("INSERT INTO referral_codes (mechanic_id, code, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(mechanic.value(), code, SqlTime.of(at)).update() == 1;
	}

	/** Attributes the customer to the mechanic unless the customer is already attributed; tells whether it did. */
	public boolean attribute(MechanicId mechanic, CustomerId customer, String code, Instant at) {
		return jdbc.sql("""
				INSERT INTO referrals (mechanic_id, customer_id, code, signed_up_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(mechanic.value(), customer.value(), code, SqlTime.of(at)).update() == 1;
	}

	public Optional<Row> ofCustomer(CustomerId customer) {
		return jdbc.sql(SELECT + " WHERE customer_id = ?").param(customer.value()).query(ReferralRows::row).optional();
	}

	/** Marks the customer's referral converted, once: a second call for the same customer changes nothing. */
	public boolean convert(CustomerId customer, long consultationId, long bonusCents, Instant at) {
		return jdbc.sql("""
				UPDATE referrals SET converted_at = ?, consultation_id = ?, bonus_cents = ?
				WHERE customer_id = ? AND converted_at IS NULL""")
			.params(SqlTime.of(at), consultationId, bonusCents, customer.value()).update() == 1;
	}

	/** The mechanic's most recent referrals, newest first. */
	public List<Row> ofMechanic(MechanicId mechanic, int limit) {
		return jdbc.sql(SELECT + " WHERE mechanic_id = ? ORDER BY signed_up_at DESC, id DESC LIMIT ?")
			.params(mechanic.value(), limit).query(ReferralRows::row).list();
	}

	public Totals totals(MechanicId mechanic) {
		return jdbc.sql("""
				SELECT COUNT(*) AS referred, COUNT(converted_at) AS converted, COALESCE(SUM(bonus_cents), 0) AS bonus
				FROM referrals WHERE mechanic_id = ?""")
			.param(mechanic.value())
			.query((rs, i) -> new Totals(rs.getLong("referred"), rs.getLong("converted"), rs.getLong("bonus"))).single();
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		long consultation = rs.getLong("consultation_id");
		boolean noConsultation = rs.wasNull();
		long bonus = rs.getLong("bonus_cents");
		boolean noBonus = rs.wasNull();
		return new Row(rs.getLong("id"), new MechanicId(rs.getLong("mechanic_id")), new CustomerId(rs.getLong("customer_id")),
				rs.getString("code"), SqlTime.instant(rs, "signed_up_at"), SqlTime.instant(rs, "converted_at"),
				noConsultation ? null : consultation, noBonus ? null : bonus);
	}
}
