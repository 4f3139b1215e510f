package ca.mechanicplatform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import ca.mechanicplatform.testing.PlatformTest;

/** Every pooled PostgreSQL session of the platform runs with query JIT compilation off. */
@PlatformTest
class PostgresSessionSettingsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HikariDataSource pool;

	@Test
	void everyPooledSessionHasJitOff() throws Exception {
		assertThat(pool.getConnectionInitSql()).isEqualTo(PostgresSessionSettings.INIT_SQL);
		assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
		// several connections at once, so more than one session of the pool is asked
		Set<String> settings = new HashSet<>();
		var connections = new java.util.ArrayList<java.sql.Connection>();
		try {
			for (int i = 0; i < 3; i++) {
				var connection = pool.getConnection();
				connections.add(connection);
				try (var statement = connection.createStatement(); var rs = statement.executeQuery("SHOW jit")) {
					rs.next();
					settings.add(rs.getString(1));
				}
			}
		}
		finally {
			for (var connection : connections) {
				connection.close();
			}
		}
		assertThat(settings).containsExactly("off");
	}
}
