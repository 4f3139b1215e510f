package ca.mechanicplatform.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.docs.ApiRecorder.Exchange;
import ca.mechanicplatform.docs.ApiRecorder.FilePart;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.TestMailServer;
import ca.mechanicplatform.testing.SampleFiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writes the API reference under {@code docs/api/} from the OpenAPI document and a scripted session that calls every
 * operation for real: a workshop opens and publishes programs, a mechanic onboards, is verified, partners, books bays
 * and completes a job, a customer consults, the mechanic keeps a client file, an employee freelances off shift. Fails,
 * naming them, when an operation of the OpenAPI document has no recorded example, so that no route goes undocumented.
 */
@PlatformTest
class ApiReferenceTests {

	static final Path OUTPUT = Path.of("docs", "api");
	static final ZoneId TORONTO = ZoneId.of("America/Toronto");
	static final String PASSWORD = "a-long-password";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ApiRecorder api;
	Onboard onboard;
	Api quiet;
	ExampleMasks masks;
	final Map<String, String> notes = new LinkedHashMap<>();
	final List<String> unexpected = new ArrayList<>();

	@Test
	void everyOperationHasARecordedExampleAndTheReferenceIsWritten() throws IOException {
		api = new ApiRecorder(port);
		quiet = new Api(port);
		onboard = new Onboard(port);
		LocalDate today = LocalDate.now(TORONTO);
		masks = new ExampleMasks(today);
		// Examples are written only from a database that holds nothing but this script's data (the test run on its own, or
		// first): other tests' programs, mechanics and fee rules would show up in the lists and change the files every run.
		boolean alone = jdbc.sql("SELECT COUNT(*) FROM users WHERE email <> ?").param(Onboard.OPERATOR).query(Long.class).single() == 0;

		try {
			script(today, alone);
		}
		catch (RuntimeException | AssertionError e) {
			throw new AssertionError("The script stopped: " + e + "\nUnexpected answers before:\n" + String.join("\n", unexpected), e);
		}

		JsonNode openApi = ApiRecorder.JSON.readTree(quiet.get("/v3/api-docs", null).body());
		ApiReference reference = new ApiReference(openApi);
		List<String> unmatched = api.exchanges().stream().filter(e -> reference.operationOf(e).isEmpty())
			.map(e -> e.method() + " " + e.path()).toList();
		var examples = reference.examples(api.exchanges());
		List<String> missing = reference.operations().stream().map(ApiReference.Operation::key)
			.filter(key -> examples.getOrDefault(key, List.of()).isEmpty()).toList();

		var files = reference.render(examples, masks, notes);
		if (alone) {
			Files.createDirectories(OUTPUT);
			files.forEach((name, content) -> write(OUTPUT.resolve(name), content));
		}
		else {
			System.out.println("ApiReferenceTests: other tests' data is in the database; docs/api is left as it is. Run "
					+ "./mvnw test -Dtest=ApiReferenceTests to write it.");
		}

		assertThat(unexpected).as("answers other than the script expects").isEmpty();
		assertThat(unmatched).as("calls of the script that match no operation of /v3/api-docs").isEmpty();
		assertThat(missing).as("operations of /v3/api-docs without an example: add a call to ApiReferenceTests.script").isEmpty();
		assertThat(reference.operations()).hasSizeGreaterThan(100);
		assertThat(files.get("README.md")).contains("/api/mechanic/bay-bookings/{id}");
		assertThat(files.get("mechanic.md")).contains("Authorization: Bearer <token>").doesNotContain("imp_");
	}

