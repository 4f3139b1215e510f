package ca.mechanicplatform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ca.mechanicplatform.bookings.BookingScenario;
import ca.mechanicplatform.revenue.internal.LedgerDays;
import ca.mechanicplatform.testing.FormLogIn;
import ca.mechanicplatform.testing.Onboard;

/**
 * Business analytics under load (issue 8, "Scale"): a mechanic with 5,000 completed sessions and jobs over two years
 * (3,000 consultations, 2,000 bay jobs, two thirds of the sessions rated) and 2,000 clients, among four other mechanics
 * with as many; every completion with its sale and balanced ledger posting and its CRM visit; 300 referred customers,
 * half converted with their bonus in the ledger. Then, by 16 concurrent users: (a) {@code GET /api/mechanic/analytics}
 * for the default 12 months, (b) the same for two full years, (c) the CSV export of two years, (d) the page
 * {@code /mechanic/analytics} for 12 months and (e) for two years, signed in with a session. Target p95 ≤ 100 ms.
 *
 * <p>The workshop, its program and the mechanics' partnerships are made through the API (as in the booking tests); the
 * history is written straight into the tables with COPY, shaped as the application writes it. Run it with
 * {@code bench/analytics.sh}; system properties as for the other benchmarks ({@code bench.users},
 * {@code bench.duration}, {@code bench.jit-warmup}).
 */
public final class AnalyticsBenchmark {

	static final ZoneId ZONE = ZoneId.of("America/Toronto");
	static final int MECHANICS = 5;
	static final int CLIENTS = 2_000;
	static final int COMPLETIONS = 5_000;
	static final int REFERRALS = 300;

