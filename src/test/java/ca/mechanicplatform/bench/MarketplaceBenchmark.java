package ca.mechanicplatform.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import ca.mechanicplatform.partnerships.ProgramType;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;

/**
 * The partnership marketplace under load (issue 5, "Scale"): 2,000 workshops and 100,000 published programs, then
 * {@code GET /api/mechanic/partnerships/browse} by 16 concurrent mechanics' clients for each scenario in turn: the first
 * page unfiltered; the first page and page 200 with a type, a 100 km radius sorted by distance and a text query (page
 * 200 asked for by its number, and by the token of page 199's {@code next}, as the "Next" link asks); and page 200 of one
 * type sorted newest first. Prints one line per scenario; the target is p95 ≤ 50 ms.
 *
 * <p>Run it with {@code bench/marketplace.sh}. System properties: {@code bench.workshops}, {@code bench.programs} (the
 * data set), {@code bench.users}, {@code bench.warmup}, {@code bench.duration} (e.g. {@code 20s}), {@code bench.requests}
 * (a cap on measured requests per scenario), {@code bench.jit-warmup} (load before any measurement, per scenario),
 * {@code bench.rounds} (how many times the scenarios run) and {@code bench.keep-database}.
 */
public final class MarketplaceBenchmark {

	static final String MECHANIC_POSTAL_CODE = "M5V 3L9";
	static final String TEXT = "brakes";
	static final ProgramType FILTER_TYPE = ProgramType.BAY_RENTAL;
	static final int RADIUS_KM = 100;
	static final int DEEP_PAGE = 200;
	static final int PAGE_SIZE = 20;

	private static final String BROWSE = "/api/mechanic/partnerships/browse";