	private static void write(Path file, String content) {
		try {
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A map that keeps the order its entries are given in, so request bodies read the same in every run. */
	static Map<String, Object> body(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** Notes an answer other than the expected one, so that one run names every step that went wrong. */
	Exchange expect(Exchange exchange, int status) {
		if (exchange.status() != status) {
			unexpected.add(exchange.method() + " " + exchange.path() + " answered " + exchange.status() + " instead of " + status
					+ ": " + exchange.responseText());
		}
		return exchange;
	}

	private void script(LocalDate today, boolean alone) {
		String operator = onboard.operatorToken();

		// Public: accounts and tokens
		expect(api.post("/api/signup/workshop", null, body("name", "Morgan Chen", "email", "morgan.chen@autofix.example",
				"password", PASSWORD, "workshopName", "AutoFix Toronto Inc.", "streetAddress", "450 King St W", "city", "Toronto",
				"province", "ON", "postalCode", "M5V 1K4", "timeZone", "America/Toronto", "phone", "416-555-0142")), 201);
		expect(api.post("/api/signup/mechanic", null, body("name", "Alex Moreau", "email", "alex.moreau@mechanic.example",
				"password", PASSWORD, "postalCode", "M6H 2N4")), 201);
		expect(api.post("/api/signup/mechanic", null, body("name", "Alex Moreau", "email", "not-an-address", "password", "short",
				"postalCode", "Z1Z 1Z1")), 400);
		expect(api.post("/api/signup/customer", null, body("name", "Sam Patel", "email", "sam.patel@owner.example",
				"password", PASSWORD, "postalCode", "M4W 1A8", "phone", "416-555-0199")), 201);
		Exchange issued = expect(api.post("/api/auth/token", null, body("email", "alex.moreau@mechanic.example", "password", PASSWORD,
				"name", "Workshop laptop")), 201);
		String alex = issued.json().get("token").asString();
		expect(api.post("/api/auth/token", null, body("email", "alex.moreau@mechanic.example", "password", "wrong-password")), 401);
		String workshop = quiet.token("morgan.chen@autofix.example", PASSWORD);
		String sam = quiet.token("sam.patel@owner.example", PASSWORD);
		expect(api.get("/api/auth/me", alex), 200);
		long old = expect(api.post("/api/auth/token", null, body("email", "alex.moreau@mechanic.example", "password", PASSWORD,
				"name", "Old script")), 201).json().get("id").asLong();
		expect(api.get("/api/auth/tokens", alex), 200);
		expect(api.delete("/api/auth/tokens/" + old, alex), 204);
		expect(api.post("/api/auth/password-reset", null, body("email", "sam.patel@owner.example")), 202);
		await().atMost(Duration.ofSeconds(10)).until(() -> TestMailServer.to("sam.patel@owner.example").stream()
			.anyMatch(m -> m.subject().equals("Reset your password")));
		var resetLink = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)").matcher(TestMailServer.to("sam.patel@owner.example").stream()
			.filter(m -> m.subject().equals("Reset your password")).reduce((a, b) -> b).orElseThrow().body());
		assertThat(resetLink.find()).isTrue();
		expect(api.post("/api/auth/password-reset/confirm", null, body("token", resetLink.group(1), "password", PASSWORD,
				"confirmation", PASSWORD)), 204);

		// Mechanic: virtual-only onboarding, verification, profile, the workshop-partner tier
		expect(api.get("/api/mechanic/onboarding/service-tier", alex), 200);
		expect(api.post("/api/mechanic/onboarding/service-tier", alex, body("serviceTier", "VIRTUAL_ONLY")), 200);
		expect(api.put("/api/mechanic/onboarding/virtual-only/profile", alex, body("name", "Alex Moreau",
				"bio", "Licensed technician who loves diagnosing electrical gremlins over video.", "yearsOfExperience", 12,
				"specialties", List.of("Electrical systems", "Engine diagnostics"), "vehicleMakes", List.of("Toyota", "Honda"),
				"languages", List.of("English", "French"), "province", "ON", "postalCode", "M6H 2N4")), 200);
		Map<String, String> certificate = new LinkedHashMap<>();
		certificate.put("credential", "RED_SEAL");
		certificate.put("trade", "AUTOMOTIVE_SERVICE_TECHNICIAN");
		certificate.put("certificateNumber", "ON-310S-44821");
		certificate.put("issuingProvince", "ON");
		certificate.put("expiresOn", today.plusYears(2).toString());
		long certificationId = expect(api.upload("/api/mechanic/onboarding/virtual-only/certification", alex, certificate,
				new FilePart("document", "red-seal.pdf", "application/pdf", SampleFiles.pdf())), 201).json().get("id").asLong();
		expect(api.post("/api/mechanic/onboarding/virtual-only/background-check-consent", alex, body("consent", true,
				"fullName", "Alex Moreau")), 200);
		expect(api.put("/api/mechanic/onboarding/virtual-only/payout", alex, body("accountHolder", "Alex Moreau",
				"institutionNumber", "004", "transitNumber", "12345", "accountNumber", "9876543210")), 200);
		JsonNode state = expect(api.get("/api/mechanic/onboarding/virtual-only", alex), 200).json();
		expect(api.post("/api/mechanic/onboarding/virtual-only", alex, body()), 200);
		long certificateDocument = state.get("certifications").get(0).get("document").get("id").asLong();

		JsonNode queue = expect(api.get("/api/admin/verifications", operator), 200).json();
		expect(api.post("/api/admin/verifications/certifications/" + certificationId + "/approve", operator, body()), 200);
		long check = 0;
		for (JsonNode pending : queue.get("backgroundChecks")) {
			if (pending.get("mechanic").get("email").asString().equals("alex.moreau@mechanic.example")) {
				check = pending.get("id").asLong();
			}
		}
		expect(api.post("/api/admin/verifications/background-checks/" + check, operator, body("result", "CLEAR",
				"notes", "Provider report 2291 on file")), 200);
		var jamie = onboard.signUpAs("jamie.roy@mechanic.example", "Jamie Roy", "H2X 1Y4");
		long jamieCertification = onboard.submitted(jamie);
		expect(api.post("/api/admin/verifications/certifications/" + jamieCertification + "/reject", operator,
				body("reason", "The certificate number does not match the scanned document")), 200);
		expect(api.get("/api/documents/" + certificateDocument, alex), 200);

		expect(api.get("/api/mechanic/profile", alex), 200);
		expect(api.put("/api/mechanic/profile", alex, body("name", "Alex Moreau",
				"bio", "Red Seal technician: brakes, suspension and electrical diagnosis.", "yearsOfExperience", 12,
				"specialties", List.of("Brakes", "Electrical systems"), "vehicleMakes", List.of("Toyota", "Honda", "Ford"),
				"languages", List.of("English", "French"), "province", "ON", "postalCode", "M6H 2N4")), 200);
		expect(api.put("/api/mechanic/profile/availability", alex, body("available", true)), 200);
		Map<String, String> insurance = new LinkedHashMap<>();
		insurance.put("insurer", "Intact Insurance");
		insurance.put("policyNumber", "CGL-4471-0925");
		insurance.put("liabilityCoverage", "2000000");
		insurance.put("expiresOn", today.plusYears(1).toString());
		expect(api.upload("/api/mechanic/profile/insurance", alex, insurance,
				new FilePart("document", "insurance.pdf", "application/pdf", SampleFiles.pdf())), 201);
		expect(api.post("/api/mechanic/profile/upgrade-tier", alex, body()), 200);
		long alexId = quiet.get("/api/mechanic/profile", alex).json().get("id").asLong();

		// Workshop: profile, hours, bays, photos, policy, booking rules and blackout days
		JsonNode shop = expect(api.get("/api/workshop/profile", workshop), 200).json();
		long workshopId = shop.get("id").asLong();
		expect(api.put("/api/workshop/profile", workshop, body("workshopName", "AutoFix Toronto Inc.",
				"streetAddress", "450 King St W", "city", "Toronto", "province", "ON", "postalCode", "M5V 1K4",
				"timeZone", "America/Toronto", "phone", "416-555-0142", "services", List.of("BRAKES", "DIAGNOSTICS", "TIRES"))), 200);
		List<Map<String, Object>> hours = new ArrayList<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.add(body("day", day, "opens", "07:00", "closes", "19:00"));
		}
		expect(api.put("/api/workshop/hours", workshop, body("hours", hours)), 200);
		expect(api.get("/api/workshop/hours", workshop), 200);
		long bay1 = expect(api.post("/api/workshop/bays", workshop, body("name", "Bay 1", "type", "LIFT")), 201).json().get("id").asLong();
		long bay2 = expect(api.post("/api/workshop/bays", workshop, body("name", "Bay 2", "type", "ALIGNMENT")), 201).json().get("id").asLong();
		expect(api.get("/api/workshop/bays", workshop), 200);
		expect(api.get("/api/workshop/bays/" + bay2, workshop), 200);
		expect(api.put("/api/workshop/bays/" + bay2, workshop, body("name", "Bay 2", "type", "LIFT", "active", true)), 200);
		long photo = expect(api.upload("/api/workshop/photos", workshop, Map.of(),
				new FilePart("photo", "front.png", "image/png", SampleFiles.png())), 201).json().get("id").asLong();
		expect(api.get("/api/workshop/photos", workshop), 200);
		expect(api.delete("/api/workshop/photos/" + photo, workshop), 204);
		expect(api.get("/api/workshop/off-shift-policy", workshop), 200);
		expect(api.put("/api/workshop/off-shift-policy", workshop, body("allowEmployeeLocalFreelance", true,
				"employeeRevenueSharePct", 30)), 200);
		expect(api.put("/api/workshop/bay-bookings/rules", workshop, body("bufferMinutes", 15, "minLengthMinutes", 60,
				"maxLengthMinutes", 600, "minNoticeMinutes", 60, "maxDaysAhead", 60, "autoConfirm", false,
				"cancellationNoticeHours", 24)), 200);
		expect(api.get("/api/workshop/bay-bookings/rules", workshop), 200);
		String closed = today.plusDays(20).toString();
		expect(api.post("/api/workshop/bay-bookings/blackouts", workshop, body("day", closed, "reason", "Stocktaking")), 201);
		expect(api.get("/api/workshop/bay-bookings/blackouts", workshop), 200);
		expect(api.delete("/api/workshop/bay-bookings/blackouts/" + closed, workshop), 204);

		// Workshop programs; the mechanic browses, applies, withdraws; the workshop approves and rejects
		expect(api.get("/api/workshop/partnership-programs/templates", workshop), 200);
		long bayRental = expect(api.post("/api/workshop/partnership-programs", workshop, body("type", "BAY_RENTAL",
				"title", "Weekend lift bays on King West", "description", "Two lift bays for independent mechanics", "terms",
				"Bring your own hand tools; shop air and lifts included.", "capacity", 10, "hourlyRate", "45.00",
				"dailyRate", "300", "minYearsExperience", 3, "requiresInsurance", true)), 201).json().get("id").asLong();
		expect(api.put("/api/workshop/partnership-programs/" + bayRental, workshop, body("type", "BAY_RENTAL",
				"title", "Weekend lift bays on King West", "description", "Two lift bays for independent mechanics, evenings and weekends",
				"terms", "Bring your own hand tools; shop air and lifts included.", "capacity", 10, "hourlyRate", "45.00",
				"dailyRate", "300", "minYearsExperience", 3, "requiresInsurance", true)), 200);
		expect(api.post("/api/workshop/partnership-programs/" + bayRental + "/status", workshop, body("status", "PUBLISHED")), 200);
		expect(api.get("/api/workshop/partnership-programs/" + bayRental, workshop), 200);
		long share = expect(api.post("/api/workshop/partnership-programs", workshop, body("type", "REVENUE_SHARE",
				"title", "Revenue share on brake jobs", "description", "No bay fee; the workshop takes a share of each job",
				"terms", "Parts bought through the workshop.", "capacity", 5, "workshopSharePercent", "25")), 201).json().get("id").asLong();
		quiet.post("/api/workshop/partnership-programs/" + share + "/status", workshop, Map.of("status", "PUBLISHED"));
		long draft = expect(api.post("/api/workshop/partnership-programs", workshop, body("type", "MEMBERSHIP",
				"title", "Members' bench", "description", "A bench and tools for a monthly fee", "terms", "Monthly, first month prorated",
				"capacity", 3, "monthlyFee", "199.00", "workshopSharePercent", "10")), 201).json().get("id").asLong();
		expect(api.get("/api/workshop/partnership-programs", workshop), 200);
		expect(api.delete("/api/workshop/partnership-programs/" + draft, workshop), 204);

		expect(api.get("/api/mechanic/partnerships/browse?text=King%20West&maxDistanceKm=50&sort=DISTANCE", alex), 200);
		expect(api.get("/api/mechanic/partnerships/programs/" + bayRental, alex), 200);
		long application = expect(api.post("/api/mechanic/partnerships/apply", alex, body("programId", bayRental,
				"message", "Twelve years on brakes and suspension; weekends work best.")), 201).json().get("id").asLong();
		long withdrawn = expect(api.post("/api/mechanic/partnerships/apply", alex, body("programId", share,
				"message", "Interested in brake jobs.")), 201).json().get("id").asLong();
		expect(api.post("/api/mechanic/partnerships/applications/" + withdrawn + "/withdraw", alex, body()), 200);
		long rejected = expect(api.post("/api/mechanic/partnerships/apply", alex, body("programId", share,
				"message", "Interested in brake jobs after all.")), 201).json().get("id").asLong();
		expect(api.get("/api/workshop/partnerships/applications?status=SUBMITTED", workshop), 200);
		expect(api.post("/api/workshop/partnerships/" + application + "/approve", workshop, body()), 200);
		expect(api.post("/api/workshop/partnerships/" + rejected + "/reject", workshop,
				body("reason", "The program is for mechanics with their own brake lathe.")), 200);

		// Agreement: the mechanic signs first, then the workshop
		long agreement = partnershipOf(alex, bayRental).get("agreementId").asLong();
		expect(api.get("/api/agreements", alex), 200);
		String hash = expect(api.get("/api/agreements/" + agreement, alex), 200).json().get("documentSha256").asString();
		expect(api.get("/api/agreements/" + agreement + "/document", alex), 200);
		expect(api.post("/api/agreements/" + agreement + "/signatures", alex, body("typedName", "Alex Moreau", "consent", true,
				"documentSha256", hash)), 200);
		expect(api.post("/api/agreements/" + agreement + "/signatures", workshop, body("typedName", "Morgan Chen", "consent", true,
				"documentSha256", hash)), 200);
		expect(api.get("/api/agreements/" + agreement + "/signed-document", alex), 200);
		expect(api.get("/api/agreements/" + agreement + "/audit", alex), 200);
		await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(partnershipOf(alex, bayRental).get("status").asString()));
		expect(api.get("/api/mechanic/partnerships", alex), 200);

