package ca.mechanicplatform.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator: {@code users} virtual users, each a thread with its own HTTP client, send one
 * request, wait for the whole answer, and send the next. Load runs without a pause from the warm-up into the
 * measurement; a request counts when it started after the warm-up, and the measurement ends at whichever limit comes
 * first: {@code requests} measured requests or {@code duration}. Every measured latency is kept, so the percentiles are
 * exact. Any answer other than 200, and any failure to get one, is an error, counted by kind with a few samples kept
 * to print.
 *
 * <p>Only loopback addresses are accepted as targets: a benchmark loads a server on this machine, never another one.
 */
public final class LoadRunner {

	/** How a run is shaped. {@code requests} and {@code duration} both bound the measurement; the first reached ends it. */
	public record Options(int users, Duration warmUp, int requests, Duration duration) {

		public Options {
			if (users < 1 || requests < 1 || warmUp.isNegative() || duration.isNegative() || duration.isZero()) {
				throw new IllegalArgumentException("Need at least one user, one request and a positive duration");
			}
		}

		/** Reads {@code bench.users}, {@code bench.warmup}, {@code bench.requests} and {@code bench.duration} (e.g. {@code 20s}). */
		public static Options fromSystemProperties(int users, Duration warmUp, int requests, Duration duration) {
			return new Options(Integer.getInteger("bench.users", users), duration("bench.warmup", warmUp),
					Integer.getInteger("bench.requests", requests), duration("bench.duration", duration));
		}

		/** A duration system property such as {@code 20s} or {@code 1m30s}, or the fallback when it is not set. */
		public static Duration duration(String property, Duration fallback) {
			String raw = System.getProperty(property);
			return raw == null || raw.isBlank() ? fallback : Duration.parse("PT" + raw.trim().toUpperCase());
		}
	}

	/** Builds the request a virtual user sends next; {@code user} counts from 0, {@code sequence} per user from 0. */
	@FunctionalInterface
	public interface Requests {
		HttpRequest next(int user, long sequence);
	}

	private static final int ERROR_SAMPLES = 5;

	private final Options options;

	public LoadRunner(Options options) {
		this.options = options;
	}

	public Options options() {
		return options;
	}

	/**
	 * Runs one scenario to its end and returns what was measured.
	 *
	 * @throws IllegalArgumentException if a request goes anywhere but a loopback address
	 */
	public LoadResult run(String scenario, Requests requests) {
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long start = System.nanoTime();
		long measureFrom = start + options.warmUp().toNanos();
		long measureUntil = measureFrom + options.duration().toNanos();
		AtomicLong admitted = new AtomicLong();
		List<VirtualUser> users = new ArrayList<>();
		for (int i = 0; i < options.users(); i++) {
			users.add(new VirtualUser(i, requests, measureFrom, measureUntil, admitted));
		}
		List<Thread> threads = new ArrayList<>();
		for (VirtualUser user : users) {
			Thread thread = new Thread(user, "virtual-user-" + user.index);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the load ran", e);
			}
		}
		long lastEnd = users.stream().mapToLong(u -> u.lastEnd).max().orElse(measureFrom);
		long[] latencies = users.stream().flatMapToLong(u -> Arrays.stream(u.latencies, 0, u.count)).sorted().toArray();
		Map<String, Long> errors = new TreeMap<>();
		Map<String, Long> warmUpErrors = new TreeMap<>();
		List<String> samples = new ArrayList<>();
		for (VirtualUser user : users) {
			user.errors.forEach((kind, n) -> errors.merge(kind, n, Long::sum));
			user.warmUpErrors.forEach((kind, n) -> warmUpErrors.merge(kind, n, Long::sum));
			user.samples.stream().limit(Math.max(0, ERROR_SAMPLES - samples.size())).forEach(samples::add);
		}
		long sent = users.stream().mapToLong(u -> u.sent).sum();
		return new LoadResult(scenario, options.users(), latencies, Math.max(1, lastEnd - measureFrom), sent, errors, warmUpErrors,
				samples, loadBefore);
	}

	private static void requireLoopback(URI uri) {
		try {
			if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
				throw new IllegalArgumentException("Benchmarks only load this machine (a loopback address), not " + uri.getHost());
			}
		}
		catch (UnknownHostException e) {
			throw new IllegalArgumentException("Unknown host " + uri.getHost(), e);
		}
	}

	private final class VirtualUser implements Runnable {

		final int index;
		final Requests requests;
		final long measureFrom;
		final long measureUntil;
		final AtomicLong admitted;
		final Map<String, Long> errors = new LinkedHashMap<>();
		final Map<String, Long> warmUpErrors = new LinkedHashMap<>();
		final List<String> samples = new ArrayList<>();
		long[] latencies = new long[4096];
		int count;
		long sent;
		long lastEnd;

		VirtualUser(int index, Requests requests, long measureFrom, long measureUntil, AtomicLong admitted) {
			this.index = index;
			this.requests = requests;
			this.measureFrom = measureFrom;
			this.measureUntil = measureUntil;
			this.admitted = admitted;
		}

		@Override
		public void run() {
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
			for (long sequence = 0;; sequence++) {
				long begin = System.nanoTime();
				boolean measured = begin >= measureFrom;
				if (begin >= measureUntil || (measured && admitted.incrementAndGet() > options.requests())) {
					return;
				}
				HttpRequest request = requests.next(index, sequence);
				requireLoopback(request.uri());
				String error = send(client, request);
				long end = System.nanoTime();
				sent++;
				if (!measured) {
					if (error != null) {
						warmUpErrors.merge(error.substring(0, error.indexOf(':')), 1L, Long::sum);
					}
					continue;
				}
				lastEnd = end;
				if (count == latencies.length) {
					latencies = Arrays.copyOf(latencies, count * 2);
				}
				latencies[count++] = end - begin;
				if (error != null) {
					errors.merge(error.substring(0, error.indexOf(':')), 1L, Long::sum);
					if (samples.size() < ERROR_SAMPLES) {
						samples.add(request.method() + " " + request.uri().getRawPath()
								+ (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()) + " → " + error);
					}
				}
			}
		}

		/** Null for a 200, otherwise "kind: detail". */
		private String send(HttpClient client, HttpRequest request) {
			try {
				HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
				if (response.statusCode() == 200) {
					return null;
				}
				String body = new String(response.body(), StandardCharsets.UTF_8);
				return "HTTP " + response.statusCode() + ": " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
			}
			catch (IOException e) {
				return e.getClass().getSimpleName() + ": " + e.getMessage();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return "interrupted: " + e.getMessage();
			}
		}
	}
}