	private MarketplaceBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int workshopCount = Integer.getInteger("bench.workshops", 2_000);
		int programCount = Integer.getInteger("bench.programs", 100_000);
		int rounds = Integer.getInteger("bench.rounds", 1);
		var options = LoadRunner.Options.fromSystemProperties(16, Duration.ofSeconds(5), 20_000, Duration.ofSeconds(20));
		try (BenchDatabase database = BenchDatabase.create()) {
			System.out.println("Database " + database.name());
			try (BenchPlatform platform = BenchPlatform.start(database, Map.of("platform.admin.email", Onboard.OPERATOR,
					"platform.admin.password", Onboard.OPERATOR_PASSWORD))) {
				long started = System.nanoTime();
				OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
				Random random = new Random(20_250_905L);
				try (Connection connection = database.connect()) {
					var workshops = BenchWorkshops.load(connection, workshopCount, random, now);
					MarketplacePrograms.load(connection, workshops, programCount, random, now);
				}
				System.out.printf(Locale.ROOT, "Loaded %,d workshops and %,d published programs in %.1f s%n", workshopCount, programCount,
						(System.nanoTime() - started) / 1e9);
				started = System.nanoTime();
				// What autovacuum does on its own a minute after a bulk load: statistics, and the visibility map that lets
				// index-only scans skip the table. Done here so that every run measures the same settled state.
				database.execute("VACUUM ANALYZE");
				System.out.printf(Locale.ROOT, "VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - started) / 1e9);

				String token = partnerMechanic(platform);
				long matching = count(database);
				System.out.printf(Locale.ROOT, "Filter: type=%s, within %d km of %s, text \"%s\": %,d programs (page %d needs more than %,d)%n",
						FILTER_TYPE, RADIUS_KM, MECHANIC_POSTAL_CODE, TEXT, matching, DEEP_PAGE, (DEEP_PAGE - 1) * PAGE_SIZE);
				if (matching <= (long) (DEEP_PAGE - 1) * PAGE_SIZE) {
					throw new IllegalStateException("Page " + DEEP_PAGE + " of the filtered search would be empty");
				}

				String filter = "?type=" + FILTER_TYPE + "&maxDistanceKm=" + RADIUS_KM + "&sort=DISTANCE&text=" + TEXT;
				Api api = new Api(platform.port());
				// Page 200 the way the page's "Next" link and the API's next reach it: each page's token asks for the following one.
				String after = null;
				for (int page = 1; page < DEEP_PAGE; page++) {
					var reply = api.get(BROWSE + filter + (after == null ? "" : "&after=" + after), token);
					after = reply.json().get("next").asString();
				}
				String byNumber = api.get(BROWSE + filter + "&page=" + DEEP_PAGE, token).json().get("results").toString();
				if (!byNumber.equals(api.get(BROWSE + filter + "&after=" + after, token).json().get("results").toString())) {
					throw new IllegalStateException("Page " + DEEP_PAGE + " by number and by the next tokens differ");
				}
				List<Scenario> scenarios = List.of(
						new Scenario("(a) first page, no filter", BROWSE),
						new Scenario("(b) first page, type+100 km+DISTANCE+text", BROWSE + filter),
						new Scenario("(c) page 200, type+100 km+DISTANCE+text", BROWSE + filter + "&page=" + DEEP_PAGE),
						new Scenario("(c') page 200 by next, type+100 km+DISTANCE+text", BROWSE + filter + "&after=" + after),
						new Scenario("(d) page 200, type, NEWEST", BROWSE + "?type=" + ProgramType.REVENUE_SHARE + "&sort=NEWEST&page=" + DEEP_PAGE));
				for (Scenario scenario : scenarios) {
					var reply = api.get(scenario.path(), token);
					int results = reply.status() == 200 ? reply.json().get("results").size() : -1;
					if (results != PAGE_SIZE || reply.json().get("page").asInt() != (scenario.path().contains("page=" + DEEP_PAGE)
							|| scenario.path().contains("after=") ? DEEP_PAGE : 1)) {
						throw new IllegalStateException(scenario.name() + ": expected a full page, got " + reply.status() + " " + reply.body());
					}
				}

				LoadRunner runner = new LoadRunner(options);
				CpuMeter cpu = new CpuMeter(database);
				System.out.printf(Locale.ROOT, "%d virtual users, %s warm-up, then %s or %,d requests per scenario%n", options.users(),
						seconds(options.warmUp()), seconds(options.duration()), options.requests());
				Map<Scenario, HttpRequest> requests = new LinkedHashMap<>();
				for (Scenario scenario : scenarios) {
					requests.put(scenario, HttpRequest.newBuilder(URI.create(platform.baseUrl() + scenario.path()))
						.header("Accept", "application/json").header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30))
						.GET().build());
				}
				// The JIT compiles the platform's hot paths during the first seconds of load; without this the first
				// scenario would measure compilation as well.
				Duration jit = LoadRunner.Options.duration("bench.jit-warmup", Duration.ofSeconds(5));
				System.out.println("Warming the JVM up: rounds of every scenario for " + seconds(jit) + " each, until the JIT compiler is done");
				LoadRunner warmUp = new LoadRunner(new LoadRunner.Options(options.users(), Duration.ZERO, Integer.MAX_VALUE, jit));
				JitWarmUp.untilSteady(() -> requests.forEach((scenario, request) -> warmUp.run(scenario.name(), (user, sequence) -> request)));
				List<LoadResult> results = new ArrayList<>();
				for (int round = 1; round <= rounds; round++) {
					if (rounds > 1) {
						System.out.println("Round " + round);
					}
					for (Scenario scenario : scenarios) {
						HttpRequest request = requests.get(scenario);
						var before = cpu.sample();
						LoadResult result = runner.run(scenario.name(), (user, sequence) -> request);
						BenchResults.print(result);
						System.out.println("    " + CpuMeter.perRequest(before, cpu.sample(), result.sent()));
						results.add(result);
					}
				}
				System.out.println();
				System.out.println("Target p95 ≤ 50 ms: " + (results.stream().allMatch(r -> r.percentileMillis(95) <= 50 && r.errorCount() == 0)
						? "met by every scenario" : "missed by " + results.stream().filter(r -> r.percentileMillis(95) > 50 || r.errorCount() > 0)
							.map(LoadResult::scenario).distinct().toList()));
			}
		}
	}

	record Scenario(String name, String path) {
	}

	/**
	 * Takes a mechanic through onboarding as a person would (sign-up, certification, consent, payout, the operator's
	 * verification, insurance, the upgrade to workshop partner) and returns their bearer token.
	 */
	static String partnerMechanic(BenchPlatform platform) {
		return new Onboard(platform.port()).workshopPartner("mechanic@bench.local", "Bench Mechanic", MECHANIC_POSTAL_CODE).token();
	}

	/** How many programs the filtered scenarios match, computed as the marketplace query filters. */
	static long count(BenchDatabase database) throws SQLException {
		String sql = """
				SELECT COUNT(*) FROM partnership_programs p, fsa_centroids c
				WHERE c.fsa = ? AND p.status = 'PUBLISHED' AND p.type = ?
				  AND to_tsvector('simple', p.search_text) @@ to_tsquery('simple', ?)
				  AND 6371.0088 * 2 * ASIN(SQRT(POWER(SIN(RADIANS(p.latitude - c.latitude) / 2), 2)
				      + COS(RADIANS(c.latitude)) * COS(RADIANS(p.latitude)) * POWER(SIN(RADIANS(p.longitude - c.longitude) / 2), 2))) <= ?""";
		try (Connection connection = database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setString(1, MECHANIC_POSTAL_CODE.substring(0, 3));
			statement.setString(2, FILTER_TYPE.name());
			statement.setString(3, TEXT + ":*");
			statement.setDouble(4, RADIUS_KM);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private static String seconds(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}
}