		// Bay bookings: book, confirm, move, decline, cancel, complete the job; calendar feeds
		LocalDate day = today.plusDays(3);
		expect(api.get("/api/mechanic/bay-bookings/availability?workshopId=" + workshopId + "&bayId=" + bay1 + "&from=" + day
				+ "&to=" + day, alex), 200);
		long booked = expect(api.post("/api/mechanic/bay-bookings", alex, body("bayId", bay1, "start", day + "T09:00",
				"end", day + "T11:00", "note", "Brake job", "job", body("customerName", "Jordan Blake", "vehicle", "2016 Honda Civic",
						"description", "Front brakes", "labourCents", 30000, "partsCents", 12050))), 201).json().get("id").asLong();
		expect(api.post("/api/mechanic/bay-bookings", alex, body("bayId", bay1, "start", day + "T10:00", "end", day + "T12:00")), 409);
		long moved = expect(api.post("/api/mechanic/bay-bookings", alex, body("bayId", bay2, "start", day + "T13:00",
				"end", day + "T15:00")), 201).json().get("id").asLong();
		long declined = expect(api.post("/api/mechanic/bay-bookings", alex, body("bayId", bay1, "start", day + "T14:00",
				"end", day + "T16:00")), 201).json().get("id").asLong();
		long cancelled = expect(api.post("/api/mechanic/bay-bookings", alex, body("bayId", bay2, "start", day.plusDays(1) + "T09:00",
				"end", day.plusDays(1) + "T10:00")), 201).json().get("id").asLong();
		expect(api.get("/api/mechanic/bay-bookings?from=" + day + "&to=" + day.plusDays(1), alex), 200);
		expect(api.get("/api/mechanic/bay-bookings/" + booked, alex), 200);
		expect(api.post("/api/mechanic/bay-bookings/" + booked + "/job", alex, body("customerName", "Jordan Blake",
				"customerContact", "416-555-0123", "vehicle", "2016 Honda Civic", "description", "Front brakes and rotors",
				"labourCents", 30000, "partsCents", 12050)), 200);
		expect(api.get("/api/workshop/bay-bookings?from=" + day + "&to=" + day.plusDays(1), workshop), 200);
		expect(api.get("/api/workshop/bay-bookings/" + booked, workshop), 200);
		expect(api.post("/api/workshop/bay-bookings/" + booked + "/confirm", workshop, body()), 200);
		expect(api.post("/api/workshop/bay-bookings/" + moved + "/reschedule", workshop, body("start", day + "T15:30",
				"end", day + "T17:30", "bayId", bay2)), 200);
		expect(api.post("/api/workshop/bay-bookings/" + declined + "/decline", workshop,
				body("reason", "Bay 1 is closed for a lift inspection that afternoon.")), 200);
		expect(api.get("/api/workshop/bay-bookings/availability?from=" + day + "&to=" + day, workshop), 200);
		expect(api.delete("/api/mechanic/bay-bookings/" + cancelled, alex), 200);
		Instant end = Instant.now().minus(Duration.ofMinutes(10));
		jdbc.sql("UPDATE bay_bookings SET starts_at = ?, ends_at = ?, buffered_until = ? WHERE id = ?").params(
				SqlTime.of(end.minus(Duration.ofHours(2))), SqlTime.of(end), SqlTime.of(end.plus(Duration.ofMinutes(15))), booked).update();
		expect(api.post("/api/mechanic/bay-bookings/" + booked + "/complete", alex, body()), 200);
		feedAddress(expect(api.post("/api/mechanic/bay-bookings/feed", alex, body()), 201));
		expect(api.delete("/api/mechanic/bay-bookings/feed", alex), 204);
		feedAddress(expect(api.post("/api/workshop/bay-bookings/feed", workshop, body()), 201));
		expect(api.delete("/api/workshop/bay-bookings/feed", workshop), 204);

