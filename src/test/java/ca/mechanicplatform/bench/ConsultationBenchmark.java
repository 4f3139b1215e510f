package ca.mechanicplatform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.testing.Api;
import tools.jackson.databind.JsonNode;

/**
 * Virtual consultations under load (issue 6, "Scale"): 200,000 open requests across Canada (plus 100,000 closed ones)
 * from 20,000 customers, 5,000 online mechanics and 500 workshops, loaded with COPY into a fresh PostgreSQL database.
 * Then, through HTTP against the running platform:
 * <ol>
 * <li>the feed's query plan: {@code EXPLAIN (ANALYZE, BUFFERS)} of the feed query of a Toronto off-shift employee in
 * local exclusion, as the platform sends it;</li>
 * <li>{@code GET /api/mechanic/sessions/virtual} (first page, newest first) by 16 concurrent off-shift employees in
 * local exclusion at four big-city workshops (Toronto, Montreal, Vancouver, Calgary; each user its own mechanic), and
 * for comparison by 16 independent mechanics; target p95 ≤ 50 ms;</li>
 * <li>1,000 concurrent accepts of 100 new requests by 1,000 different mechanics (ten per request, all released at
 * once): exactly 100 must win (200) and 900 be told the request was taken (409), and the database must hold each of
 * the 100 accepted once.</li>
 * </ol>
 *
 * <p>Run it with {@code bench/consultations.sh}. System properties: {@code bench.open-requests}, {@code bench.mechanics}
 * (the data set), {@code bench.users}, {@code bench.warmup}, {@code bench.duration}, {@code bench.requests},
 * {@code bench.jit-warmup}, {@code bench.rounds}, {@code bench.accepts}, {@code bench.keep-database}.
 */
public final class ConsultationBenchmark {

	static final int WORKSHOPS = 500;
	static final int CUSTOMERS = 20_000;
	static final int CLOSED_REQUESTS = 100_000;
	static final int RACE_REQUESTS = 100;
	static final String FEED = "/api/mechanic/sessions/virtual";
	static final String PASSWORD = "bench-mechanic-password";
	static final String[][] FEED_WORKSHOPS = { { "AutoFix Toronto", "M5V 1K4", "ON", "Toronto" },
			{ "Garage Ville-Marie", "H3B 4W5", "QC", "Montréal" }, { "Gastown Auto", "V6B 2W9", "BC", "Vancouver" },
			{ "Bow Valley Motors", "T2P 2M5", "AB", "Calgary" } };
	private static final String POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
	private static final List<String> MAKES = List.of("Honda Civic", "Toyota Corolla", "Ford F-150", "Chevrolet Silverado",
			"Hyundai Elantra", "Nissan Rogue", "Mazda CX-5", "Subaru Outback", "Volkswagen Jetta", "Kia Soul", "Dodge Caravan",
			"Jeep Wrangler");
	private static final List<String> PROBLEMS = List.of("Grinding noise when braking at low speed",
			"Check engine light on after refuelling, car runs rough at idle", "Battery dies overnight in the cold",
			"Transmission slips between second and third gear", "Squealing belt on cold starts", "AC blows warm air on the highway",
			"Steering wheel shakes above 90 km/h", "Coolant smell after long drives");

