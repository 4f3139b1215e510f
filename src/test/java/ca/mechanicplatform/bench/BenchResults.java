package ca.mechanicplatform.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Prints a measured scenario and, when the system property {@code bench.results-file} names a file, appends it there
 * as one tab-separated line (benchmark from {@code bench.name}, scenario, users, requests, req/s, p50, p95, p99 in ms,
 * errors, load average) for {@link PerformanceReport} to gather.
 */
public final class BenchResults {

	private BenchResults() {
	}

	public static void print(LoadResult result) {
		System.out.println(result.report());
		String file = System.getProperty("bench.results-file");
		if (file == null || file.isBlank()) {
			return;
		}
		String line = String.join("\t", System.getProperty("bench.name", "benchmark"), result.scenario().replace('\t', ' '),
				Integer.toString(result.users()), Integer.toString(result.requests()),
				String.format(Locale.ROOT, "%.1f", result.throughput()), String.format(Locale.ROOT, "%.1f", result.percentileMillis(50)),
				String.format(Locale.ROOT, "%.1f", result.percentileMillis(95)), String.format(Locale.ROOT, "%.1f", result.percentileMillis(99)),
				Long.toString(result.errorCount()), String.format(Locale.ROOT, "%.1f", result.loadAverage())) + "\n";
		try {
			Files.writeString(Path.of(file), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