		// Money: a split preview, the mechanic's earnings, fee rules, decision times, statements
		expect(api.post("/api/partnerships/revenue-splits/calculate", alex, body("model", "REVENUE_SHARE", "grossCents", 50000,
				"workshopSharePercent", 25)), 200);
		expect(api.get("/api/mechanic/earnings/breakdown?months=3", alex), 200);
		expect(api.get("/api/admin/fee-rules", operator), 200);
		expect(api.post("/api/admin/fee-rules", operator, body("serviceKind", "VIRTUAL_CONSULTATION",
				"relationship", "WORKSHOP_EMPLOYEE", "percentage", "4.5", "effectiveFrom", today.plusDays(700).toString(),
				"reason", "Lower fee on employees' consultations")), 201);
		expect(api.get("/api/admin/partnerships/decision-times?days=30", operator), 200);
		expect(api.get("/api/admin/audit?subject=fee-rules&size=5", operator), 200);
		operatorRuns(operator, alex, today, alone);
		String month = YearMonth.now(TORONTO).toString();
		expect(api.get("/api/mechanic/earnings/statements", alex), 200);
		expect(api.get("/api/mechanic/earnings/statements/" + month + ".pdf", alex), 404);
		expect(api.get("/api/mechanic/earnings/statements/" + month + ".csv", alex), 404);
		expect(api.get("/api/workshop/earnings/statements", workshop), 200);
		expect(api.get("/api/workshop/earnings/statements/" + month + ".pdf", workshop), 404);
		expect(api.get("/api/workshop/earnings/statements/" + month + ".csv", workshop), 404);
		String statementNote = "Statements are issued once a month is over, by the monthly run; the example asks for the current "
				+ "month, which has none yet, and gets 404. An issued month answers 200 with the file.";
		for (String party : List.of("mechanic", "workshop")) {
			notes.put("GET /api/" + party + "/earnings/statements/{month}.pdf", statementNote);
			notes.put("GET /api/" + party + "/earnings/statements/{month}.csv", statementNote);
		}

