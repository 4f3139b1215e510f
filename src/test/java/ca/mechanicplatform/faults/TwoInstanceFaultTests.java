package ca.mechanicplatform.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ca.mechanicplatform.bookings.BookingScenario;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the platform on one PostgreSQL database, each in a JVM of its own, under concurrent bookings,
 * accepts, completions and payout runs sent to both; one instance is killed ({@code SIGKILL}) in the middle of it,
 * the way a machine dies. Clients whose instance died carry on against the survivor, as behind a load balancer.
 * Afterwards the database must show: no two bookings of a bay overlap, every consultation was accepted by one mechanic
 * only, every completed consultation has exactly one sale and one client visit (its event reached the CRM although
 * the instance that published it died), every ledger transaction balances, every balance was paid out exactly once,
 * and the month's statements — issued by the killed instance once restarted — cover every party and agree with the
 * ledger. A session begun on the killed instance carries on on the survivor.
 */
class TwoInstanceFaultTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");
	private static final String ADMIN_URL = env("TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
	private static final String USER = env("TEST_POSTGRES_USER", "postgres");
	private static final String PASSWORD = env("TEST_POSTGRES_PASSWORD", "");
	private static final String OPERATOR = "operator@test.local";
	private static final String OPERATOR_PASSWORD = "operator-password";

	private static final int CONSULTATIONS = 36;
	private static final int RIVALS = 3;
	private static final int BOOKING_ATTEMPTS = 60;

	private static String database;
	private static String databaseUrl;
	private static final List<PlatformProcess> instances = new CopyOnWriteArrayList<>();

	@BeforeAll
	static void createDatabase() throws SQLException {
		database = "imp_fault_" + System.currentTimeMillis() + "_" + ProcessHandle.current().pid();
		admin("CREATE DATABASE " + database);
		databaseUrl = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + database;
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		instances.forEach(PlatformProcess::close);
		if (database != null && !Boolean.getBoolean("imp.test.keep-database")) {
			admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	private static PlatformProcess instance(String name, Map<String, String> systemProperties) {
		Map<String, String> properties = new LinkedHashMap<>();
		properties.put("spring.profiles.active", "test");
		properties.put("spring.datasource.url", databaseUrl);
		properties.put("spring.datasource.username", USER);
		properties.put("spring.datasource.password", PASSWORD);
		properties.put("spring.main.banner-mode", "off");
		properties.put("logging.level.root", "WARN");
		// In this test an event still incomplete after a few seconds belongs to the dead instance.
		properties.put("platform.events.republish-after", "PT4S");
		properties.put("platform.events.republish-interval", "PT2S");
		PlatformProcess process = PlatformProcess.start(name, properties, systemProperties);
		instances.add(process);
		return process;
	}

	@Test
	void noBookingOverlapsNoSaleIsLostOrDoubledAndEveryStatementIsCompleteWhenAnInstanceDiesUnderLoad() throws Exception {
		PlatformProcess a = instance("a", Map.of());
		PlatformProcess b = instance("b", Map.of());
		a.awaitUp(Duration.ofMinutes(3));
		b.awaitUp(Duration.ofMinutes(3));
		Cluster cluster = new Cluster(List.of(a, b));

		// --- the people, made over the API of instance a ----------------------------------------------------------
		BookingScenario shops = new BookingScenario(a.port());
		BookingScenario.Shop shop = shops.workshop("Fault Line Garage", "ON", "M5V 2T6", "America/Toronto", "07:00", "22:00", 3);
		shops.rules(shop, 15, 30, 240, 0, 30, true, 24);
		long program = shops.publishedProgram(shop, BookingScenario.bayRental());
		List<BookingScenario.Partner> partners = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			partners.add(shops.partner(shop, program, "Partner " + i, "M6H 2N4"));
		}
		Onboard onboard = new Onboard(a.port());
		Api onA = new Api(a.port());
		List<String> mechanics = new ArrayList<>();
		Map<String, Long> mechanicIds = new HashMap<>();
		for (int i = 0; i < 6; i++) {
			var mechanic = onboard.verified("fault-mechanic", "Mechanic " + i);
			assertThat(onA.post("/api/mechanic/sessions/virtual/availability", mechanic.token(), Map.of("available", true)).status())
				.isEqualTo(200);
			mechanics.add(mechanic.token());
			mechanicIds.put(mechanic.token(), onA.get("/api/mechanic/profile", mechanic.token()).json().get("id").asLong());
		}
		List<String> customers = new ArrayList<>();
		List<String> customerEmails = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String email = Unique.email("fault-customer");
			customerEmails.add(email);
			assertThat(onA.post("/api/signup/customer", null, Map.of("name", "Customer " + i, "email", email, "password",
					BookingScenario.PASSWORD, "postalCode", "M4C 1B5")).status()).isEqualTo(201);
			customers.add(onA.token(email, BookingScenario.PASSWORD));
		}
		// A customer signs in to the pages on instance a; the session must outlive a.
		WebSession session = WebSession.logIn(a.baseUrl(), customerEmails.get(0), BookingScenario.PASSWORD);
		assertThat(session.get(b.baseUrl() + "/customer/dashboard").statusCode()).isEqualTo(200);

		// --- the load: consultations raced and completed, bay bookings raced, payout runs, all on both instances -------
		Map<Long, List<String>> acceptedBy = new ConcurrentHashMap<>();
		Map<Long, Boolean> unknownAccepts = new ConcurrentHashMap<>();
		Map<Integer, AtomicInteger> bookingOutcomes = new ConcurrentHashMap<>();
		List<Long> consultationIds = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger payoutRuns = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(10);
		ExecutorService rivals = Executors.newFixedThreadPool(RIVALS * 4);
		List<java.util.concurrent.Callable<Void>> tasks = new ArrayList<>();
		AtomicInteger finished = new AtomicInteger();
		java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
		java.util.concurrent.atomic.AtomicLong incompleteAtKill = new java.util.concurrent.atomic.AtomicLong(-1);
		java.util.concurrent.atomic.AtomicLong doneAtKill = new java.util.concurrent.atomic.AtomicLong(-1);
		Random random = new Random(7);
		LocalDate day = LocalDate.now(TORONTO).plusDays(2);

		for (int i = 0; i < CONSULTATIONS; i++) {
			String customer = customers.get(i % customers.size());
			List<String> contenders = pick(mechanics, RIVALS, random);
			tasks.add(() -> {
				// A request whose answer is lost is found in the database afterwards, as its customer would find it.
				Long id = cluster.callOnce(api -> {
					var created = api.post("/api/customer/consultations", customer, Map.of("kind", "CHAT", "vehicleYear", "2016",
							"vehicleMake", "Honda", "vehicleModel", "Civic", "problem", "Grinding noise when braking"));
					assertThat(created.status()).as(created.body()).isEqualTo(201);
					return created.json().get("id").asLong();
				});
				if (id == null) {
					return null;
				}
				consultationIds.add(id);
				List<Future<Integer>> accepts = new ArrayList<>();
				for (String mechanic : contenders) {
					accepts.add(rivals.submit(() -> {
						Integer status = cluster.callOnce(api -> api.post("/api/mechanic/sessions/virtual/" + id + "/accept",
								mechanic, Map.of()).status());
						if (status == null) {
							unknownAccepts.put(id, true);
						}
						else if (status == 200) {
							acceptedBy.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(mechanic);
						}
						else {
							assertThat(status).isEqualTo(409);
						}
						return status;
					}));
				}
				for (Future<Integer> accept : accepts) {
					accept.get();
				}
				List<String> winners = acceptedBy.getOrDefault(id, List.of());
				if (winners.size() == 1) {
					Served<Integer> completed = cluster.callOnceServed(api -> api.post("/api/mechanic/sessions/virtual/" + id
							+ "/complete", winners.get(0), Map.of()).status());
					// a dies just after it answered a completion, while that completion's reactions are still running.
					if (completed != null && completed.by() == a && completed.value() == 200 && finished.get() >= tasks.size() / 3
							&& killed.compareAndSet(false, true)) {
						a.kill();
						doneAtKill.set(finished.get());
						try (Connection db = connect()) {
							incompleteAtKill.set(count(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"));
						}
					}
				}
				return null;
			});
		}
		for (int i = 0; i < BOOKING_ATTEMPTS; i++) {
			BookingScenario.Partner partner = partners.get(i % partners.size());
			long bay = shop.bays().get(random.nextInt(shop.bays().size()));
			LocalTime start = LocalTime.of(8, 0).plusMinutes(30L * random.nextInt(20));
			LocalTime end = start.plusMinutes(60 + 30L * random.nextInt(3));
			tasks.add(() -> {
				Integer status = cluster.callOnce(api -> api.post("/api/mechanic/bay-bookings", partner.token(),
						Map.of("bayId", bay, "start", day + "T" + start, "end", day + "T" + end)).status());
				bookingOutcomes.computeIfAbsent(status == null ? -1 : status, k -> new AtomicInteger()).incrementAndGet();
				return null;
			});
		}
		String operator = onA.token(OPERATOR, OPERATOR_PASSWORD);
		for (int i = 0; i < 8; i++) {
			tasks.add(() -> {
				Integer status = cluster.callOnce(api -> api.post("/api/admin/payouts", operator, Map.of()).status());
				if (status != null) {
					assertThat(status).isEqualTo(201);
					payoutRuns.incrementAndGet();
				}
				return null;
			});
		}
		// Consultations, bookings and payout runs interleaved; each task counts itself done.
		Collections.shuffle(tasks, random);
		List<Future<Void>> work = new ArrayList<>();
		for (var task : tasks) {
			work.add(workers.submit(() -> {
				try {
					return task.call();
				}
				finally {
					finished.incrementAndGet();
				}
			}));
		}
		for (Future<Void> f : work) {
			f.get(4, TimeUnit.MINUTES);
		}
		workers.shutdown();
		rivals.shutdown();
		assertThat(a.alive()).isFalse();
		assertThat(killed.get()).as("a was killed just after answering a completion, mid-load").isTrue();
		assertThat(doneAtKill.get()).as("the instance died mid-load").isLessThan(work.size());

		// The session begun on a carries on on b.
		var page = session.get(b.baseUrl() + "/customer/dashboard");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Customer 0");

		// --- clients finish what the dead instance left open, on b --------------------------------------------------
		Api onB = new Api(b.port());
		try (Connection db = connect()) {
			// A request created on a just before it died, whose answer never came, is in the database all the same:
			// the customer finds it in their list.
			for (String id : rows(db, "SELECT id || '' FROM consultations ORDER BY id")) {
				if (!consultationIds.contains(Long.parseLong(id))) {
					consultationIds.add(Long.parseLong(id));
				}
			}
			for (long id : List.copyOf(consultationIds)) {
				String status = single(db, "SELECT status FROM consultations WHERE id = " + id);
				if (status.equals("REQUESTED")) {
					String mechanic = mechanics.get((int) (id % mechanics.size()));
					assertThat(onB.post("/api/mechanic/sessions/virtual/" + id + "/accept", mechanic, Map.of()).status()).isEqualTo(200);
					acceptedBy.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(mechanic);
					status = "ACCEPTED";
				}
				if (status.equals("ACCEPTED")) {
					long mechanicId = Long.parseLong(single(db, "SELECT mechanic_id FROM consultations WHERE id = " + id));
					String winner = mechanics.stream().filter(t -> mechanicIds.get(t) == mechanicId).findFirst().orElseThrow();
					var completed = onB.post("/api/mechanic/sessions/virtual/" + id + "/complete", winner, Map.of());
					assertThat(completed.status()).as(completed.body()).isEqualTo(200);
				}
			}
		}
		assertThat(consultationIds).hasSizeGreaterThanOrEqualTo(CONSULTATIONS - 10);
		assertThat(bookingOutcomes.keySet()).as("booking answers (-1: connection cut)").isSubsetOf(201, 409, -1);
		assertThat(bookingOutcomes.get(201)).as("bookings made").isNotNull();

		// --- a restarts (its clock in the next month) and issues the month's statements ----------------------------
		YearMonth month;
		try (Connection db = connect()) {
			month = YearMonth.parse(single(db, "SELECT to_char(max(booked_at) AT TIME ZONE 'America/Toronto', 'YYYY-MM') FROM ledger_entries"));
		}
		ZonedDateTime nextMonth = month.plusMonths(1).atDay(2).atStartOfDay(TORONTO);
		Duration ahead = Duration.between(ZonedDateTime.now(TORONTO), nextMonth);
		// Last payouts first, by the survivor.
		assertThat(onB.post("/api/admin/payouts", operator, Map.of()).status()).isEqualTo(201);
		PlatformProcess restarted = instance("a-restarted", Map.of("fault.clock-offset", ahead.toString()))
			.awaitUp(Duration.ofMinutes(3));
		Api onRestarted = new Api(restarted.port());
		String restartedOperator = onRestarted.token(OPERATOR, OPERATOR_PASSWORD);
		ExecutorService issuers = Executors.newFixedThreadPool(2);
		List<Future<Integer>> issued = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			issued.add(issuers.submit(() -> onRestarted.post("/api/admin/statements/runs", restartedOperator,
					Map.of("month", month.toString())).status()));
		}
		for (Future<Integer> f : issued) {
			assertThat(f.get(2, TimeUnit.MINUTES)).isEqualTo(201);
		}
		issuers.shutdown();

		// --- what the database must show -----------------------------------------------------------------------------
		try (Connection db = connect()) {
			// Every event the dead instance published reaches its listeners (republished by a survivor).
			long waitUntil = System.nanoTime() + Duration.ofSeconds(90).toNanos();
			while (count(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL") > 0
					&& System.nanoTime() < waitUntil) {
				Thread.sleep(500);
			}
			assertThat(count(db, "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"))
				.as("incomplete event publications").isZero();

			assertThat(rows(db, """
					SELECT x.id || ' overlaps ' || y.id FROM bay_bookings x JOIN bay_bookings y
					  ON x.bay_id = y.bay_id AND x.id < y.id
					 AND x.starts_at < y.buffered_until AND y.starts_at < x.buffered_until
					WHERE x.status IN ('PENDING', 'CONFIRMED') AND y.status IN ('PENDING', 'CONFIRMED')""")).isEmpty();
			assertThat(count(db, "SELECT count(*) FROM bay_bookings WHERE status IN ('PENDING', 'CONFIRMED')")).isPositive();

			acceptedBy.forEach((id, winners) -> assertThat(winners).as("mechanics told they won consultation " + id)
				.hasSizeLessThanOrEqualTo(1));
			for (var entry : acceptedBy.entrySet()) {
				long holder = Long.parseLong(single(db, "SELECT mechanic_id FROM consultations WHERE id = " + entry.getKey()));
				assertThat(mechanicIds.get(entry.getValue().get(0))).as("holder of " + entry.getKey()).isEqualTo(holder);
			}
			assertThat(rows(db, "SELECT id || ' ' || status FROM consultations WHERE status <> 'COMPLETED'")).isEmpty();
			assertThat(count(db, "SELECT count(*) FROM consultations")).isEqualTo(consultationIds.size());

			// One sale per completed consultation, none without one.
			assertThat(rows(db, """
					SELECT c.id || ': ' || count(s.id) || ' sales' FROM consultations c
					LEFT JOIN sales s ON s.business_key = 'consultation:' || c.id
					GROUP BY c.id HAVING count(s.id) <> 1""")).isEmpty();
			assertThat(count(db, "SELECT count(*) FROM sales WHERE business_key LIKE 'consultation:%'"))
				.isEqualTo(consultationIds.size());
			// One client visit per completed consultation: the CRM heard of every one.
			assertThat(rows(db, """
					SELECT c.id || ': ' || count(v.id) || ' visits' FROM consultations c
					LEFT JOIN client_visits v ON v.source_ref = 'consultation:' || c.id
					GROUP BY c.id HAVING count(v.id) <> 1""")).isEmpty();

			// Double entry: every transaction balances, so the whole ledger does.
			assertThat(rows(db, "SELECT transaction_id || '' FROM ledger_entries GROUP BY transaction_id HAVING sum(amount_cents) <> 0"))
				.isEmpty();
			assertThat(count(db, "SELECT coalesce(sum(amount_cents), 0) FROM ledger_entries")).isZero();
			// Paid out exactly once: after the last run every mechanic's balance is zero, and the payouts equal what they earned.
			assertThat(rows(db, """
					SELECT party_id || ': ' || sum(amount_cents) FROM ledger_entries WHERE account = 'MECHANIC'
					GROUP BY party_id HAVING sum(amount_cents) <> 0""")).isEmpty();
			assertThat(count(db, "SELECT coalesce(sum(amount_cents), 0) FROM payout_lines WHERE party = 'MECHANIC'"))
				.isEqualTo(count(db, "SELECT coalesce(sum(mechanic_cents), 0) FROM sales"));
			assertThat(count(db, "SELECT count(*) FROM payout_runs")).isGreaterThanOrEqualTo(2);

			// Every party with money in the month has exactly one statement, and it agrees with the ledger.
			String start = month.atDay(1) + " 00:00 America/Toronto";
			String end = month.plusMonths(1).atDay(1) + " 00:00 America/Toronto";
			assertThat(rows(db, """
					SELECT e.account || ' ' || e.party_id FROM ledger_entries e
					WHERE e.account IN ('MECHANIC', 'WORKSHOP') AND e.booked_at >= '%s' AND e.booked_at < '%s'
					GROUP BY e.account, e.party_id
					HAVING (SELECT count(*) FROM statements s WHERE s.party = e.account AND s.party_id = e.party_id
					        AND s.statement_month = '%s') <> 1""".formatted(start, end, month))).isEmpty();
			assertThat(rows(db, """
					SELECT s.party || ' ' || s.party_id || ': closing ' || s.closing_cents FROM statements s
					WHERE s.statement_month = '%s' AND s.closing_cents <> (SELECT coalesce(sum(e.amount_cents), 0)
					  FROM ledger_entries e WHERE e.account = s.party AND e.party_id = s.party_id AND e.booked_at < '%s')"""
				.formatted(month, end))).isEmpty();
			assertThat(count(db, "SELECT count(*) FROM statements WHERE statement_month = '" + month + "'"))
				.isGreaterThanOrEqualTo(mechanics.size());
		}
		System.out.printf("Two-instance fault test: %d consultations (%d accepts with unknown outcome when a died), bookings %s, "
				+ "%d payout runs, about %d of %d tasks done when a was killed, %d event publications left incomplete by it%n",
				consultationIds.size(), unknownAccepts.size(), bookingOutcomes, payoutRuns.get(), doneAtKill.get(), work.size(),
				incompleteAtKill.get());
	}

	/** Picks {@code n} different elements. */
	private static List<String> pick(List<String> from, int n, Random random) {
		List<String> copy = new ArrayList<>(from);
		Collections.shuffle(copy, random);
		return copy.subList(0, n);
	}

	/**
	 * The instances behind a load balancer: calls go round-robin to the live ones; a call whose instance is down
	 * (connection refused or cut) is sent to the next one.
	 */
	private static final class Cluster {

		private final List<PlatformProcess> instances;
		private final AtomicInteger next = new AtomicInteger();

		Cluster(List<PlatformProcess> instances) {
			this.instances = instances;
		}

		/**
		 * Sends a call that must not be repeated blindly (its first attempt may have taken effect), with the instance
		 * that answered: {@code null} when the connection was cut, so the outcome is unknown; a refused connection (a dead
		 * instance) goes to the next one.
		 */
		<T> Served<T> callOnceServed(Function<Api, T> call) {
			for (int attempt = 0; attempt < instances.size() * 2; attempt++) {
				PlatformProcess instance = instances.get(Math.floorMod(next.getAndIncrement(), instances.size()));
				if (!instance.alive()) {
					continue;
				}
				try {
					return new Served<>(call.apply(new Api(instance.port())), instance);
				}
				catch (IllegalStateException e) {
					if (!(e.getCause() instanceof IOException)) {
						throw e;
					}
					if (!(e.getCause() instanceof java.net.ConnectException)) {
						return null;
					}
				}
			}
			return null;
		}

		/** As {@link #callOnceServed}, the answer alone. */
		<T> T callOnce(Function<Api, T> call) {
			Served<T> served = callOnceServed(call);
			return served == null ? null : served.value();
		}
	}

	private record Served<T>(T value, PlatformProcess by) {
	}

	/** A browser-like session: cookies kept, the log-in form posted with its CSRF token. */
	private record WebSession(HttpClient http) {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		static WebSession logIn(String base, String email, String password) throws IOException, InterruptedException {
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = CSRF.matcher(form);
			assertThat(csrf.find()).as("the log-in form carries a CSRF token").isTrue();
			String body = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
			var response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
			return new WebSession(http);
		}

		/** A page of any instance, with this session's cookie (cookies are per host, and every instance is localhost). */
		HttpResponse<String> get(String url) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
		}

		private static String enc(String value) {
			return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	private static Connection connect() throws SQLException {
		return DriverManager.getConnection(databaseUrl, USER, PASSWORD);
	}

	private static String single(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			assertThat(rs.next()).as(sql).isTrue();
			return rs.getString(1);
		}
	}

	private static long count(Connection db, String sql) throws SQLException {
		return Long.parseLong(single(db, sql));
	}

	private static List<String> rows(Connection db, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = db.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				rows.add(rs.getString(1));
			}
		}
		return rows;
	}

	private static void admin(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
