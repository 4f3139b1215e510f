package ca.mechanicplatform.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One instance of the platform in a JVM of its own, started from this test run's class path, so that it can be killed
 * the way a machine dies ({@code SIGKILL}: no shutdown hooks, no graceful stop, transactions cut off mid-flight). Its
 * output goes to {@code target/fault-instances/<name>.log}.
 */
final class PlatformProcess implements AutoCloseable {

	private final String name;
	private final int port;
	private final Process process;
	private final Path log;

	private PlatformProcess(String name, int port, Process process, Path log) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts an instance on a free port; {@code properties} become {@code --name=value} arguments and
	 * {@code systemProperties} {@code -Dname=value} options.
	 */
	static PlatformProcess start(String name, Map<String, String> properties, Map<String, String> systemProperties) {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
		systemProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add("-cp");
		command.add(classPath());
		command.add(FaultTestInstance.class.getName());
		command.add("--server.port=" + port);
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Path dir = Path.of("target", "fault-instances");
			Files.createDirectories(dir);
			Path log = dir.resolve(name + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			return new PlatformProcess(name, port, process, log);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The class path of this test run: surefire hands it over in a property, a plain JVM in java.class.path. */
	private static String classPath() {
		String surefire = System.getProperty("surefire.test.class.path");
		return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String name() {
		return name;
	}

	int port() {
		return port;
	}

	String baseUrl() {
		return "http://localhost:" + port;
	}

	boolean alive() {
		return process.isAlive();
	}

	/** Waits until the instance answers its health check, failing with its last log lines if it dies or takes too long. */
	PlatformProcess awaitUp(Duration timeout) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Instance " + name + " exited with " + process.exitValue() + ":\n" + tail());
			}
			try {
				var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health"))
					.timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return this;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
			sleep(500);
		}
		throw new IllegalStateException("Instance " + name + " did not start within " + timeout + ":\n" + tail());
	}

	/** Kills the JVM at once ({@code SIGKILL}). */
	void kill() {
		process.destroyForcibly();
		try {
			process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The last lines of the instance's output. */
	String tail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException e) {
			return "(no output: " + e.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		if (!process.isAlive()) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
