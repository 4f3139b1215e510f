package ca.mechanicplatform.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * Warms the JVM up until its just-in-time compiler has finished with the hot paths, so that a benchmark measures the
 * platform as a long-running server runs it rather than a JVM still compiling: on two cores the compiler threads take
 * their share of the processor for the first minute or two of load, and the same request costs three to four times as
 * much processor time as it does once they are done. A round is one pass over every scenario (each for
 * {@code bench.jit-warmup}); rounds repeat until the compiler was busy for less than {@code bench.jit-quiet} (default
 * 0.05) of a round's wall time: at least {@code bench.jit-min-rounds} (default 2) rounds, and no new round once
 * {@code bench.jit-max} (default 5 minutes) has passed.
 */
final class JitWarmUp {

	private JitWarmUp() {
	}

	static void untilSteady(Runnable round) {
		CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
		int min = Integer.getInteger("bench.jit-min-rounds", 2);
		Duration max = LoadRunner.Options.duration("bench.jit-max", Duration.ofMinutes(5));
		double quiet = Double.parseDouble(System.getProperty("bench.jit-quiet", "0.05"));
		long deadline = System.nanoTime() + max.toNanos();
		for (int i = 1; ; i++) {
			long compiledBefore = compiler.getTotalCompilationTime();
			long started = System.nanoTime();
			round.run();
			double wallMillis = (System.nanoTime() - started) / 1e6;
			double busy = (compiler.getTotalCompilationTime() - compiledBefore) / wallMillis;
			System.out.printf(Locale.ROOT, "JIT warm-up round %d: %.1f s, compiler busy %.1f%% of it%n", i, wallMillis / 1000, busy * 100);
			if (i >= min && busy < quiet) {
				return;
			}
			if (System.nanoTime() > deadline) {
				System.out.printf(Locale.ROOT, "JIT warm-up: the compiler was still busy after %d rounds (%s); measuring anyway%n", i, max);
				return;
			}
		}
	}
}