		// Consultations: the customer asks, the mechanic accepts, they chat, the mechanic completes, the customer rates
		expect(api.get("/api/customer/profile", sam), 200);
		expect(api.get("/api/customer/consultations/prices", sam), 200);
		long consultation = expect(api.post("/api/customer/consultations", sam, body("kind", "CHAT", "vehicleYear", "2016",
				"vehicleMake", "Honda", "vehicleModel", "Civic", "problem", "Grinding noise when braking at low speed",
				"postalCode", "M4W 1A8")), 201).json().get("id").asLong();
		expect(api.post("/api/mechanic/sessions/virtual/availability", alex, body("available", true)), 200);
		expect(api.get("/api/mechanic/sessions/virtual?size=10", alex), 200);
		expect(api.post("/api/mechanic/sessions/virtual/" + consultation + "/accept", alex, body()), 200);
		expect(api.get("/api/customer/consultations", sam), 200);
		expect(api.get("/api/customer/consultations/" + consultation, sam), 200);
		expect(api.post("/api/customer/consultations/" + consultation + "/messages", sam,
				body("body", "It started last week, worse in the morning.")), 201);
		expect(api.post("/api/mechanic/sessions/virtual/" + consultation + "/messages", alex,
				body("body", "Sounds like worn pads; can you send a photo of the front rotor?")), 201);
		long customerPhoto = expect(api.upload("/api/customer/consultations/" + consultation + "/photos", sam,
				Map.of("caption", "Front left rotor"), new FilePart("photo", "rotor.jpg", "image/jpeg", SampleFiles.jpeg())), 201)
			.json().get("id").asLong();
		long mechanicPhoto = expect(api.upload("/api/mechanic/sessions/virtual/" + consultation + "/photos", alex,
				Map.of("caption", "Pad wear indicator"), new FilePart("photo", "pads.png", "image/png", SampleFiles.png())), 201)
			.json().get("id").asLong();
		expect(api.get("/api/customer/consultations/" + consultation + "/messages", sam), 200);
		expect(api.get("/api/mechanic/sessions/virtual/" + consultation + "/messages", alex), 200);
		expect(api.get("/api/customer/consultations/" + consultation + "/photos/" + mechanicPhoto, sam), 200);
		expect(api.get("/api/mechanic/sessions/virtual/" + consultation + "/photos/" + customerPhoto, alex), 200);
		expect(api.get("/api/mechanic/sessions/virtual/" + consultation, alex), 200);
		expect(api.get("/api/mechanic/sessions/virtual/accepted", alex), 200);
		expect(api.post("/api/mechanic/sessions/virtual/" + consultation + "/complete", alex, body()), 200);
		expect(api.post("/api/customer/consultations/" + consultation + "/rating", sam, body("rating", 5,
				"comment", "Clear advice; the brake shop confirmed it.")), 200);
		expect(api.get("/api/mechanic/sessions/virtual/stats", alex), 200);
		long second = expect(api.post("/api/customer/consultations", sam, body("kind", "VIDEO", "vehicleYear", "2019",
				"vehicleMake", "Toyota", "vehicleModel", "RAV4", "problem", "Check engine light after refuelling")), 201)
			.json().get("id").asLong();
		expect(api.post("/api/customer/consultations/" + second + "/cancel", sam, body()), 200);

