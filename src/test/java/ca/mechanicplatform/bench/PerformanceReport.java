package ca.mechanicplatform.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers one {@code bench/report.sh} run into a Markdown report: the raw database limit measured by
 * {@code pgbench -S} on the same machine in the same run, then every endpoint scenario the benchmarks measured
 * (throughput, p50/p95/p99) with its throughput as a share of that limit.
 *
 * <p>Arguments: the results file the benchmarks appended to ({@link BenchResults}), pgbench's output, the machine
 * description, the report file to write and, optionally, the pgbench sweep by number of connections.
 */
public final class PerformanceReport {

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
	private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

	private PerformanceReport() {
	}

	record Row(String benchmark, String scenario, int users, int requests, double throughput, double p50, double p95,
			double p99, long errors, double load) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 4) {
			throw new IllegalArgumentException("Usage: PerformanceReport <results.tsv> <pgbench.txt> <machine.txt> <report.md> [<sweep.md>]");
		}
		String pgbench = Files.readString(Path.of(args[1]), StandardCharsets.UTF_8);
		Matcher tps = TPS.matcher(pgbench);
		if (!tps.find()) {
			throw new IllegalStateException("pgbench printed no tps:\n" + pgbench);
		}
		double limit = Double.parseDouble(tps.group(1));
		Matcher latency = LATENCY.matcher(pgbench);
		String pgLatency = latency.find() ? latency.group(1) + " ms" : "?";

		List<Row> rows = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
			if (line.isBlank()) {
				continue;
			}
			String[] f = line.split("\t");
			rows.add(new Row(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Double.parseDouble(f[4]),
					Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]), Long.parseLong(f[8]),
					Double.parseDouble(f[9])));
		}

		StringBuilder md = new StringBuilder();
		md.append("## Machine\n\n").append(Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).strip()).append("\n\n");
		md.append("## Raw database limit\n\n");
		md.append(String.format(Locale.ROOT, "`pgbench -S` (select-only, prepared, 16 clients): **%,.0f transactions/s**, "
				+ "latency average %s. Each transaction is one primary-key SELECT; no endpoint can do fewer than one round trip, "
				+ "so an endpoint's throughput divided by this figure says how far it is from the database's floor.%n%n", limit, pgLatency));
		if (args.length > 4 && Files.exists(Path.of(args[4]))) {
			md.append("`pgbench -S`, 5 s per line, by number of connections:\n\n")
				.append(Files.readString(Path.of(args[4]), StandardCharsets.UTF_8).strip()).append("\n\n");
		}
		md.append("## Endpoints\n\n");
		md.append("| benchmark | scenario | users | requests | req/s | p50 ms | p95 ms | p99 ms | errors | req/s ÷ pgbench -S | load |\n");
		md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Row row : rows) {
			md.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %,.1f | %.1f | %.1f | %.1f | %d | %.4f (1 : %,.0f) | %.1f |%n",
					row.benchmark(), row.scenario(), row.users(), row.requests(), row.throughput(), row.p50(), row.p95(), row.p99(),
					row.errors(), row.throughput() / limit, limit / Math.max(row.throughput(), 0.001), row.load()));
		}
		Files.writeString(Path.of(args[3]), md.toString(), StandardCharsets.UTF_8);
		System.out.println();
		System.out.print(md);
	}
}
