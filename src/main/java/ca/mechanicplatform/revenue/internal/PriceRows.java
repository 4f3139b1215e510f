package ca.mechanicplatform.revenue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.ConsultationChannel;
import ca.mechanicplatform.revenue.ConsultationPrice;

/** The {@code consultation_prices} table: one row per channel. */
@Repository
public class PriceRows {

	private static final String SELECT = "SELECT channel, price_cents, updated_by, updated_at FROM consultation_prices";

	private final JdbcClient jdbc;

	PriceRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ConsultationPrice> all() {
		return jdbc.sql(SELECT + " ORDER BY CASE channel WHEN 'CHAT' THEN 0 ELSE 1 END").query(PriceRows::price).list();
	}

	public Optional<ConsultationPrice> find(ConsultationChannel channel) {
		return jdbc.sql(SELECT + " WHERE channel = ?").param(channel.name()).query(PriceRows::price).optional();
	}

	public void update(ConsultationChannel channel, Money price, UserId by, Instant at) {
		jdbc.sql("UPDATE consultation_prices SET price_cents = ?, updated_by = ?, updated_at = ? WHERE channel = ?")
			.params(price.cents(), by.value(), SqlTime.of(at), channel.name()).update();
	}

	static ConsultationPrice price(ResultSet rs, int row) throws SQLException {
		long by = rs.getLong("updated_by");
		return new ConsultationPrice(ConsultationChannel.valueOf(rs.getString("channel")), Money.ofCents(rs.getLong("price_cents")),
				by == 0 ? null : new UserId(by), SqlTime.instant(rs, "updated_at"));
	}
}