		// Business analytics over a period, and the same numbers as CSV
		expect(api.get("/api/mechanic/analytics?from=" + today.minusMonths(2).withDayOfMonth(1) + "&to=" + today, alex), 200);
		expect(api.get("/api/mechanic/analytics.csv?from=" + today.minusMonths(2).withDayOfMonth(1) + "&to=" + today, alex), 200);
		expect(api.get("/api/mechanic/analytics?from=" + today + "&to=" + today.minusDays(1), alex), 400);

		// Professional development: the training log and certificate expiry
		long training = expect(api.post("/api/mechanic/development/training", alex, body("title", "Hybrid high-voltage safety",
				"provider", "Toyota Canada", "completedOn", today.minusDays(20).toString(), "hours", "7.5",
				"category", "HYBRID_AND_ELECTRIC")), 201).json().get("id").asLong();
		long extra = expect(api.post("/api/mechanic/development/training", alex, body("title", "ADAS calibration",
				"provider", "Bosch", "completedOn", today.minusDays(5).toString(), "hours", "4.25", "category", "DIAGNOSTICS")), 201)
			.json().get("id").asLong();
		expect(api.put("/api/mechanic/development/training/" + training, alex, body("title", "Hybrid high-voltage safety, level 2",
				"provider", "Toyota Canada", "completedOn", today.minusDays(20).toString(), "hours", "8",
				"category", "HYBRID_AND_ELECTRIC")), 200);
		expect(api.post("/api/mechanic/development/training", alex, body("title", "", "hours", "0")), 400);
		expect(api.delete("/api/mechanic/development/training/" + extra, alex), 204);
		expect(api.get("/api/mechanic/development/training/" + training, alex), 200);
		expect(api.get("/api/mechanic/development/training", alex), 200);
		expect(api.get("/api/mechanic/development", alex), 200);

