package ca.mechanicplatform.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * CPU time spent per request, which other processes on the machine disturb far less than latency: this JVM's (the
 * platform and the load generator together) and the PostgreSQL server processes serving the benchmark database (read
 * from {@code /proc}, so on Linux with the server on this machine; otherwise the database's share is unknown).
 */
public final class CpuMeter {

	private static final long NANOS_PER_TICK = 10_000_000L;

	/** CPU used so far: by this JVM, and by each server process connected to the database, by process id. */
	public record Sample(long jvmNanos, Map<Integer, Long> databaseNanos) {
	}

	private final BenchDatabase database;

	public CpuMeter(BenchDatabase database) {
		this.database = database;
	}

	public Sample sample() {
		long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
		Map<Integer, Long> backends = new HashMap<>();
		try (Connection connection = database.connect();
				PreparedStatement statement = connection.prepareStatement(
						"SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				int pid = rs.getInt(1);
				long nanos = processCpuNanos(pid);
				if (nanos >= 0) {
					backends.put(pid, nanos);
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		return new Sample(jvm, backends);
	}

	/** "cpu/request: platform+client 1.20 ms, database 0.45 ms" between two samples. */
	public static String perRequest(Sample before, Sample after, long requests) {
		if (requests == 0) {
			return "cpu/request: no requests";
		}
		double jvm = (after.jvmNanos() - before.jvmNanos()) / 1e6 / requests;
		long database = 0;
		for (var entry : after.databaseNanos().entrySet()) {
			database += entry.getValue() - before.databaseNanos().getOrDefault(entry.getKey(), 0L);
		}
		return String.format(Locale.ROOT, "cpu/request: platform+client %.2f ms, database %s", jvm,
				after.databaseNanos().isEmpty() ? "unknown" : String.format(Locale.ROOT, "%.2f ms", database / 1e6 / requests));
	}

	/** User plus system time of a process from {@code /proc/<pid>/stat}, or -1 if it cannot be read. */
	private static long processCpuNanos(int pid) {
		try {
			String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}
}
