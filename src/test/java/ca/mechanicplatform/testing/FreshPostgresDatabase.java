package ca.mechanicplatform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives every test run its own PostgreSQL database: created when the JUnit launcher session opens, handed to Spring
 * through the {@code spring.datasource.*} system properties, and dropped when the session closes. The server is the
 * local one on 127.0.0.1:5432 unless {@code TEST_POSTGRES_URL} (a JDBC URL of a database to connect to for
 * administration), {@code TEST_POSTGRES_USER} and {@code TEST_POSTGRES_PASSWORD} say otherwise.
 */
public class FreshPostgresDatabase implements LauncherSessionListener {

	private static final String ADMIN_URL = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
	private static final String USER = env("TEST_POSTGRES_USER", "postgres");
	private static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "");

	private static String database;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (database != null) {
			return;
		}
		database = "imp_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")) + "_"
				+ ProcessHandle.current().pid();
		execute("CREATE DATABASE " + database);
		String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", USER);
		System.setProperty("spring.datasource.password", PASSWORD);
		System.setProperty("imp.test.database", database);
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (database == null || Boolean.getBoolean("imp.test.keep-database")) {
			return;
		}
		execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		database = null;
	}

	/** The JDBC URL of this run's database. */
	public static String url() {
		return System.getProperty("spring.datasource.url");
	}

	private static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("The tests need the PostgreSQL server at " + ADMIN_URL
					+ " (start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start): " + e.getMessage(), e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
