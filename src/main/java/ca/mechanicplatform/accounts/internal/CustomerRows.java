package ca.mechanicplatform.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.accounts.Customer;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;

/** The {@code customers} table. */
@Repository
public class CustomerRows {

	private static final String SELECT = """
			SELECT c.id, c.user_id, u.display_name, u.email, c.postal_code, c.phone, c.created_at
			FROM customers c JOIN users u ON u.id = c.user_id
			""";

	private final JdbcClient jdbc;

	CustomerRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public CustomerId insert(UserId userId, PostalCode postalCode, String phone, Instant createdAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO customers (user_id, postal_code, fsa, phone, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(userId.value(), postalCode.value(), postalCode.fsa().code(), phone, SqlTime.of(createdAt))
			.update(keys, "id");
		return new CustomerId(keys.getKey().longValue());
	}

	public Optional<Customer> find(CustomerId id) {
		return jdbc.sql(SELECT + " WHERE c.id = ?").param(id.value()).query(CustomerRows::customer).optional();
	}

	public Optional<Customer> findByUser(UserId userId) {
		return jdbc.sql(SELECT + " WHERE c.user_id = ?").param(userId.value()).query(CustomerRows::customer).optional();
	}

	static Customer customer(ResultSet rs, int row) throws SQLException {
		return new Customer(new CustomerId(rs.getLong("id")), new UserId(rs.getLong("user_id")),
				rs.getString("display_name"), rs.getString("email"), PostalCode.parse(rs.getString("postal_code")),
				rs.getString("phone"), SqlTime.instant(rs, "created_at"));
	}
}
