package ca.mechanicplatform.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;

/**
 * The platform's floor: what the least request costs on this machine, so that every other endpoint's figures can be
 * read against it. On an empty database, 16 concurrent users ask (a) the liveness probe (no sign-in, no database),
 * (b) {@code GET /api/auth/me} (a bearer token checked: one primary-key read), (c) {@code GET /api/mechanic/profile}
 * (the token, then the mechanic's profile). The scenarios run once per web thread pool size in
 * {@code bench.web-threads} (comma-separated; default {@code 200,10,4}: Tomcat's default, the database pool's size, and
 * twice the cores), each on a freshly started platform, so the pool size is compared on the same machine in the same
 * minute. Run it with {@code bench/floor.sh}.
 */
public final class FloorBenchmark {

	private FloorBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var options = LoadRunner.Options.fromSystemProperties(16, Duration.ofSeconds(3), 50_000, Duration.ofSeconds(10));
		List<String> poolSizes = List.of(System.getProperty("bench.web-threads", "200,10,4").split(","));
		try (BenchDatabase database = BenchDatabase.create()) {
			System.out.println("Database " + database.name());
			String token = null;
			for (String threads : poolSizes) {
				Map<String, String> properties = Map.of("platform.mail.poll-interval", "1h", "platform.statements.schedule", "-",
						"server.tomcat.threads.max", threads.trim(), "server.tomcat.threads.min-spare", threads.trim());
				try (BenchPlatform platform = BenchPlatform.start(database, properties)) {
					if (token == null) {
						new Onboard(platform.port()).signUpAs("floor-mechanic@bench.local", "Floor Mechanic", "M6H 2N4");
						token = new Api(platform.port()).token("floor-mechanic@bench.local", Onboard.PASSWORD);
					}
					String bearer = token;
					String suffix = ", " + threads.trim() + " web threads";
					Map<String, LoadRunner.Requests> scenarios = new LinkedHashMap<>();
					scenarios.put("(a) liveness probe" + suffix, (u, s) -> HttpRequest.newBuilder(URI.create(platform.baseUrl()
							+ "/actuator/health/liveness")).timeout(Duration.ofSeconds(30)).GET().build());
					scenarios.put("(b) GET /api/auth/me" + suffix, (u, s) -> CrmBenchmark.get(platform, "/api/auth/me", bearer));
					scenarios.put("(c) GET /api/mechanic/profile" + suffix, (u, s) -> CrmBenchmark.get(platform, "/api/mechanic/profile", bearer));
					System.out.println("Web threads " + threads.trim());
					Scenarios.checkEachAnswers(scenarios);
					Scenarios.warmUpAndMeasure(options, database, scenarios);
				}
			}
		}
	}
}
