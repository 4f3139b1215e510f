package ca.mechanicplatform.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A throw-away PostgreSQL database for one benchmark run: {@link #create()} makes {@code imp_bench_<time>} on the
 * local server (127.0.0.1:5432, user postgres, no password, unless {@code BENCH_POSTGRES_URL} — a JDBC URL of a
 * database to connect to for administration —, {@code BENCH_POSTGRES_USER} and {@code BENCH_POSTGRES_PASSWORD} say
 * otherwise) and {@link #close()} drops it, even while connections are still open. Close whatever uses the database
 * (the platform's context) first.
 */
public final class BenchDatabase implements AutoCloseable {

	private static final String ADMIN_URL = env("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
	private static final String USER = env("BENCH_POSTGRES_USER", "postgres");
	private static final String PASSWORD = env("BENCH_POSTGRES_PASSWORD", "");

	private final String name;
	private final boolean keep;

	private BenchDatabase(String name, boolean keep) {
		this.name = name;
		this.keep = keep;
	}

	/**
	 * Creates a new, empty database. With the system property {@code bench.keep-database=true} it is left in place at
	 * the end so its plans can be examined.
	 *
	 * @throws IllegalStateException if the server cannot be reached or refuses
	 */
	public static BenchDatabase create() {
		String name = "imp_bench_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss"));
		admin("CREATE DATABASE " + name);
		return new BenchDatabase(name, Boolean.getBoolean("bench.keep-database"));
	}

	public String name() {
		return name;
	}

	public String url() {
		return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
	}

	public String user() {
		return USER;
	}

	public String password() {
		return PASSWORD;
	}

	/** A new connection to this database, in auto-commit mode; the caller closes it. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), USER, PASSWORD);
	}

	/** Runs statements one after the other on a connection of their own (for ANALYZE, VACUUM and the like). */
	public void execute(String... sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	/** Drops the database, forcibly closing any connection still open to it. */
	@Override
	public void close() {
		if (keep) {
			System.out.println("Kept database " + name + " (drop it with: DROP DATABASE " + name + " WITH (FORCE))");
			return;
		}
		admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}

	private static void admin(String sql) {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Benchmarks need the PostgreSQL server at " + ADMIN_URL
					+ " (start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start): " + e.getMessage(), e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