	private AnalyticsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var options = LoadRunner.Options.fromSystemProperties(16, Duration.ofSeconds(5), 20_000, Duration.ofSeconds(15));
		Map<String, String> properties = Map.of("platform.admin.email", Onboard.OPERATOR, "platform.admin.password",
				Onboard.OPERATOR_PASSWORD, "platform.mail.poll-interval", "1h", "platform.statements.schedule", "-",
				"platform.bookings.membership-fees-schedule", "-");
		try (BenchDatabase database = BenchDatabase.create()) {
			System.out.println("Database " + database.name());
			try (BenchPlatform platform = BenchPlatform.start(database, properties)) {
				long started = System.nanoTime();
				BookingScenario scenario = new BookingScenario(platform.port());
				var shop = scenario.workshop("Bench Analytics Garage", "ON", "M5V 1K4", "America/Toronto", "06:00", "22:00", 1);
				long program = scenario.publishedProgram(shop, BookingScenario.revenueShare("20"));
				List<BookingScenario.Partner> partners = new ArrayList<>();
				for (int m = 0; m < MECHANICS; m++) {
					partners.add(scenario.partner(shop, program, "Bench Mechanic " + m, "M6H 2N4"));
				}
				System.out.printf(Locale.ROOT, "A workshop and %d partner mechanics made through the API in %.1f s%n", MECHANICS,
						(System.nanoTime() - started) / 1e9);

				started = System.nanoTime();
				load(database, shop.id(), shop.bays().get(0), partners);
				// the ledger entries were written around the platform: sum their days as a start-up in a new zone would
				platform.bean(LedgerDays.class).rebuild();
				database.execute("VACUUM ANALYZE");
				System.out.printf(Locale.ROOT, "Loaded %,d consultations, %,d bay jobs, %,d sales, %,d ledger entries, %,d clients, "
						+ "%,d visits, %,d referrals in %.1f s%n", CrmBenchmark.count(database, "consultations"),
						CrmBenchmark.count(database, "bay_bookings"), CrmBenchmark.count(database, "sales"),
						CrmBenchmark.count(database, "ledger_entries"), CrmBenchmark.count(database, "clients"),
						CrmBenchmark.count(database, "client_visits"), CrmBenchmark.count(database, "referrals"),
						(System.nanoTime() - started) / 1e9);

				BookingScenario.Partner target = partners.get(0);
				String token = target.token();
				String session = FormLogIn.as(platform.baseUrl(), target.email(), Onboard.PASSWORD).session();
				LocalDate today = LocalDate.now(ZONE);
				String twoYears = "from=" + today.minusYears(2).plusDays(1) + "&to=" + today;
				Map<String, LoadRunner.Requests> scenarios = new LinkedHashMap<>();
				scenarios.put("(a) API, last 12 months", (u, s) -> api(platform, "/api/mechanic/analytics", token));
				scenarios.put("(b) API, two years", (u, s) -> api(platform, "/api/mechanic/analytics?" + twoYears, token));
				scenarios.put("(c) CSV, two years", (u, s) -> api(platform, "/api/mechanic/analytics.csv?" + twoYears, token));
				scenarios.put("(d) page, last 12 months", (u, s) -> page(platform, "/mechanic/analytics", session));
				scenarios.put("(e) page, two years", (u, s) -> page(platform, "/mechanic/analytics?" + twoYears, session));
				Scenarios.checkEachAnswers(scenarios);
				HttpResponse<String> figures = HttpClient.newHttpClient().send(api(platform, "/api/mechanic/analytics?" + twoYears, token),
						HttpResponse.BodyHandlers.ofString());
				System.out.println("Two years' totals: " + figures.body().replaceAll(".*\"totals\":(\\{[^}]*\\}).*", "$1"));

				Scenarios.printTarget(Scenarios.warmUpAndMeasure(options, database, scenarios), 100);
			}
		}
	}

	/**
	 * Per mechanic: 2,000 clients (platform customers), 3,000 completed consultations and 2,000 completed bay jobs spread
	 * over the last 730 days, each with its sale, its SALE posting (customer payments, platform fee, workshop and
	 * mechanic shares, summing to zero) and its CRM visit; then the clients' totals. The first mechanic also has 300
	 * referred customers, half of them converted with a $10 bonus posting; the others 100 each.
	 */
	static void load(BenchDatabase database, long workshopId, long bayId, List<BookingScenario.Partner> partners) throws Exception {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		try (Connection c = database.connect()) {
			c.setAutoCommit(false);
			long firstUser = BenchWorkshops.next(c, "users");
			long firstCustomer = BenchWorkshops.next(c, "customers");
			try (BulkCopy users = BulkCopy.into(c, "users", "id", "email", "password_hash", "display_name", "role", "enabled", "created_at")) {
				for (int i = 0; i < CLIENTS; i++) {
					users.row(firstUser + i, "analytics-customer-" + i + "@bench.local", "{noop}x", "Customer " + i, "CUSTOMER", true, now.minusDays(800));
				}
			}
			try (BulkCopy customers = BulkCopy.into(c, "customers", "id", "user_id", "postal_code", "fsa", "created_at")) {
				for (int i = 0; i < CLIENTS; i++) {
					customers.row(firstCustomer + i, firstUser + i, "H2X 1Y4", "H2X", now.minusDays(800));
				}
			}
			long firstClient = BenchWorkshops.next(c, "clients");
			try (BulkCopy clients = BulkCopy.into(c, "clients", "id", "mechanic_id", "customer_id", "name", "email", "created_from",
					"created_at", "updated_at", "search_text")) {
				for (int m = 0; m < partners.size(); m++) {
					for (int i = 0; i < CLIENTS; i++) {
						String name = "Customer " + i;
						String email = "analytics-customer-" + i + "@bench.local";
						clients.row(firstClient + (long) m * CLIENTS + i, partners.get(m).mechanicId(), firstCustomer + i, name, email,
								"CONSULTATION", now.minusDays(800), now.minusDays(800), (name + " " + email).toLowerCase(Locale.ROOT));
					}
				}
			}
			long consultationId = BenchWorkshops.next(c, "consultations");
			long bookingId = BenchWorkshops.next(c, "bay_bookings");
			long saleId = BenchWorkshops.next(c, "sales");
			long transactionId = BenchWorkshops.next(c, "ledger_transactions");
			// one COPY at a time on a connection: the rows of the three tables are gathered first (25,000 small rows)
			List<Object[]> consultations = new ArrayList<>();
			List<Object[]> bookings = new ArrayList<>();
			List<Object[]> sales = new ArrayList<>();
			for (var partner : partners) {
				for (int i = 0; i < COMPLETIONS; i++) {
					OffsetDateTime at = completion(now, i);
					long customer = firstCustomer + client(i);
					boolean job = i % 5 >= 3;
					if (job) {
						long labour = 15_000 + (i % 50) * 1_000;
						long parts = 5_000 + (i % 7) * 1_000;
						long gross = labour + parts;
						long fee = (gross * 15 + 50) / 100;
						long workshop = ((gross - fee) * 20 + 50) / 100;
						String key = "bay-booking:" + bookingId;
						bookings.add(new Object[] { bookingId, workshopId, bayId, partner.mechanicId(), partner.partnershipId(), at.minusHours(2),
								at, at, "COMPLETED", at.minusDays(3), at.minusDays(3), at, customer, "Customer " + client(i), "2016 Honda Civic",
								"Front brakes and rotors", labour, parts, key });
						sales.add(new Object[] { saleId++, key, "WORKSHOP_JOB", "REVENUE_SHARE", partner.mechanicId(), workshopId, customer,
								gross, "15.0000", fee, "20.0000", workshop, 0, gross - fee - workshop, "Workshop job: Front brakes and rotors", at, at });
						bookingId++;
					}
					else {
						boolean video = i % 4 == 0;
						long price = video ? 3_500 : 1_500;
						long fee = (price * 15 + 50) / 100;
						Integer rating = i % 3 == 2 ? null : i % 11 == 0 ? 3 : i % 7 == 0 ? 2 : i % 3 == 0 ? 5 : 4;
						consultations.add(new Object[] { consultationId, customer, video ? "VIDEO" : "CHAT", 2016, "Toyota", "RAV4",
								"Check engine light after a cold start", "H2X 1Y4", "H2X", price, "COMPLETED", at.minusHours(1), at.plusHours(1),
								partner.mechanicId(), at.minusMinutes(50), "VIRTUAL_INDEPENDENT", 0, fee, 0, price - fee, at, at, rating,
								rating == null ? null : "Clear and quick", rating == null ? null : at.plusHours(2) });
						sales.add(new Object[] { saleId++, "consultation:" + consultationId, "VIRTUAL_CONSULTATION", "VIRTUAL_INDEPENDENT",
								partner.mechanicId(), null, customer, price, "15.0000", fee, "0.0000", 0, 0, price - fee,
								(video ? "Video" : "Chat") + " consultation", at, at });
						consultationId++;
					}
				}
			}
			copy(c, consultations, "consultations", "id", "customer_id", "kind", "vehicle_year", "vehicle_make", "vehicle_model", "problem",
					"postal_code", "fsa", "price_cents", "status", "requested_at", "expires_at", "mechanic_id", "accepted_at", "revenue_mode",
					"workshop_share_pct", "platform_fee_cents", "workshop_cents", "mechanic_cents", "completed_at", "closed_at", "rating",
					"rating_comment", "rated_at");
			copy(c, bookings, "bay_bookings", "id", "workshop_id", "bay_id", "mechanic_id", "partnership_id", "starts_at", "ends_at",
					"buffered_until", "status", "created_at", "confirmed_at", "completed_at", "job_customer_id", "job_customer_name",
					"job_vehicle", "job_description", "job_labour_cents", "job_parts_cents", "sale_key");
			copy(c, sales, "sales", "id", "business_key", "service_kind", "model", "mechanic_id", "workshop_id", "customer_id",
					"gross_cents", "platform_fee_pct", "platform_fee_cents", "workshop_share_pct", "workshop_share_cents", "bay_fee_cents",
					"mechanic_cents", "description", "occurred_at", "recorded_at");
			BenchWorkshops.restartIdentity(c, "consultations");
			BenchWorkshops.restartIdentity(c, "bay_bookings");
			BenchWorkshops.restartIdentity(c, "sales");
			try (var s = c.createStatement()) {
				// one SALE posting per sale, then its entries, as revenue posts them
				s.execute("INSERT INTO ledger_transactions (id, business_key, kind, description, occurred_at, booked_at, recorded_at, sale_id)"
						+ " SELECT " + (transactionId - 1) + " + ROW_NUMBER() OVER (ORDER BY id), 'sale/' || business_key, 'SALE', description,"
						+ " occurred_at, occurred_at, recorded_at, id FROM sales");
				s.execute("""
						INSERT INTO ledger_entries (transaction_id, account, party_id, amount_cents, line_kind, service_kind, model, booked_at)
						SELECT t.id, x.account, x.party_id, x.amount, x.line_kind, s.service_kind, s.model, t.booked_at
						FROM ledger_transactions t JOIN sales s ON s.id = t.sale_id
						CROSS JOIN LATERAL (VALUES ('CUSTOMER_PAYMENTS', NULL, -s.gross_cents, 'SALE_GROSS'),
						                           ('PLATFORM_REVENUE', NULL, s.platform_fee_cents, 'PLATFORM_FEE'),
						                           ('WORKSHOP', s.workshop_id, s.workshop_share_cents, 'WORKSHOP_SHARE'),
						                           ('MECHANIC', s.mechanic_id, s.mechanic_cents, 'MECHANIC_SHARE'))
						     AS x(account, party_id, amount, line_kind)
						WHERE x.amount <> 0""");
				s.execute("""
						INSERT INTO client_visits (client_id, mechanic_id, source_kind, source_ref, sale_id, sale_key, occurred_at, description,
						                           vehicle, gross_cents, mechanic_cents)
						SELECT c.id, s.mechanic_id, CASE WHEN s.service_kind = 'WORKSHOP_JOB' THEN 'JOB' ELSE 'CONSULTATION' END, s.business_key,
						       s.id, s.business_key, s.occurred_at, s.description, '2016 Toyota RAV4', s.gross_cents, s.mechanic_cents
						FROM sales s JOIN clients c ON c.mechanic_id = s.mechanic_id AND c.customer_id = s.customer_id""");
				CrmBenchmark.linkVisitNeighbours(s);
				s.execute("""
						UPDATE clients c SET visit_count = v.n, lifetime_value_cents = v.total, last_visit_at = v.latest
						FROM (SELECT client_id, COUNT(*) AS n, SUM(gross_cents) AS total, MAX(occurred_at) AS latest
						      FROM client_visits GROUP BY client_id) v
						WHERE v.client_id = c.id""");
			}
			BenchWorkshops.restartIdentity(c, "clients");
			BenchWorkshops.restartIdentity(c, "ledger_transactions");
			loadReferrals(c, partners, firstCustomer, now);
			c.commit();
		}
	}

	static void copy(Connection c, List<Object[]> rows, String table, String... columns) throws SQLException {
		try (BulkCopy copy = BulkCopy.into(c, table, columns)) {
			for (Object[] row : rows) {
				copy.row(row);
			}
		}
	}

	/** Referred customers (each customer once across mechanics); every second one converted, with its bonus posting. */
	static void loadReferrals(Connection c, List<BookingScenario.Partner> partners, long firstCustomer, OffsetDateTime now) throws SQLException {
		int customer = 0;
		try (var insert = c.prepareStatement("""
				INSERT INTO referrals (mechanic_id, customer_id, code, signed_up_at, converted_at, consultation_id, bonus_cents)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
			for (int m = 0; m < partners.size(); m++) {
				int count = m == 0 ? REFERRALS : REFERRALS / 3;
				for (int i = 0; i < count; i++, customer++) {
					OffsetDateTime signedUp = completion(now, i * 13 + 7);
					boolean converted = i % 2 == 0;
					insert.setLong(1, partners.get(m).mechanicId());
					insert.setLong(2, firstCustomer + customer);
					insert.setString(3, "BENCH" + m);
					insert.setObject(4, signedUp);
					insert.setObject(5, converted ? signedUp.plusDays(3) : null);
					insert.setObject(6, converted ? (Object) (long) (i + 1) : null);
					insert.setObject(7, converted ? (Object) 1_000L : null);
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
		try (var s = c.createStatement()) {
			s.execute("""
					INSERT INTO ledger_transactions (business_key, kind, description, occurred_at, booked_at, recorded_at)
					SELECT 'referral-bonus/customer-' || customer_id, 'REFERRAL_BONUS', 'Referral bonus', converted_at, converted_at, converted_at
					FROM referrals WHERE converted_at IS NOT NULL""");
			s.execute("""
					INSERT INTO ledger_entries (transaction_id, account, party_id, amount_cents, line_kind, service_kind, booked_at)
					SELECT t.id, x.account, x.party_id, x.amount, 'REFERRAL_BONUS', 'VIRTUAL_CONSULTATION', t.booked_at
					FROM ledger_transactions t JOIN referrals r ON t.business_key = 'referral-bonus/customer-' || r.customer_id
					CROSS JOIN LATERAL (VALUES ('PLATFORM_REVENUE', NULL, -r.bonus_cents), ('MECHANIC', r.mechanic_id, r.bonus_cents))
					     AS x(account, party_id, amount)""");
		}
	}

	/** The i-th completion: spread over the last 730 days, at a time of day between 8:00 and 18:00 Toronto time. */
	static OffsetDateTime completion(OffsetDateTime now, int i) {
		return now.atZoneSameInstant(ZONE).toLocalDate().minusDays((i * 7919L) % 730).atTime(8 + i % 10, (i * 17) % 60)
			.atZone(ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC).minusDays(1);
	}

	static int client(int i) {
		return (int) ((i * 37L) % CLIENTS);
	}

	static HttpRequest api(BenchPlatform platform, String path, String token) {
		return HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(30)).GET().build();
	}

	static HttpRequest page(BenchPlatform platform, String path, String session) {
		return HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).header("Accept", "text/html")
			.header("Cookie", "SESSION=" + session).timeout(Duration.ofSeconds(30)).GET().build();
	}
}
