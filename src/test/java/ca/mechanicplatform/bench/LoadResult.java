package ca.mechanicplatform.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one scenario measured: every latency in nanoseconds, sorted ascending; the measured wall time; how many requests
 * were sent in all (warm-up included, for costs measured over the whole run); errors by kind
 * (an HTTP status or an exception) in the measurement and in the warm-up; a few error samples; and the machine's load
 * average when the scenario started (other processes compete for the same cores).
 */
public record LoadResult(String scenario, int users, long[] latencies, long elapsedNanos, long sent, Map<String, Long> errors,
		Map<String, Long> warmUpErrors, List<String> errorSamples, double loadAverage) {

	public int requests() {
		return latencies.length;
	}

	public long errorCount() {
		return errors.values().stream().mapToLong(Long::longValue).sum();
	}

	/** Completed requests per second over the measurement. */
	public double throughput() {
		return latencies.length / (elapsedNanos / 1e9);
	}

	/**
	 * The nearest-rank percentile in milliseconds: the smallest latency that at least {@code percent} % of the requests
	 * did not exceed; 0 without requests.
	 */
	public double percentileMillis(double percent) {
		if (latencies.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(percent / 100.0 * latencies.length);
		return latencies[Math.min(latencies.length, Math.max(1, rank)) - 1] / 1e6;
	}

	public double maxMillis() {
		return latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6;
	}

	/** One line for the console and the results table. */
	public String line() {
		return String.format(Locale.ROOT, "%-58s users %2d  requests %6d  %7.1f req/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  "
				+ "max %7.1f ms  errors %d%s  load %.1f", scenario, users, requests(), throughput(), percentileMillis(50),
				percentileMillis(95), percentileMillis(99), maxMillis(), errorCount(), errors.isEmpty() ? "" : " " + errors, loadAverage);
	}

	/** The summary line, then the warm-up's errors and error samples, if any. */
	public String report() {
		StringBuilder text = new StringBuilder(line());
		if (!warmUpErrors.isEmpty()) {
			text.append("\n    warm-up errors ").append(warmUpErrors);
		}
		errorSamples.forEach(sample -> text.append("\n    ").append(sample));
		return text.toString();
	}
}
