package ca.mechanicplatform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import tools.jackson.databind.JsonNode;

/**
 * Bay booking under load (issue 7, "Scale"): a workshop with 20 bays and 10,000 bookings (one a day per bay for 500
 * days, each bay used by one of 20 partner mechanics), then by 16 concurrent users (a) a mechanic's 30-day calendar,
 * (b) the workshop's week of all bays (its bays × days page) and (b') its 30-day list, (c) the free time of all 20 bays on
 * one day (what the booking form offers) and (c') over 7 days; and finally 1,000 simultaneous attempts at one slot sent
 * alternately to two app instances on the same database: exactly one booking, every other answer 409. Target p95 ≤ 50 ms.
 *
 * <p>Run it with {@code bench/bookings.sh}. System properties as for the other benchmarks ({@code bench.users},
 * {@code bench.duration}, {@code bench.jit-warmup}, {@code bench.keep-database}), plus {@code bench.attempts}.
 */
public final class BookingsBenchmark {

	static final ZoneId ZONE = ZoneId.of("America/Toronto");
	static final int BAYS = 20;
	static final int DAYS = 500;
	static final int MECHANICS = Integer.getInteger("bench.mechanics", 20);

	private BookingsBenchmark() {
	}

	record Partner(String token, long mechanicId, long partnershipId) {
	}