		// CRM: the customer became a client; a client added by hand with vehicles, notes, tags and follow-ups
		await().atMost(Duration.ofSeconds(20)).until(() -> quiet.get("/api/mechanic/clients", alex).json().get("total").asLong() > 0);
		long samClient = expect(api.get("/api/mechanic/clients?q=Sam", alex), 200).json().get("results").get(0).get("id").asLong();
		expect(api.get("/api/mechanic/clients/" + samClient + "/history", alex), 200);
		long client = expect(api.post("/api/mechanic/clients", alex, body("name", "Jordan Blake", "email", "jordan.blake@owner.example",
				"phone", "416-555-0123")), 201).json().get("id").asLong();
		expect(api.put("/api/mechanic/clients/" + client, alex, body("name", "Jordan Blake", "email", "jordan.blake@owner.example",
				"phone", "647-555-0188")), 200);
		long vehicle = expect(api.post("/api/mechanic/clients/" + client + "/vehicles", alex, body("year", "2016", "make", "Honda",
				"model", "Civic")), 201).json().get("id").asLong();
		long sold = expect(api.post("/api/mechanic/clients/" + client + "/vehicles", alex, body("year", "2009", "make", "Ford",
				"model", "Focus")), 201).json().get("id").asLong();
		expect(api.put("/api/mechanic/clients/" + client + "/vehicles/" + vehicle, alex, body("year", "2016", "make", "Honda",
				"model", "Civic EX")), 200);
		expect(api.delete("/api/mechanic/clients/" + client + "/vehicles/" + sold, alex), 204);
		expect(api.get("/api/mechanic/clients/" + client + "/vehicles", alex), 200);
		long note = expect(api.post("/api/mechanic/clients/" + client + "/notes", alex,
				body("body", "Prefers text messages; drives to Ottawa every other weekend.")), 201).json().get("id").asLong();
		long scratch = expect(api.post("/api/mechanic/clients/" + client + "/notes", alex, body("body", "Call back")), 201)
			.json().get("id").asLong();
		expect(api.put("/api/mechanic/clients/" + client + "/notes/" + note, alex,
				body("body", "Prefers text messages; drives to Ottawa every second weekend.")), 200);
		expect(api.delete("/api/mechanic/clients/" + client + "/notes/" + scratch, alex), 204);
		expect(api.get("/api/mechanic/clients/" + client + "/notes", alex), 200);
		expect(api.post("/api/mechanic/clients/" + client + "/tags", alex, body("tag", "fleet")), 200);
		expect(api.post("/api/mechanic/clients/" + client + "/tags", alex, body("tag", "brakes")), 200);
		expect(api.delete("/api/mechanic/clients/" + client + "/tags/brakes", alex), 200);
		expect(api.get("/api/mechanic/clients/tags", alex), 200);
		long followUp = expect(api.post("/api/mechanic/clients/" + client + "/follow-ups", alex, body("dueOn", today.toString(),
				"text", "Ask how the new pads feel")), 201).json().get("id").asLong();
		long dropped = expect(api.post("/api/mechanic/clients/" + client + "/follow-ups", alex, body("dueOn",
				today.plusDays(90).toString(), "text", "Winter tires")), 201).json().get("id").asLong();
		expect(api.get("/api/mechanic/clients/follow-ups/due", alex), 200);
		expect(api.put("/api/mechanic/clients/" + client + "/follow-ups/" + followUp, alex, body("dueOn", today.toString(),
				"text", "Ask how the new pads and rotors feel")), 200);
		expect(api.post("/api/mechanic/clients/" + client + "/follow-ups/" + followUp + "/done", alex, body()), 200);
		expect(api.delete("/api/mechanic/clients/" + client + "/follow-ups/" + dropped, alex), 204);
		expect(api.get("/api/mechanic/clients/" + client + "/follow-ups", alex), 200);
		expect(api.get("/api/mechanic/clients/" + client, alex), 200);
		long gone = expect(api.post("/api/mechanic/clients", alex, body("name", "Taylor Nguyen")), 201).json().get("id").asLong();
		expect(api.delete("/api/mechanic/clients/" + gone, alex), 204);

		// Marketing, the public profile and notifications
		JsonNode shareLinks = expect(api.get("/api/mechanic/profile/share", alex), 200).json();
		masks.secret(shareLinks.path("referralCode").asString(), "ALEXM4Q7");
		expect(api.get("/api/mechanic/profile/qr.png?size=256", alex), 200);
		expect(api.get("/api/mechanic/referrals", alex), 200);
		expect(api.get("/api/public/mechanics/" + alexId, null), 200);
		JsonNode inbox = expect(api.get("/api/notifications?limit=5", alex), 200).json();
		expect(api.post("/api/notifications/" + inbox.get("notifications").get(0).get("id").asLong() + "/read", alex, body()), 204);
		expect(api.post("/api/notifications/read-all", alex, body()), 204);

