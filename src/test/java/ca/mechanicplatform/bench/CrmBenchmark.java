package ca.mechanicplatform.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;

/**
 * Client search under load (issue 8, "Scale"): a mechanic with 2,000 clients and 5,000 completed sessions and jobs over
 * two years, among nine other mechanics with as many (20,000 clients and 50,000 visits in all), each client with a
 * vehicle, a fifth of them tagged. Then {@code GET /api/mechanic/clients} by 16 concurrent users: (a) the first page,
 * (b) by part of a name, (c) by vehicle, (d) by tag with last-visit and lifetime-value filters, (e) a client's page
 * with its history. Target p95 ≤ 100 ms.
 *
 * <p>The mechanics sign up through the API; clients, vehicles, tags and visits are written straight into the CRM tables
 * (with lifetime value and last visit computed from the visits as the application keeps them), because the search reads
 * only those. Run it with {@code bench/crm.sh}; system properties as for the other benchmarks ({@code bench.users},
 * {@code bench.duration}, {@code bench.jit-warmup}).
 */
public final class CrmBenchmark {

	static final ZoneId ZONE = ZoneId.of("America/Toronto");
	static final int MECHANICS = 10;
	static final int CLIENTS = 2_000;
	static final int VISITS = 5_000;
	static final String[] FIRST = { "Sam", "Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Quinn", "Priya",
			"Wei", "Fatima", "Luc", "Chloé", "Noah", "Olivia", "Liam", "Emma", "Mateo" };
	static final String[] LAST = { "Patel", "Nguyen", "Smith", "Tremblay", "Roy", "Gagnon", "Wong", "Singh", "Brown", "Martin", "Lee",
			"Wilson", "Côté", "Campbell", "Anderson", "Chen", "Kaur", "Li", "MacDonald", "Scott", "Bouchard", "Ali", "Khan", "Ross",
			"Young" };
	static final String[][] VEHICLES = { { "Honda", "Civic" }, { "Toyota", "Corolla" }, { "Ford", "F-150" }, { "Toyota", "RAV4" },
			{ "Hyundai", "Elantra" }, { "Mazda", "CX-5" }, { "Chevrolet", "Silverado" }, { "Subaru", "Outback" }, { "Nissan", "Rogue" },
			{ "Kia", "Soul" } };
	static final String[] TAGS = { "fleet", "vip", "ev", "winter-tires", "referral" };