	public static void main(String[] args) throws Exception {
		int attempts = Integer.getInteger("bench.attempts", 1_000);
		var options = LoadRunner.Options.fromSystemProperties(16, Duration.ofSeconds(5), 20_000, Duration.ofSeconds(15));
		Map<String, String> properties = Map.of("platform.admin.email", Onboard.OPERATOR, "platform.admin.password",
				Onboard.OPERATOR_PASSWORD, "platform.mail.poll-interval", "1h", "platform.statements.schedule", "-");
		try (BenchDatabase database = BenchDatabase.create()) {
			System.out.println("Database " + database.name());
			try (BenchPlatform first = BenchPlatform.start(database, properties);
					BenchPlatform second = BenchPlatform.start(database, properties)) {
				System.out.println("Two app instances on ports " + first.port() + " and " + second.port());
				Api api = new Api(first.port());
				long started = System.nanoTime();
				String workshopEmail = "workshop@bench.local";
				expect(api.post("/api/signup/workshop", null, Map.of("name", "Bench Admin", "email", workshopEmail, "password", BenchWorkshops.PASSWORD,
						"workshopName", "Twenty Bays Garage", "streetAddress", "1 King St W", "city", "Toronto", "province", "ON",
						"postalCode", "M5V 1K4")), 201);
				String workshop = api.token(workshopEmail, BenchWorkshops.PASSWORD);
				List<Map<String, String>> hours = new ArrayList<>();
				for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
					hours.add(Map.of("day", day, "opens", "07:00", "closes", "21:00"));
				}
				expect(api.put("/api/workshop/hours", workshop, Map.of("hours", hours)), 200);
				List<Long> bays = new ArrayList<>();
				for (int i = 1; i <= BAYS; i++) {
					bays.add(expect(api.post("/api/workshop/bays", workshop, Map.of("name", "Bay " + i, "type", "LIFT")), 201).get("id").asLong());
				}
				expect(api.put("/api/workshop/bay-bookings/rules", workshop, Map.of("bufferMinutes", 15, "minLengthMinutes", 60,
						"maxLengthMinutes", 600, "minNoticeMinutes", 0, "maxDaysAhead", 365, "autoConfirm", true, "cancellationNoticeHours", 24)), 200);
				long workshopId = api.get("/api/workshop/profile", workshop).json().get("id").asLong();
				long program = expect(api.post("/api/workshop/partnership-programs", workshop, Map.of("type", "BAY_RENTAL", "title",
						"Bench bays", "description", "Lifts by the hour", "terms", "Terms", "capacity", 50, "hourlyRate", "45", "dailyRate", "300")), 201)
					.get("id").asLong();
				expect(api.post("/api/workshop/partnership-programs/" + program + "/status", workshop, Map.of("status", "PUBLISHED")), 200);
				List<Partner> partners = new ArrayList<>();
				for (int i = 0; i < MECHANICS; i++) {
					partners.add(partner(api, first.port(), workshop, program, i));
				}
				System.out.printf(Locale.ROOT, "Workshop, %d bays and %d partner mechanics set up through the API in %.1f s%n", BAYS, MECHANICS,
						(System.nanoTime() - started) / 1e9);

				started = System.nanoTime();
				LocalDate today = LocalDate.now(ZONE);
				LocalDate firstDay = today.minusDays(DAYS / 2);
				try (Connection connection = database.connect(); PreparedStatement insert = connection.prepareStatement("""
						INSERT INTO bay_bookings (workshop_id, bay_id, mechanic_id, partnership_id, starts_at, ends_at, buffered_until, status,
						    created_at, confirmed_at)
						SELECT ?, ?, ?, ?, s, s + INTERVAL '2 hours', s + INTERVAL '2 hours 15 minutes',
						       CASE WHEN s < now() THEN 'COMPLETED' ELSE 'CONFIRMED' END, now(), now()
						FROM (SELECT ((?::date + g) + TIME '09:00') AT TIME ZONE 'America/Toronto' AS s FROM generate_series(0, ? - 1) g) days""")) {
					for (int b = 0; b < BAYS; b++) {
						Partner p = partners.get(b % MECHANICS);
						insert.setLong(1, workshopId);
						insert.setLong(2, bays.get(b));
						insert.setLong(3, p.mechanicId());
						insert.setLong(4, p.partnershipId());
						insert.setObject(5, firstDay);
						insert.setInt(6, DAYS);
						insert.addBatch();
					}
					insert.executeBatch();
				}
				database.execute("VACUUM ANALYZE");
				long total;
				try (Connection connection = database.connect(); var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM bay_bookings")) {
					rs.next();
					total = rs.getLong(1);
				}
				System.out.printf(Locale.ROOT, "Loaded %,d bookings (%d bays × %d days) in %.1f s%n", total, BAYS, DAYS, (System.nanoTime() - started) / 1e9);

				String from = today.toString();
				String to30 = today.plusDays(29).toString();
				Map<String, HttpRequest> requests = new LinkedHashMap<>();
				requests.put("(a) mechanic's 30-day calendar", get(first, "/api/mechanic/bay-bookings?from=" + from + "&to=" + to30, partners.get(0).token()));
				requests.put("(b) workshop's week, 20 bays × 7 days", get(first, "/api/workshop/bay-bookings?from=" + from + "&to="
						+ today.plusDays(6), workshop));
				requests.put("(b') workshop's 30 days, 20 bays", get(first, "/api/workshop/bay-bookings?from=" + from + "&to=" + to30, workshop));
				requests.put("(c) availability, 20 bays × 1 day", get(first, "/api/mechanic/bay-bookings/availability?workshopId=" + workshopId
						+ "&from=" + today.plusDays(1) + "&to=" + today.plusDays(1), partners.get(0).token()));
				requests.put("(c') availability, 20 bays × 7 days", get(first, "/api/mechanic/bay-bookings/availability?workshopId=" + workshopId
						+ "&from=" + from + "&to=" + today.plusDays(6), partners.get(0).token()));
				Map<String, LoadRunner.Requests> scenarios = new LinkedHashMap<>();
				requests.forEach((name, request) -> scenarios.put(name, (user, sequence) -> request));
				Scenarios.checkEachAnswers(scenarios);
				Scenarios.printTarget(Scenarios.warmUpAndMeasure(options, database, scenarios), 50);

				race(first, second, partners, bays.get(0), today.plusDays(3), attempts, database);
			}
		}
	}

	/** {@code attempts} requests for one free slot at once, alternately to the two instances, by the four mechanics. */
	static void race(BenchPlatform first, BenchPlatform second, List<Partner> partners, long bay, LocalDate day, int attempts,
			BenchDatabase database) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
		List<HttpRequest> requests = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			BenchPlatform instance = i % 2 == 0 ? first : second;
			String body = "{\"bayId\":" + bay + ",\"start\":\"" + day + "T15:00\",\"end\":\"" + day + "T16:30\"}";
			requests.add(HttpRequest.newBuilder(URI.create(instance.baseUrl() + "/api/mechanic/bay-bookings"))
				.header("Content-Type", "application/json").header("Accept", "application/json")
				.header("Authorization", "Bearer " + partners.get(i % partners.size()).token()).timeout(Duration.ofSeconds(120))
				.POST(HttpRequest.BodyPublishers.ofString(body)).build());
		}
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		Map<String, Integer> byInstance = new ConcurrentHashMap<>();
		long started = System.nanoTime();
		List<CompletableFuture<Void>> sent = new ArrayList<>();
		for (HttpRequest request : requests) {
			sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((reply, failure) -> {
				int status = failure != null ? -1 : reply.statusCode();
				statuses.merge(status, 1, Integer::sum);
				if (status == 201) {
					byInstance.merge(request.uri().getPort() == first.port() ? "first" : "second", 1, Integer::sum);
				}
				return null;
			}));
		}
		CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
		double seconds = (System.nanoTime() - started) / 1e9;
		long held;
		try (Connection connection = database.connect(); PreparedStatement count = connection.prepareStatement(
				"SELECT COUNT(*) FROM bay_bookings WHERE bay_id = ? AND status IN ('PENDING', 'CONFIRMED') AND starts_at = ?")) {
			count.setLong(1, bay);
			count.setObject(2, day.atTime(15, 0).atZone(ZONE).toOffsetDateTime());
			try (var rs = count.executeQuery()) {
				rs.next();
				held = rs.getLong(1);
			}
		}
		System.out.printf(Locale.ROOT, "Race: %,d simultaneous attempts at one slot through two instances in %.1f s: answers %s; "
				+ "won on the %s instance; bookings of the slot in the database: %d%n", attempts, seconds, new TreeMap<>(statuses), byInstance.keySet(), held);
		boolean ok = statuses.getOrDefault(201, 0) == 1 && statuses.getOrDefault(409, 0) == attempts - 1 && held == 1;
		System.out.println("Exactly one booking, every other answer 409, no 5xx: " + (ok ? "yes" : "NO"));
	}

	static Partner partner(Api api, int port, String workshop, long program, int n) {
		String email = "mechanic" + n + "@bench.local";
		String name = "Bench Mechanic " + n;
		String token = new Onboard(port).workshopPartner(email, name, "M6H 2N4").token();
		long application = expect(api.post("/api/mechanic/partnerships/apply", token, Map.of("programId", program, "message", "Hello")), 201)
			.get("id").asLong();
		expect(api.post("/api/workshop/partnerships/" + application + "/approve", workshop, Map.of()), 200);
		JsonNode partnership = api.get("/api/mechanic/partnerships", token).json().get("partnerships").get(0);
		long agreement = partnership.get("agreementId").asLong();
		String hash = api.get("/api/agreements/" + agreement, token).json().get("documentSha256").asString();
		expect(api.post("/api/agreements/" + agreement + "/signatures", token, Map.of("typedName", name, "consent", true, "documentSha256", hash)), 200);
		expect(api.post("/api/agreements/" + agreement + "/signatures", workshop, Map.of("typedName", "Bench Admin", "consent", true,
				"documentSha256", hash)), 200);
		long deadline = System.currentTimeMillis() + 30_000;
		while (!api.get("/api/mechanic/partnerships", token).json().get("partnerships").get(0).get("status").asString().equals("ACTIVE")) {
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("The partnership of " + email + " did not become active");
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		return new Partner(token, api.get("/api/mechanic/profile", token).json().get("id").asLong(), partnership.get("id").asLong());
	}

	static HttpRequest get(BenchPlatform platform, String path, String token) {
		return HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).header("Accept", "application/json")
			.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
	}

	static JsonNode expect(Api.Reply reply, int status) {
		if (reply.status() != status) {
			throw new IllegalStateException("Expected " + status + " but got " + reply.status() + ": " + reply.body());
		}
		return reply.json();
	}
}
