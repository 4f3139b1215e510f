package ca.mechanicplatform.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.accounts.Account;
import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.accounts.Role;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;

/** The {@code users} table. */
@Repository
public class UserRows {

	private static final String COLUMNS = "id, email, password_hash, display_name, role, enabled, created_at";

	private final JdbcClient jdbc;

	UserRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UserId insert(String email, String passwordHash, String displayName, Role role, Instant createdAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO users (email, password_hash, display_name, role, enabled, created_at) VALUES (?, ?, ?, ?, TRUE, ?)")
			.params(email, passwordHash, displayName, role.name(), SqlTime.of(createdAt))
			.update(keys, "id");
		return new UserId(keys.getKey().longValue());
	}

	public void updatePasswordHash(UserId id, String passwordHash) {
		jdbc.sql("UPDATE users SET password_hash = ? WHERE id = ?").params(passwordHash, id.value()).update();
	}

	public void updateDisplayName(UserId id, String displayName) {
		jdbc.sql("UPDATE users SET display_name = ? WHERE id = ?").params(displayName, id.value()).update();
	}

	public Optional<Account> find(UserId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?").param(id.value()).query(UserRows::account).optional();
	}

	/** The enabled account with this address, its row locked until the end of the transaction. */
	public Optional<Account> lockEnabledByEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email = ? AND enabled FOR UPDATE").param(email)
			.query(UserRows::account).optional();
	}

	public Optional<Account> findByEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email = ?").param(email).query(UserRows::account).optional();
	}

	public Optional<PlatformUser> principalByEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE email = ?").param(email).query(UserRows::principal).optional();
	}

	public Optional<PlatformUser> principal(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users WHERE id = ?").param(id).query(UserRows::principal).optional();
	}

	public Map<Role, Long> countByRole() {
		return jdbc.sql("SELECT role, COUNT(*) AS n FROM users GROUP BY role")
			.query((rs, i) -> Map.entry(Role.valueOf(rs.getString("role")), rs.getLong("n")))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	static Account account(ResultSet rs, int row) throws SQLException {
		return new Account(new UserId(rs.getLong("id")), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), SqlTime.instant(rs, "created_at"));
	}

	static PlatformUser principal(ResultSet rs, int row) throws SQLException {
		return new PlatformUser(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getString("password_hash"));
	}
}