	private CrmBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var options = LoadRunner.Options.fromSystemProperties(16, Duration.ofSeconds(5), 20_000, Duration.ofSeconds(15));
		Map<String, String> properties = Map.of("platform.admin.email", Onboard.OPERATOR, "platform.admin.password",
				Onboard.OPERATOR_PASSWORD, "platform.mail.poll-interval", "1h", "platform.statements.schedule", "-");
		try (BenchDatabase database = BenchDatabase.create()) {
			System.out.println("Database " + database.name());
			try (BenchPlatform platform = BenchPlatform.start(database, properties)) {
				Api api = new Api(platform.port());
				long started = System.nanoTime();
				List<String> tokens = new ArrayList<>();
				List<Long> mechanicIds = new ArrayList<>();
				for (int m = 0; m < MECHANICS; m++) {
					String email = "crm-mechanic" + m + "@bench.local";
					new Onboard(platform.port()).signUpAs(email, "Bench Mechanic " + m, "M6H 2N4");
					String token = api.token(email, Onboard.PASSWORD);
					tokens.add(token);
					mechanicIds.add(api.get("/api/mechanic/profile", token).json().get("id").asLong());
				}
				System.out.printf(Locale.ROOT, "%d mechanics signed up through the API in %.1f s%n", MECHANICS, (System.nanoTime() - started) / 1e9);

				started = System.nanoTime();
				load(database, mechanicIds);
				database.execute("VACUUM ANALYZE");
				System.out.printf(Locale.ROOT, "Loaded %,d clients, %,d vehicles and %,d visits in %.1f s%n", count(database, "clients"),
						count(database, "client_vehicles"), count(database, "client_visits"), (System.nanoTime() - started) / 1e9);

				String token = tokens.get(0);
				long someClient = firstClient(database, mechanicIds.get(0));
				LocalDate today = LocalDate.now(ZONE);
				Map<String, LoadRunner.Requests> scenarios = new LinkedHashMap<>();
				scenarios.put("(a) first page, most recent visit", (u, s) -> get(platform, "/api/mechanic/clients", token));
				scenarios.put("(b) by part of a name", (u, s) -> get(platform, "/api/mechanic/clients?q="
						+ enc(prefix(LAST[(int) ((u * 7 + s) % LAST.length)])), token));
				scenarios.put("(c) by vehicle", (u, s) -> get(platform, "/api/mechanic/clients?vehicle="
						+ enc(VEHICLES[(int) ((u + s) % VEHICLES.length)][1].toLowerCase(Locale.ROOT)), token));
				scenarios.put("(d) tag + last visit + lifetime value", (u, s) -> get(platform, "/api/mechanic/clients?tag="
						+ TAGS[(int) ((u + s) % TAGS.length)] + "&lastVisitAfter=" + today.minusDays(365) + "&minLifetimeValueCents=5000&sort=value",
						token));
				scenarios.put("(e) a client with history", (u, s) -> get(platform, "/api/mechanic/clients/" + (someClient + (u * 31 + s) % CLIENTS),
						token));
				Scenarios.checkEachAnswers(scenarios);
				Scenarios.printTarget(Scenarios.warmUpAndMeasure(options, database, scenarios), 100);
			}
		}
	}

	/** Per mechanic: 2,000 clients with a vehicle each, a fifth tagged, and 5,000 visits over two years; then the client totals. */
	static void load(BenchDatabase database, List<Long> mechanicIds) throws Exception {
		try (Connection c = database.connect()) {
			c.setAutoCommit(false);
			try (PreparedStatement clients = c.prepareStatement("""
					INSERT INTO clients (mechanic_id, name, email, phone, created_from, created_at, updated_at, search_text)
					SELECT ?, ?, ?, ?, 'JOB', now() - INTERVAL '800 days', now() - INTERVAL '800 days', LOWER(?)""")) {
				for (long mechanic : mechanicIds) {
					for (int i = 0; i < CLIENTS; i++) {
						String first = FIRST[i % FIRST.length];
						String last = LAST[(i / FIRST.length) % LAST.length];
						clients.setLong(1, mechanic);
						clients.setString(2, first + " " + last + (i >= FIRST.length * LAST.length ? " " + (i / (FIRST.length * LAST.length)) : ""));
						clients.setString(3, (first + "." + last + i + "@example.com").toLowerCase(Locale.ROOT));
						clients.setString(4, String.format(Locale.ROOT, "416-555-%04d", i));
						clients.setString(5, clientText(first + " " + last, (first + "." + last + i + "@example.com"),
								String.format(Locale.ROOT, "416-555-%04d", i)));
						clients.addBatch();
					}
					clients.executeBatch();
				}
			}
			try (var s = c.createStatement()) {
				s.execute("""
						INSERT INTO client_vehicles (mechanic_id, client_id, model_year, make, model, created_at, search_text)
						SELECT mechanic_id, id, y, mk, md, created_at, LOWER(y || ' ' || mk || ' ' || md || ' ')
						FROM (SELECT mechanic_id, id, created_at, 2005 + (id % 19) AS y,
						             (ARRAY['Honda','Toyota','Ford','Toyota','Hyundai','Mazda','Chevrolet','Subaru','Nissan','Kia'])[1 + id % 10] AS mk,
						             (ARRAY['Civic','Corolla','F-150','RAV4','Elantra','CX-5','Silverado','Outback','Rogue','Soul'])[1 + id % 10] AS md
						      FROM clients) c""");
				s.execute("""
						INSERT INTO client_tags (client_id, tag)
						SELECT id, (ARRAY['fleet','vip','ev','winter-tires','referral'])[1 + (id / 5) % 5] FROM clients WHERE id % 5 = 0""");
				s.execute("INSERT INTO client_visits (client_id, mechanic_id, source_kind, source_ref, sale_key, occurred_at, description,"
						+ " vehicle, gross_cents, mechanic_cents)"
						+ " SELECT c.id, c.mechanic_id, CASE WHEN g % 3 = 0 THEN 'JOB' ELSE 'CONSULTATION' END, 'bench:' || c.mechanic_id || ':' || g,"
						+ " 'bench:' || c.mechanic_id || ':' || g, now() - ((g * 7919) % 730) * INTERVAL '1 day',"
						+ " CASE WHEN g % 3 = 0 THEN 'Workshop job: brakes' ELSE 'Chat consultation' END, NULL,"
						+ " CASE WHEN g % 3 = 0 THEN 20000 + (g % 50) * 1000 ELSE 1500 + (g % 2) * 2000 END,"
						+ " CASE WHEN g % 3 = 0 THEN 17000 + (g % 50) * 850 ELSE 1275 + (g % 2) * 1700 END"
						+ " FROM generate_series(0, " + (VISITS - 1) + ") g"
						+ " JOIN (SELECT id, mechanic_id, ROW_NUMBER() OVER (PARTITION BY mechanic_id ORDER BY id) - 1 AS n FROM clients) c"
						+ " ON c.n = (g * 37) % " + CLIENTS);
				linkVisitNeighbours(s);
				s.execute("""
						UPDATE clients c SET visit_count = v.n, lifetime_value_cents = v.total, last_visit_at = v.latest
						FROM (SELECT client_id, COUNT(*) AS n, SUM(gross_cents) AS total, MAX(occurred_at) AS latest
						      FROM client_visits GROUP BY client_id) v
						WHERE v.client_id = c.id""");
			}
			c.commit();
		}
	}

	static String clientText(String name, String email, String phone) {
		return name + " " + email + " " + phone;
	}

	static long firstClient(BenchDatabase database, long mechanic) throws Exception {
		try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement("SELECT MIN(id) FROM clients WHERE mechanic_id = ?")) {
			s.setLong(1, mechanic);
			try (var rs = s.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** Each visit's previous and next visit of its client, as {@code ClientRows#addVisit} keeps them, for visits written with SQL. */
	static void linkVisitNeighbours(java.sql.Statement s) throws java.sql.SQLException {
		s.execute("""
				UPDATE client_visits c SET previous_at = v.previous_at, next_at = v.next_at
				FROM (SELECT id, LAG(occurred_at) OVER w AS previous_at, LEAD(occurred_at) OVER w AS next_at FROM client_visits
				      WINDOW w AS (PARTITION BY client_id ORDER BY occurred_at, id)) v
				WHERE v.id = c.id""");
	}

	static long count(BenchDatabase database, String table) throws Exception {
		try (Connection c = database.connect(); var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The first three letters of a name, as someone starts typing it. */
	static String prefix(String name) {
		return name.substring(0, Math.min(3, name.length())).toLowerCase(Locale.ROOT);
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	static HttpRequest get(BenchPlatform platform, String path, String token) {
		return HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).header("Accept", "application/json")
			.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
	}
}