		// Employees: invitations, shifts and the off-shift revenue-share agreement
		expect(api.post("/api/workshop/employees/invitations", workshop, body("email", "riley.tremblay@mechanic.example")), 201);
		expect(api.post("/api/workshop/employees/invitations", workshop, body("email", "casey.singh@mechanic.example")), 201);
		long withdrawnInvitation = expect(api.post("/api/workshop/employees/invitations", workshop,
				body("email", "drew.oconnor@mechanic.example")), 201).json().get("id").asLong();
		expect(api.delete("/api/workshop/employees/invitations/" + withdrawnInvitation, workshop), 200);
		String riley = onboard.signUpAs("riley.tremblay@mechanic.example", "Riley Tremblay", "L5B 3C2").token();
		String casey = onboard.signUpAs("casey.singh@mechanic.example", "Casey Singh", "M6H 2N4").token();
		String rileyInvitation = expect(api.get("/api/mechanic/invitations", riley), 200).json().get(0).get("token").asString();
		masks.secret(rileyInvitation, "<invitation-token>");
		expect(api.post("/api/mechanic/invitations/" + rileyInvitation + "/accept", riley, body()), 200);
		String caseyInvitation = quiet.get("/api/mechanic/invitations", casey).json().get(0).get("token").asString();
		masks.secret(caseyInvitation, "<invitation-token>");
		expect(api.post("/api/mechanic/invitations/" + caseyInvitation + "/decline", casey, body()), 200);
		long rileyId = quiet.get("/api/mechanic/profile", riley).json().get("id").asLong();
		expect(api.get("/api/workshop/employees", workshop), 200);
		expect(api.post("/api/workshop/employees/" + rileyId + "/clock-in", workshop, body()), 200);
		expect(api.post("/api/workshop/employees/" + rileyId + "/clock-out", workshop, body()), 200);
		expect(api.get("/api/mechanic/off-shift/revenue-share-agreement", riley), 200);
		expect(api.post("/api/mechanic/off-shift/revenue-share-agreement", riley, body()), 201);
		expect(api.get("/api/workshop/employees/revenue-share-agreements", workshop), 200);
		expect(api.delete("/api/mechanic/off-shift/revenue-share-agreement", riley), 200);
		expect(api.post("/api/mechanic/off-shift/revenue-share-agreement", riley, body()), 201);
		expect(api.post("/api/workshop/employees/" + rileyId + "/revenue-share-agreement/end", workshop, body()), 200);
	}

	/**
	 * Payout and statement runs reach every party's balance and close months, so they are run for real only on a
	 * database of this script's own; among other tests' data the examples are refusals that change nothing.
	 */
	private void operatorRuns(String operator, String mechanic, LocalDate today, boolean alone) {
		expect(api.get("/api/admin/statements/runs", operator), 200);
		if (alone) {
			long run = expect(api.post("/api/admin/payouts", operator, body()), 201).json().get("id").asLong();
			JsonNode lines = expect(api.get("/api/admin/payouts/" + run, operator), 200).json().get("lines");
			expect(api.post("/api/admin/payouts/lines/" + lines.get(0).get("id").asLong() + "/paid", operator, body()), 200);
			expect(api.post("/api/admin/payouts/lines/" + lines.get(1).get("id").asLong() + "/failed", operator,
					body("reason", "Account closed at the bank")), 200);
			expect(api.post("/api/admin/statements/runs", operator, body("month", YearMonth.from(today).minusMonths(1).toString())), 201);
		}
		else {
			expect(api.post("/api/admin/payouts", mechanic, body()), 403);
			expect(api.get("/api/admin/payouts/999999999", operator), 404);
			expect(api.post("/api/admin/payouts/lines/999999999/paid", operator, body()), 404);
			expect(api.post("/api/admin/payouts/lines/999999999/failed", operator, body("reason", "Account closed at the bank")), 404);
			expect(api.post("/api/admin/statements/runs", operator, body("month", YearMonth.from(today).toString())), 400);
		}
		expect(api.post("/api/admin/statements/runs", operator, body("month", "last month")), 400);
		expect(api.get("/api/admin/payouts", operator), 200);
	}

	private void feedAddress(Exchange exchange) {
		String url = exchange.json().get("url").asString();
		masks.secret(url.substring(url.lastIndexOf('/') + 1).replace(".ics", ""), "<feed-secret>");
	}

	private JsonNode partnershipOf(String token, long programId) {
		for (JsonNode p : quiet.get("/api/mechanic/partnerships", token).json().get("partnerships")) {
			if (p.get("programId").asLong() == programId) {
				return p;
			}
		}
		throw new AssertionError("No partnership under program " + programId);
	}
}