	private ConsultationBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int openCount = Integer.getInteger("bench.open-requests", 200_000);
		int mechanicCount = Integer.getInteger("bench.mechanics", 5_000);
		int accepts = Integer.getInteger("bench.accepts", 1_000);
		// Two rounds by default: on a busy machine the JIT is still compiling the platform's hot paths through the first
		// one; the target is judged on the last.
		int rounds = Integer.getInteger("bench.rounds", 2);
		var options = LoadRunner.Options.fromSystemProperties(16, Duration.ofSeconds(5), 20_000, Duration.ofSeconds(20));
		try (BenchDatabase database = BenchDatabase.create()) {
			System.out.println("Database " + database.name());
			try (BenchPlatform platform = BenchPlatform.start(database, Map.of())) {
				long started = System.nanoTime();
				OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
				Random random = new Random(20_261_202L);
				List<Long> independents;
				try (Connection connection = database.connect()) {
					var workshops = BenchWorkshops.load(connection, WORKSHOPS, random, now);
					var centroids = centroids(connection);
					long firstCustomer = loadCustomers(connection, centroids, random, now);
					independents = loadMechanics(connection, centroids, workshops, mechanicCount, random, now);
					loadRequests(connection, centroids, firstCustomer, openCount, CLOSED_REQUESTS, random, now);
				}
				System.out.printf(Locale.ROOT, "Loaded %,d workshops, %,d customers, %,d online mechanics, %,d open and %,d closed "
						+ "requests in %.1f s%n", WORKSHOPS, CUSTOMERS, mechanicCount, openCount, CLOSED_REQUESTS, (System.nanoTime() - started) / 1e9);
				started = System.nanoTime();
				database.execute("VACUUM ANALYZE");
				System.out.printf(Locale.ROOT, "VACUUM ANALYZE in %.1f s%n", (System.nanoTime() - started) / 1e9);

				List<Employee> employees = offShiftEmployees(platform, options.users());
				Api api = new Api(platform.port());
				for (Employee employee : employees) {
					checkFeed(api, database, employee);
				}
				System.out.printf(Locale.ROOT, "%d off-shift employees in local exclusion at %d workshops; each first page is full "
						+ "and holds no request within 50 km of the workshop%n", employees.size(), FEED_WORKSHOPS.length);
				explain(database, employees.get(0));

				List<String> independentTokens = tokens(database, independents.subList(0, options.users()), "feed");
				LoadRunner runner = new LoadRunner(options);
				CpuMeter cpu = new CpuMeter(database);
				Map<String, List<HttpRequest>> scenarios = new LinkedHashMap<>();
				scenarios.put("(a) off-shift employee, local exclusion, first page",
						employees.stream().map(e -> feedRequest(platform, e.token())).toList());
				scenarios.put("(b) independent mechanic, first page",
						independentTokens.stream().map(token -> feedRequest(platform, token)).toList());
				Duration jit = LoadRunner.Options.duration("bench.jit-warmup", Duration.ofSeconds(5));
				System.out.printf(Locale.ROOT, "%d virtual users (each its own mechanic), %s warm-up, then %s or %,d requests per "
						+ "scenario; JVM warm-up %s per scenario first%n", options.users(), options.warmUp(), options.duration(),
						options.requests(), jit);
				LoadRunner warmUp = new LoadRunner(new LoadRunner.Options(options.users(), Duration.ZERO, Integer.MAX_VALUE, jit));
				JitWarmUp.untilSteady(() -> scenarios.forEach((name, requests) -> warmUp.run(name, (user, sequence) -> requests.get(user % requests.size()))));
				List<LoadResult> results = new ArrayList<>();
				for (int round = 1; round <= rounds; round++) {
					if (rounds > 1) {
						System.out.println("Round " + round + " of " + rounds);
					}
					for (var scenario : scenarios.entrySet()) {
						var before = cpu.sample();
						LoadResult result = runner.run(scenario.getKey(),
								(user, sequence) -> scenario.getValue().get(user % scenario.getValue().size()));
						BenchResults.print(result);
						System.out.println("    " + CpuMeter.perRequest(before, cpu.sample(), result.sent()));
						results.add(result);
					}
				}
				LoadResult employeeFeed = results.get(results.size() - scenarios.size());
				System.out.println("Target p95 ≤ 50 ms for the off-shift employee's feed (last round): "
						+ (employeeFeed.percentileMillis(95) <= 50 && employeeFeed.errorCount() == 0 ? "met" : "MISSED")
						+ String.format(Locale.ROOT, " (p95 %.1f ms)", employeeFeed.percentileMillis(95)));

				acceptRace(platform, database, independents, accepts, random);
			}
		}
	}

	record Employee(MechanicId id, WorkshopId workshop, String fsa, String token) {
	}

	// --- the data set ---------------------------------------------------------------------------------------------

	record Centroid(String fsa, String province) {
	}

	static List<Centroid> centroids(Connection connection) throws SQLException {
		List<Centroid> centroids = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT fsa, province FROM fsa_centroids ORDER BY fsa")) {
			while (rs.next()) {
				centroids.add(new Centroid(rs.getString(1), rs.getString(2).trim()));
			}
		}
		return centroids;
	}

	/** Customers spread over the real FSAs (so they cluster where Canadians live); returns the first customer id. */
	static long loadCustomers(Connection connection, List<Centroid> centroids, Random random, OffsetDateTime now) throws SQLException {
		long firstUser = BenchWorkshops.next(connection, "users");
		long firstCustomer = BenchWorkshops.next(connection, "customers");
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("bench-customer-password");
		connection.setAutoCommit(false);
		List<String> postalCodes = new ArrayList<>();
		try (BulkCopy users = BulkCopy.into(connection, "users", "id", "email", "password_hash", "display_name", "role", "enabled", "created_at")) {
			for (int i = 0; i < CUSTOMERS; i++) {
				users.row(firstUser + i, "customer-" + (i + 1) + "@bench.local", hash, "Customer " + (i + 1), "CUSTOMER", true,
						now.minusDays(1 + random.nextInt(700)));
				postalCodes.add(postalCode(centroids.get(random.nextInt(centroids.size())).fsa(), random));
			}
		}
		try (BulkCopy customers = BulkCopy.into(connection, "customers", "id", "user_id", "postal_code", "fsa", "created_at")) {
			for (int i = 0; i < CUSTOMERS; i++) {
				customers.row(firstCustomer + i, firstUser + i, postalCodes.get(i), postalCodes.get(i).substring(0, 3), now.minusDays(1));
			}
		}
		BenchWorkshops.restartIdentity(connection, "users");
		BenchWorkshops.restartIdentity(connection, "customers");
		connection.commit();
		connection.setAutoCommit(true);
		return firstCustomer;
	}

	/**
	 * Online mechanics: verified and available, four in five independent, the rest employees of the loaded workshops
	 * (half of them on shift). Returns the independents' ids.
	 */
	static List<Long> loadMechanics(Connection connection, List<Centroid> centroids, List<BenchWorkshops.Workshop> workshops,
			int count, Random random, OffsetDateTime now) throws SQLException {
		long firstUser = BenchWorkshops.next(connection, "users");
		long firstMechanic = BenchWorkshops.next(connection, "mechanics");
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		List<Long> independents = new ArrayList<>();
		connection.setAutoCommit(false);
		try (BulkCopy users = BulkCopy.into(connection, "users", "id", "email", "password_hash", "display_name", "role", "enabled", "created_at")) {
			for (int i = 0; i < count; i++) {
				users.row(firstUser + i, "mechanic-" + (i + 1) + "@bench.local", hash, "Mechanic " + (i + 1), "MECHANIC", true,
						now.minusDays(30 + random.nextInt(700)));
			}
		}
		try (BulkCopy mechanics = BulkCopy.into(connection, "mechanics", "id", "user_id", "service_tier", "mechanic_type", "workshop_id",
				"postal_code", "fsa", "province", "verified", "clocked_in_by_admin", "is_available", "created_at")) {
			for (int i = 0; i < count; i++) {
				Centroid at = centroids.get(random.nextInt(centroids.size()));
				String postal = postalCode(at.fsa(), random);
				boolean employee = random.nextInt(5) == 0;
				Long workshop = employee ? workshops.get(random.nextInt(workshops.size())).id() : null;
				mechanics.row(firstMechanic + i, firstUser + i, "VIRTUAL_ONLY", employee ? "WORKSHOP_EMPLOYEE" : "INDEPENDENT", workshop,
						postal, at.fsa(), at.province(), true, employee && random.nextBoolean(), true, now.minusDays(30));
				if (!employee) {
					independents.add(firstMechanic + i);
				}
			}
		}
		BenchWorkshops.restartIdentity(connection, "users");
		BenchWorkshops.restartIdentity(connection, "mechanics");
		connection.commit();
		connection.setAutoCommit(true);
		return independents;
	}

	/**
	 * Open requests from random customers about vehicles anywhere in Canada, asked within the last 25 minutes and open
	 * for hours (so none expires during the run), and closed ones (expired or cancelled) from the last 30 days.
	 */
	static void loadRequests(Connection connection, List<Centroid> centroids, long firstCustomer, int open, int closed, Random random,
			OffsetDateTime now) throws SQLException {
		connection.setAutoCommit(false);
		try (BulkCopy rows = BulkCopy.into(connection, "consultations", "customer_id", "kind", "vehicle_year", "vehicle_make",
				"vehicle_model", "problem", "postal_code", "fsa", "price_cents", "status", "requested_at", "expires_at", "closed_at")) {
			for (int i = 0; i < open + closed; i++) {
				boolean isOpen = i < open;
				String postal = postalCode(centroids.get(random.nextInt(centroids.size())).fsa(), random);
				boolean video = random.nextInt(4) == 0;
				String[] vehicle = MAKES.get(random.nextInt(MAKES.size())).split(" ", 2);
				OffsetDateTime requested = isOpen ? now.minusNanos((long) random.nextInt(1_500_000) * 1_000_000L)
						: now.minusDays(1 + random.nextInt(30)).minusSeconds(random.nextInt(86_400));
				OffsetDateTime expires = isOpen ? now.plusHours(6) : requested.plusMinutes(30);
				rows.row(firstCustomer + random.nextInt(CUSTOMERS), video ? "VIDEO" : "CHAT", 2005 + random.nextInt(20), vehicle[0], vehicle[1],
						PROBLEMS.get(random.nextInt(PROBLEMS.size())), postal, postal.substring(0, 3), video ? 3500 : 1500,
						isOpen ? "REQUESTED" : (random.nextInt(3) == 0 ? "CANCELLED" : "EXPIRED"), requested, expires,
						isOpen ? null : expires);
			}
		}
		connection.commit();
		connection.setAutoCommit(true);
	}

	static String postalCode(String fsa, Random random) {
		return fsa + " " + random.nextInt(10) + POSTAL_LETTERS.charAt(random.nextInt(POSTAL_LETTERS.length())) + random.nextInt(10);
	}

	/**
	 * Off-shift employees in local exclusion, through the platform's API and facades: four big-city workshops sign up,
	 * and their employees sign up, are verified, join and turn availability on.
	 */
	static List<Employee> offShiftEmployees(BenchPlatform platform, int count) {
		Api api = new Api(platform.port());
		Mechanics mechanics = platform.bean(Mechanics.class);
		List<WorkshopId> workshops = new ArrayList<>();
		for (String[] w : FEED_WORKSHOPS) {
			String email = "feed-workshop-" + w[1].substring(0, 3).toLowerCase(Locale.ROOT) + "@bench.local";
			var created = api.post("/api/signup/workshop", null, Map.of("name", "Admin " + w[0], "email", email, "password", PASSWORD,
					"workshopName", w[0], "streetAddress", "100 Main St", "city", w[3], "province", w[2], "postalCode", w[1]));
			if (created.status() != 201) {
				throw new IllegalStateException("Workshop sign-up answered " + created.status() + ": " + created.body());
			}
			var me = api.get("/api/workshop/profile", api.token(email, PASSWORD));
			workshops.add(new WorkshopId(me.json().get("id").asLong()));
		}
		List<Employee> employees = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int w = i % FEED_WORKSHOPS.length;
			String email = "off-shift-" + (i + 1) + "@bench.local";
			var created = api.post("/api/signup/mechanic", null, Map.of("name", "Employee " + (i + 1), "email", email, "password", PASSWORD,
					"postalCode", FEED_WORKSHOPS[w][1]));
			if (created.status() != 201) {
				throw new IllegalStateException("Mechanic sign-up answered " + created.status() + ": " + created.body());
			}
			var id = new MechanicId(created.json().get("id").asLong());
			mechanics.chooseTier(id, ServiceTier.VIRTUAL_ONLY);
			mechanics.markVerified(id);
			mechanics.becomeEmployeeOf(id, workshops.get(w));
			mechanics.setAvailability(id, true);
			employees.add(new Employee(id, workshops.get(w), FEED_WORKSHOPS[w][1].substring(0, 3), api.token(email, PASSWORD)));
		}
		return employees;
	}

	/** The first page is full, filtered as local exclusion, and holds no request inside the workshop's exclusion set. */
	static void checkFeed(Api api, BenchDatabase database, Employee employee) throws SQLException {
		var reply = api.get(FEED, employee.token());
		JsonNode feed = reply.json();
		if (reply.status() != 200 || feed.get("results").size() != 20
				|| !"OUTSIDE_EXCLUSION_RADIUS".equals(feed.get("access").get("scope").asString())) {
			throw new IllegalStateException("Unexpected feed for " + employee + ": " + reply.status() + " " + reply.body());
		}
		List<Long> ids = new ArrayList<>();
		feed.get("results").forEach(card -> ids.add(card.get("id").asLong()));
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM consultations c JOIN workshop_exclusion_fsas x ON x.fsa = c.fsa "
						+ "AND x.workshop_id = " + employee.workshop().value() + " WHERE c.id IN (" + String.join(",", ids.stream().map(String::valueOf).toList()) + ")")) {
			rs.next();
			if (rs.getLong(1) != 0) {
				throw new IllegalStateException("The feed of " + employee + " shows local requests");
			}
		}
	}

	/** EXPLAIN (ANALYZE, BUFFERS) of the feed query exactly as {@code ConsultationRows.feed} sends it, warm. */
	static void explain(BenchDatabase database, Employee employee) throws SQLException {
		String sql = """
				EXPLAIN (ANALYZE, BUFFERS)
				SELECT c.*, CAST(NULL AS VARCHAR(120)) AS customer_name, CAST(NULL AS VARCHAR(120)) AS mechanic_name
				FROM consultations c
				 WHERE c.status = 'REQUESTED' AND c.expires_at > now() AND NOT
				(EXISTS (SELECT 1 FROM workshop_exclusion_fsas x WHERE x.workshop_id = %d AND x.centre_fsa = '%s'
				         AND x.radius_km = 50 AND x.fsa = c.fsa)
				 OR (SUBSTRING(c.fsa, 1, 1) = '%s' AND NOT EXISTS (SELECT 1 FROM fsa_centroids f WHERE f.fsa = c.fsa)))
				 ORDER BY c.requested_at DESC, c.id DESC LIMIT 21 OFFSET 0""".formatted(employee.workshop().value(), employee.fsa(),
				employee.fsa().substring(0, 1));
		List<String> plan = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (int run = 0; run < 5; run++) {
				plan.clear();
				try (ResultSet rs = statement.executeQuery(sql)) {
					while (rs.next()) {
						plan.add(rs.getString(1));
					}
				}
			}
		}
		System.out.println("EXPLAIN (ANALYZE, BUFFERS) of the feed query, off-shift employee of the " + employee.fsa()
				+ " workshop, 5th run:");
		plan.forEach(line -> System.out.println("    " + line));
	}

	static HttpRequest feedRequest(BenchPlatform platform, String token) {
		return HttpRequest.newBuilder(URI.create(platform.baseUrl() + FEED)).header("Accept", "application/json")
			.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
	}

	/** Issues an API token for each mechanic directly in the database (as the token endpoint stores it: its SHA-256). */
	static List<String> tokens(BenchDatabase database, List<Long> mechanicIds, String label) throws Exception {
		List<String> tokens = new ArrayList<>();
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(false);
			Map<Long, Long> users = new TreeMap<>();
			try (Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT id, user_id FROM mechanics WHERE id IN ("
							+ String.join(",", mechanicIds.stream().map(String::valueOf).toList()) + ")")) {
				while (rs.next()) {
					users.put(rs.getLong(1), rs.getLong(2));
				}
			}
			try (BulkCopy copy = BulkCopy.into(connection, "api_tokens", "user_id", "name", "token_hash", "token_hint", "created_at")) {
				for (long mechanic : mechanicIds) {
					String token = "imp_bench_" + label + "_" + mechanic + "_" + Long.toHexString(new Random(mechanic).nextLong());
					copy.row(users.get(mechanic), "bench " + label, HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8))),
							token.substring(0, 8), OffsetDateTime.now(ZoneOffset.UTC));
					tokens.add(token);
				}
			}
			connection.commit();
		}
		return tokens;
	}

	// --- the accept race ------------------------------------------------------------------------------------------

	/**
	 * {@code accepts} different mechanics accept {@value #RACE_REQUESTS} new requests at once (mechanic i takes request
	 * i mod 100), every HTTP request on its own thread, all released by one latch.
	 */
	static void acceptRace(BenchPlatform platform, BenchDatabase database, List<Long> independents, int accepts, Random random)
			throws Exception {
		List<Long> mechanics = independents.subList(independents.size() - accepts, independents.size());
		List<String> tokens = tokens(database, mechanics, "race");
		List<Long> requests = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			for (int i = 0; i < RACE_REQUESTS; i++) {
				try (ResultSet rs = statement.executeQuery("""
						INSERT INTO consultations (customer_id, kind, vehicle_year, vehicle_make, vehicle_model, problem, postal_code, fsa,
						    price_cents, status, requested_at, expires_at)
						SELECT MIN(id), 'CHAT', 2016, 'Honda', 'Civic', 'Race request', 'K1A 0B1', 'K1A', 1500, 'REQUESTED',
						    now() + INTERVAL '1' SECOND, now() + INTERVAL '1' HOUR FROM customers RETURNING id""")) {
					rs.next();
					requests.add(rs.getLong(1));
				}
			}
		}
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
		CountDownLatch ready = new CountDownLatch(accepts);
		CountDownLatch go = new CountDownLatch(1);
		Map<Integer, AtomicInteger> statuses = new TreeMap<>();
		long[] latencies = new long[accepts];
		int[] codes = new int[accepts];
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < accepts; i++) {
			int index = i;
			HttpRequest request = HttpRequest.newBuilder(URI.create(platform.baseUrl() + FEED + "/" + requests.get(i % RACE_REQUESTS) + "/accept"))
				.header("Accept", "application/json").header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + tokens.get(i)).timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString("{}")).build();
			Thread thread = new Thread(() -> {
				ready.countDown();
				try {
					go.await();
					long begin = System.nanoTime();
					HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
					latencies[index] = System.nanoTime() - begin;
					codes[index] = response.statusCode();
				}
				catch (Exception e) {
					codes[index] = -1;
				}
			}, "accept-" + i);
			thread.start();
			threads.add(thread);
		}
		ready.await();
		long begin = System.nanoTime();
		go.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		double seconds = (System.nanoTime() - begin) / 1e9;
		for (int code : codes) {
			statuses.computeIfAbsent(code, c -> new AtomicInteger()).incrementAndGet();
		}
		long[] sorted = java.util.Arrays.stream(latencies).sorted().toArray();
		long accepted;
		long distinctMechanics;
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT mechanic_id) FROM consultations WHERE status = 'ACCEPTED' AND id IN ("
						+ String.join(",", requests.stream().map(String::valueOf).toList()) + ")")) {
			rs.next();
			accepted = rs.getLong(1);
			distinctMechanics = rs.getLong(2);
		}
		int winners = statuses.getOrDefault(200, new AtomicInteger()).get();
		int taken = statuses.getOrDefault(409, new AtomicInteger()).get();
		System.out.printf(Locale.ROOT, "Accept race: %,d concurrent accepts of %d requests by %,d mechanics in %.2f s: HTTP statuses %s; "
				+ "p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", accepts, RACE_REQUESTS, accepts, seconds, statuses,
				sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
		System.out.printf(Locale.ROOT, "  winners (200) %d, told it was taken (409) %d; in the database %d of the %d requests accepted, "
				+ "by %d different mechanics: %s%n", winners, taken, accepted, RACE_REQUESTS, distinctMechanics,
				winners == RACE_REQUESTS && taken == accepts - RACE_REQUESTS && accepted == RACE_REQUESTS ? "exactly 100 winners" : "WRONG");
	}
}
