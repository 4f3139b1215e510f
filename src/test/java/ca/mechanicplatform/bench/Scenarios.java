package ca.mechanicplatform.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the HTTP benchmarks do with their named scenarios, in order: check that each answers 200 (and print its size),
 * warm the JVM up until the JIT compiler is done ({@link JitWarmUp}), measure each scenario in turn with its CPU per
 * request, and say whether the target was met.
 */
final class Scenarios {

	private Scenarios() {
	}

	/** Sends each scenario's first request once; a scenario that does not answer 200 stops the benchmark. */
	static void checkEachAnswers(Map<String, LoadRunner.Requests> scenarios) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (var e : scenarios.entrySet()) {
			HttpResponse<String> reply = client.send(e.getValue().next(0, 0), HttpResponse.BodyHandlers.ofString());
			if (reply.statusCode() != 200) {
				throw new IllegalStateException(e.getKey() + " answered " + reply.statusCode() + ": " + reply.body());
			}
			System.out.printf(Locale.ROOT, "%s: %,d bytes%n", e.getKey(), reply.body().length());
		}
	}

	/** Warms the JVM up on every scenario ({@code bench.jit-warmup} each per round), then measures each in turn. */
	static List<LoadResult> warmUpAndMeasure(LoadRunner.Options options, BenchDatabase database,
			Map<String, LoadRunner.Requests> scenarios) {
		CpuMeter cpu = new CpuMeter(database);
		Duration jit = LoadRunner.Options.duration("bench.jit-warmup", Duration.ofSeconds(5));
		System.out.println("Warming the JVM up: rounds of every scenario for " + jit.toSeconds() + " s each, until the JIT compiler is done");
		LoadRunner warmUp = new LoadRunner(new LoadRunner.Options(options.users(), Duration.ZERO, Integer.MAX_VALUE, jit));
		JitWarmUp.untilSteady(() -> scenarios.forEach(warmUp::run));
		LoadRunner runner = new LoadRunner(options);
		System.out.printf(Locale.ROOT, "%d virtual users, %d s warm-up, then %d s or %,d requests per scenario%n", options.users(),
				options.warmUp().toSeconds(), options.duration().toSeconds(), options.requests());
		List<LoadResult> results = new ArrayList<>();
		for (var e : scenarios.entrySet()) {
			var before = cpu.sample();
			LoadResult result = runner.run(e.getKey(), e.getValue());
			BenchResults.print(result);
			System.out.println("    " + CpuMeter.perRequest(before, cpu.sample(), result.sent()));
			results.add(result);
		}
		return results;
	}

	/** Prints whether every scenario answered without error within {@code p95Millis} at the 95th percentile. */
	static void printTarget(List<LoadResult> results, int p95Millis) {
		List<String> missed = results.stream().filter(r -> r.percentileMillis(95) > p95Millis || r.errorCount() > 0)
			.map(LoadResult::scenario).toList();
		System.out.println("Target p95 ≤ " + p95Millis + " ms: " + (missed.isEmpty() ? "met by every scenario" : "missed by " + missed));
	}
}
