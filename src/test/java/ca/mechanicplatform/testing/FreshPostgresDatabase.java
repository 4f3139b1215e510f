package ca.mechanicplatform.testing;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.test.annotation.DirtiesContext.HierarchyMode;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.cache.ContextCache;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

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
		closeSpringContexts();
		execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		database = null;
	}

	/**
	 * Closes the application contexts the test run cached, so that no scheduled task or pool still uses the database
	 * when it is dropped. Spring's test context cache has no public way to close every context, hence the reflection;
	 * if it fails the contexts simply close when the JVM exits.
	 */
	@SuppressWarnings("unchecked")
	private static void closeSpringContexts() {
		try {
			Field field = DefaultCacheAwareContextLoaderDelegate.class.getDeclaredField("defaultContextCache");
			field.setAccessible(true);
			ContextCache cache = (ContextCache) field.get(null);
			Field contexts = cache.getClass().getDeclaredField("contextMap");
			contexts.setAccessible(true);
			var keys = new ArrayList<>(((Map<MergedContextConfiguration, ?>) contexts.get(cache)).keySet());
			for (MergedContextConfiguration key : keys) {
				cache.remove(key, HierarchyMode.EXHAUSTIVE);
			}
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			System.err.println("Test contexts stay open until the JVM exits: " + e);
		}
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
