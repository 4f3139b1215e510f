package ca.mechanicplatform.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Multipart;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.SampleFiles;
import ca.mechanicplatform.testing.Unique;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every API route in the OpenAPI document that names an object in its path, called by another tenant of the same role
 * with tenant A's real object: mechanic B with mechanic A's client, note, booking, session, application, invitation;
 * workshop B with workshop A's program, bay, booking, application, employee, photo; customer B with customer A's
 * consultation; anyone who is not a party with A's agreement, document, notification or token. The stranger gets 403
 * or 404 and the database is exactly as it was, while the owner reads every such object with 2xx.
 *
 * <p>Each path variable is mapped (by the path segment before it) to an object tenant A created over the API. A route
 * whose variable has no object here fails the test, so a new route cannot be left out; operators' routes (one tenant)
 * and public routes are outside the question, and variables that are not object ids (a statement month, a blackout
 * day) are listed with the reason.
 */
@PlatformTest
class CrossTenantMatrixTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	/** Path variables that name no object of another tenant, with why. */
	private static final Map<String, String> NOT_AN_OBJECT = Map.of(
			"statements/{month}", "a month of the caller's own statement; the statement tests show each party only its lines",
			"blackouts/{day}", "a day on the caller's own workshop calendar",
			"programs/{id}", "published programs are the mechanics' marketplace: every mechanic may read them");

	/** Routes where a stranger may also be told 409: what they act on is offered to every mechanic, not owned. */
	private static final Map<String, String> REFUSED_AS_TAKEN = Map.of(
			"POST /api/mechanic/sessions/virtual/{id}/accept", "open requests are offered to every verified mechanic; "
					+ "one accepted by another is refused as already taken");

	/** A valid body for each request schema, so that only ownership can refuse the call. */
	private final Map<String, Object> bodies = new LinkedHashMap<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Accounts accounts;

	private final HttpClient http = HttpClient.newHttpClient();
	private Api api;

	/** An object of tenant A: the value in the path, and the token of its owner in the route's area. */
	record Owned(String value, String owner) {
	}

	@Test
	void anotherTenantIsRefusedEveryObjectOfTenantAAndChangesNothingWhileTheOwnerReadsThem() throws Exception {
		api = new Api(port);
		Onboard onboard = new Onboard(port);
		LocalDate day = LocalDate.now(TORONTO).plusDays(4);
		Map<String, Owned> fixtures = new LinkedHashMap<>();

		// Workshop A: hours, a bay, a published bay-rental program, a photo, an employee and a pending invitation.
		String shopA = workshop("Tenant A Garage");
		long bayA = api.get("/api/workshop/bays", shopA).json().get(0).get("id").asLong();
		long programA = program(shopA);
		long photoA = expect(new Multipart(port).file("photo", "front.png", "image/png", SampleFiles.png())
			.post("/api/workshop/photos", shopA), 201).get("id").asLong();
		Onboard.SignedUp invited = onboard.signUp("tenant-invited", "Casey Invited", "M6H 2N4");
		long invitationA = expect(api.post("/api/workshop/employees/invitations", shopA, Map.of("email", invited.email())), 201)
			.get("id").asLong();
		String invitationToken = api.get("/api/mechanic/invitations", invited.token()).json().get(0).get("token").asString();
		Onboard.SignedUp employee = onboard.signUp("tenant-employee", "Erin Employee", "M6H 2N4");
		expect(api.post("/api/workshop/employees/invitations", shopA, Map.of("email", employee.email())), 201);
		String employeeToken = api.get("/api/mechanic/invitations", employee.token()).json().get(0).get("token").asString();
		expect(api.post("/api/mechanic/invitations/" + employeeToken + "/accept", employee.token(), Map.of()), 200);
		long employeeA = api.get("/api/mechanic/profile", employee.token()).json().get("id").asLong();

		// Mechanic A: a partner of workshop A with a signed agreement and a booking, a client, a document, a token.
		String mechanicAEmail = Unique.email("tenant-mechanic-a");
		String mechanicA = onboard.workshopPartner(mechanicAEmail, "Alex Tenant", "M6H 2N4").token();
		long applicationA = expect(api.post("/api/mechanic/partnerships/apply", mechanicA, Map.of("programId", programA,
				"message", "I would like a bay.")), 201).get("id").asLong();
		expect(api.post("/api/workshop/partnerships/" + applicationA + "/approve", shopA, Map.of()), 200);
		long agreementA = partnership(mechanicA, programA).get("agreementId").asLong();
		String hash = api.get("/api/agreements/" + agreementA, mechanicA).json().get("documentSha256").asString();
		expect(api.post("/api/agreements/" + agreementA + "/signatures", mechanicA, Map.of("typedName", "Alex Tenant", "consent", true,
				"documentSha256", hash)), 200);
		expect(api.post("/api/agreements/" + agreementA + "/signatures", shopA, Map.of("typedName", "Morgan Chen", "consent", true,
				"documentSha256", hash)), 200);
		await().atMost(Duration.ofSeconds(15)).until(() -> partnership(mechanicA, programA).get("status").asString().equals("ACTIVE"));
		long bookingA = expect(api.post("/api/mechanic/bay-bookings", mechanicA, Map.of("bayId", bayA, "start", day + "T09:00",
				"end", day + "T11:00")), 201).get("id").asLong();
		long clientA = expect(api.post("/api/mechanic/clients", mechanicA, Map.of("name", "Dana Client", "email",
				"dana.client@example.com", "phone", "416-555-0101")), 201).get("id").asLong();
		String client = "/api/mechanic/clients/" + clientA;
		long vehicleA = expect(api.post(client + "/vehicles", mechanicA, Map.of("year", "2016", "make", "Honda", "model", "Civic")),
				201).get("id").asLong();
		long noteA = expect(api.post(client + "/notes", mechanicA, Map.of("body", "Prefers mornings")), 201).get("id").asLong();
		long followUpA = expect(api.post(client + "/follow-ups", mechanicA, Map.of("dueOn", day.toString(), "text", "Call back")),
				201).get("id").asLong();
		expect(api.post(client + "/tags", mechanicA, Map.of("tag", "fleet")), 200, 201);
		long documentA = expect(onboard.certificateUpload(mechanicA, "second.pdf", "application/pdf", SampleFiles.pdf())
			.post("/api/mechanic/onboarding/virtual-only/certification", mechanicA), 201).get("document").get("id").asLong();
		long notificationA = api.get("/api/notifications", mechanicA).json().get("notifications").get(0).get("id").asLong();
		long tokenA = api.get("/api/auth/tokens", mechanicA).json().get(0).get("id").asLong();

		// Customer A's consultation, accepted by mechanic V, with a photo in its chat.
		String customerA = customer("tenant-customer-a");
		String mechanicV = availableMechanic("tenant-mechanic-v");
		long consultationA = expect(api.post("/api/customer/consultations", customerA, Map.of("kind", "CHAT", "vehicleYear", "2016",
				"vehicleMake", "Honda", "vehicleModel", "Civic", "problem", "Grinding noise when braking at low speed")), 201)
			.get("id").asLong();
		expect(api.post("/api/mechanic/sessions/virtual/" + consultationA + "/accept", mechanicV, Map.of()), 200);
		long photoMessageA = expect(new Multipart(port).file("photo", "rotor.png", "image/png", SampleFiles.png())
			.post("/api/customer/consultations/" + consultationA + "/photos", customerA), 201).get("id").asLong();

		fixtures.put("mechanic clients/{id}", new Owned("" + clientA, mechanicA));
		fixtures.put("mechanic vehicles/{vehicleId}", new Owned("" + vehicleA, mechanicA));
		fixtures.put("mechanic notes/{noteId}", new Owned("" + noteA, mechanicA));
		fixtures.put("mechanic follow-ups/{followUpId}", new Owned("" + followUpA, mechanicA));
		fixtures.put("mechanic tags/{tag}", new Owned("fleet", mechanicA));
		fixtures.put("mechanic bay-bookings/{id}", new Owned("" + bookingA, mechanicA));
		fixtures.put("mechanic applications/{id}", new Owned("" + applicationA, mechanicA));
		fixtures.put("mechanic invitations/{token}", new Owned(invitationToken, invited.token()));
		fixtures.put("mechanic virtual/{id}", new Owned("" + consultationA, mechanicV));
		fixtures.put("mechanic photos/{messageId}", new Owned("" + photoMessageA, mechanicV));
		fixtures.put("workshop partnership-programs/{id}", new Owned("" + programA, shopA));
		fixtures.put("workshop bays/{id}", new Owned("" + bayA, shopA));
		fixtures.put("workshop bay-bookings/{id}", new Owned("" + bookingA, shopA));
		fixtures.put("workshop partnerships/{id}", new Owned("" + applicationA, shopA));
		fixtures.put("workshop employees/{mechanicId}", new Owned("" + employeeA, shopA));
		fixtures.put("workshop invitations/{id}", new Owned("" + invitationA, shopA));
		fixtures.put("workshop photos/{id}", new Owned("" + photoA, shopA));
		fixtures.put("customer consultations/{id}", new Owned("" + consultationA, customerA));
		fixtures.put("customer photos/{messageId}", new Owned("" + photoMessageA, customerA));
		fixtures.put("shared agreements/{id}", new Owned("" + agreementA, mechanicA));
		fixtures.put("shared documents/{id}", new Owned("" + documentA, mechanicA));
		fixtures.put("shared notifications/{id}", new Owned("" + notificationA, mechanicA));
		fixtures.put("shared tokens/{id}", new Owned("" + tokenA, mechanicA));

		// Tenant B: the same roles, as able as A (a verified available mechanic, a workshop with a bay, a customer).
		String shopB = workshop("Tenant B Garage");
		long bayB = api.get("/api/workshop/bays", shopB).json().get(0).get("id").asLong();
		Map<String, List<String>> strangers = Map.of("mechanic", List.of(availableMechanic("tenant-mechanic-b")),
				"workshop", List.of(shopB), "customer", List.of(customer("tenant-customer-b")));
		List<String> everyStranger = List.of(strangers.get("mechanic").get(0), shopB, strangers.get("customer").get(0));

		bodies.put("ProgramForm", Map.of("type", "BAY_RENTAL", "title", "Taken over", "description", "Changed by a stranger",
				"terms", "None", "capacity", 5, "hourlyRate", "1.00"));
		bodies.put("BayForm", Map.of("name", "Taken bay", "type", "LIFT", "active", false));
		bodies.put("ClientForm", Map.of("name", "Renamed By Stranger", "email", "stranger@example.com"));
		bodies.put("VehicleForm", Map.of("year", "2001", "make", "Lada", "model", "Niva"));
		bodies.put("NoteBody", Map.of("body", "Written by a stranger"));
		bodies.put("FollowUpForm", Map.of("dueOn", day.plusDays(1).toString(), "text", "Stranger's follow-up"));
		bodies.put("TagBody", Map.of("tag", "stolen"));
		bodies.put("DoneBody", Map.of("done", true));
		bodies.put("Rejection", Map.of("reason", "Refused by a stranger"));
		bodies.put("StatusChange", Map.of("status", "PAUSED"));
		bodies.put("RescheduleRequest", Map.of("bayId", bayB, "start", day + "T13:00", "end", day + "T14:00"));
		bodies.put("DeclineRequest", Map.of("reason", "Declined by a stranger"));
		bodies.put("MessageRequest", Map.of("body", "A stranger's message"));
		bodies.put("JobForm", Map.of("customerName", "Walk In", "vehicle", "2016 Honda Civic", "description", "Brakes",
				"labourCents", 10000, "partsCents", 5000));
		bodies.put("RatingRequest", Map.of("rating", 1, "comment", "A stranger's rating"));
		bodies.put("SignatureRequest", Map.of("typedName", "Someone Else", "consent", true, "documentSha256", hash));

		JsonNode document = api.get("/v3/api-docs", null).json();
		List<String> unmapped = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		List<String[]> ownerReads = new ArrayList<>();
		Map<String, String> before = quietFingerprint();
		int attacks = 0;
		for (var path : document.get("paths").properties()) {
			String template = path.getKey();
			String area = area(template);
			if (area == null || !VARIABLE.matcher(template).find()) {
				continue;
			}
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(Locale.ROOT);
				String route = method + " " + template;
				String url = concrete(template, area, fixtures, unmapped, route);
				if (url == null) {
					continue;
				}
				Owned owned = fixtures.get(area + " " + lastKey(template));
				String bodySchema = schemaOf(operation.getValue());
				if (bodySchema != null && !bodySchema.equals("multipart") && !bodies.containsKey(bodySchema)) {
					unmapped.add(route + " (no valid " + bodySchema + " body)");
					continue;
				}
				for (String stranger : area.equals("shared") ? everyStranger : strangers.get(area)) {
					int status = call(method, url, stranger, bodySchema);
					attacks++;
					boolean refused = status == 403 || status == 404 || (status == 409 && REFUSED_AS_TAKEN.containsKey(route));
					if (!refused) {
						wrong.add(route + " by another tenant → " + status);
					}
				}
				if (method.equals("GET")) {
					ownerReads.add(new String[] { route, url, owned.owner() });
				}
			}
		}
		Map<String, String> after = fingerprint();
		System.out.printf("Cross-tenant matrix: %d calls by strangers, %d owner reads%n", attacks, ownerReads.size());
		assertThat(unmapped).as("routes whose object has no fixture of tenant A here: add one").isEmpty();
		assertThat(wrong).as("strangers must get 403 or 404").isEmpty();
		List<String> changed = before.keySet().stream().filter(t -> !before.get(t).equals(after.get(t))).toList();
		assertThat(changed).as("tables changed by refused calls").isEmpty();
		for (String[] read : ownerReads) {
			assertThat(call("GET", read[1], read[2], null)).as("the owner reads " + read[0]).isBetween(200, 299);
		}
		assertThat(attacks).as("the document lists the platform's object routes").isGreaterThan(60);
	}

	/** The role area of a route whose objects belong to a tenant; {@code null} for operators' and public routes. */
	private static String area(String template) {
		for (String area : List.of("mechanic", "workshop", "customer")) {
			if (template.startsWith("/api/" + area + "/")) {
				return area;
			}
		}
		if (template.startsWith("/api/admin/") || template.startsWith("/api/public/")) {
			return null;
		}
		return "shared";
	}

	/** The segment before the route's last variable and the variable, e.g. {@code notes/{noteId}}. */
	private static String lastKey(String template) {
		Matcher matcher = VARIABLE.matcher(template);
		String key = null;
		while (matcher.find()) {
			key = key(template, matcher);
		}
		return key;
	}

	private static String key(String template, Matcher matcher) {
		String head = template.substring(0, matcher.start());
		String segment = head.substring(head.lastIndexOf('/', head.length() - 2) + 1, head.length() - 1);
		return segment + "/{" + matcher.group(1) + "}";
	}

	private static String concrete(String template, String area, Map<String, Owned> fixtures, List<String> unmapped, String route) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			String key = key(template, matcher);
			if (NOT_AN_OBJECT.containsKey(key)) {
				return null;
			}
			Owned owned = fixtures.get(area + " " + key);
			if (owned == null) {
				unmapped.add(route + " (" + area + " " + key + ")");
				return null;
			}
			matcher.appendReplacement(url, Matcher.quoteReplacement(owned.value()));
		}
		matcher.appendTail(url);
		return url.toString();
	}

	private static String schemaOf(JsonNode operation) {
		if (!operation.has("requestBody")) {
			return null;
		}
		JsonNode content = operation.get("requestBody").get("content");
		if (content.has("multipart/form-data")) {
			return "multipart";
		}
		String ref = content.properties().iterator().next().getValue().get("schema").path("$ref").asString("");
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

	private int call(String method, String url, String token, String bodySchema) throws IOException, InterruptedException {
		if ("multipart".equals(bodySchema)) {
			return new Multipart(port).file("photo", "photo.png", "image/png", SampleFiles.png()).post(url, token).status();
		}
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
			.header("Accept", "application/json").header("Authorization", "Bearer " + token);
		if (bodySchema != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(bodies.get(bodySchema))));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** Tenant data, table by table, once the listeners reacting to the set-up have finished. */
	private Map<String, String> quietFingerprint() throws InterruptedException {
		Map<String, String> previous = fingerprint();
		for (int i = 0; i < 20; i++) {
			Thread.sleep(500);
			Map<String, String> now = fingerprint();
			if (now.equals(previous)) {
				return now;
			}
			previous = now;
		}
		return previous;
	}

	private Map<String, String> fingerprint() {
		Map<String, String> tables = new LinkedHashMap<>();
		for (String table : List.of("workshops", "workshop_bays", "workshop_photos", "workshop_opening_hours", "employee_invitations",
				"mechanics", "mechanic_certifications", "stored_documents", "partnership_programs", "partnership_program_bays",
				"partnership_applications", "partnerships", "agreements", "agreement_signatures", "bay_bookings", "clients",
				"client_vehicles", "client_notes", "client_tags", "client_follow_ups", "client_visits", "consultations",
				"consultation_messages", "notifications", "audit_log", "ledger_transactions", "payments",
				"employee_revenue_share_agreements")) {
			tables.put(table, jdbc.sql("SELECT COUNT(*) || ':' || COALESCE(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') FROM "
					+ table + " t").query(String.class).single());
		}
		tables.put("api_tokens", jdbc.sql("SELECT COUNT(*) || ':' || COUNT(revoked_at) FROM api_tokens").query(String.class).single());
		return tables;
	}

	private String workshop(String name) {
		String email = Unique.email("tenant-workshop");
		expect(api.post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", email, "password", Onboard.PASSWORD,
				"workshopName", name, "streetAddress", "1 Main St", "city", "Toronto", "province", "ON", "postalCode", "M5V 1K4",
				"timeZone", "America/Toronto")), 201);
		String token = api.token(email, Onboard.PASSWORD);
		List<Map<String, String>> hours = new ArrayList<>();
		for (String weekday : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.add(Map.of("day", weekday, "opens", "07:00", "closes", "19:00"));
		}
		expect(api.put("/api/workshop/hours", token, Map.of("hours", hours)), 200);
		expect(api.post("/api/workshop/bays", token, Map.of("name", "Bay 1", "type", "LIFT")), 201);
		return token;
	}

	private long program(String shop) {
		long id = expect(api.post("/api/workshop/partnership-programs", shop, Map.of("type", "BAY_RENTAL", "title",
				"Bays " + Unique.email("p"), "description", "Lift bays for independents", "terms", "Bring your own tools",
				"capacity", 50, "hourlyRate", "45.00", "dailyRate", "300")), 201).get("id").asLong();
		expect(api.post("/api/workshop/partnership-programs/" + id + "/status", shop, Map.of("status", "PUBLISHED")), 200);
		return id;
	}

	private JsonNode partnership(String mechanic, long programId) {
		for (JsonNode p : api.get("/api/mechanic/partnerships", mechanic).json().get("partnerships")) {
			if (p.get("programId").asLong() == programId) {
				return p;
			}
		}
		throw new AssertionError("No partnership under program " + programId);
	}

	private String customer(String who) {
		String email = Unique.email(who);
		expect(api.post("/api/signup/customer", null, Map.of("name", "Sam Patel", "email", email, "password", Onboard.PASSWORD,
				"postalCode", "M4W 1A8")), 201);
		return api.token(email, Onboard.PASSWORD);
	}

	/** A verified virtual-only mechanic taking consultations (verification itself is covered by the onboarding tests). */
	private String availableMechanic(String who) {
		String email = Unique.email(who);
		expect(api.post("/api/signup/mechanic", null, Map.of("name", "Val Mechanic", "email", email, "password", Onboard.PASSWORD,
				"postalCode", "H2X 1Y4")), 201);
		Mechanic mechanic = mechanics.mine(accounts.findByEmail(email).orElseThrow().id());
		mechanics.chooseTier(mechanic.id(), ServiceTier.VIRTUAL_ONLY);
		mechanics.markVerified(mechanic.id());
		mechanics.setAvailability(mechanic.id(), true);
		return api.token(email, Onboard.PASSWORD);
	}

	private static JsonNode expect(Api.Reply reply, int... statuses) {
		assertThat(statuses).as(reply.body()).contains(reply.status());
		return reply.body().isBlank() ? null : reply.json();
	}
}
