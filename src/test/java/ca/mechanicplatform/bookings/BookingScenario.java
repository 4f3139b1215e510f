package ca.mechanicplatform.bookings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Workshops with hours, bays and booking rules, and mechanics with an ACTIVE partnership at them, made the way people
 * make them: over the API, from program to both signatures.
 */
public final class BookingScenario {

	static final String PASSWORD = "a-long-password";

	public record Shop(String email, String token, long id, String zone, List<Long> bays) {
	}

	public record Partner(String email, String name, String token, long mechanicId, long partnershipId) {
	}

	private final Api api;
	private final int port;

	public BookingScenario(int port) {
		this.port = port;
		this.api = new Api(port);
	}

	public Api api() {
		return api;
	}

	/** A workshop in the zone, open every day from {@code opens} to {@code closes}, with {@code bays} lift bays. */
	public Shop workshop(String name, String province, String postalCode, String zone, String opens, String closes, int bays) {
		String email = Unique.email("bay-workshop");
		var created = api.post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", email, "password", PASSWORD,
				"workshopName", name, "streetAddress", "1 Main St", "city", "City", "province", province, "postalCode", postalCode,
				"timeZone", zone));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String token = api.token(email, PASSWORD);
		List<Map<String, String>> hours = new ArrayList<>();
		for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			hours.add(Map.of("day", day, "opens", opens, "closes", closes));
		}
		var set = api.put("/api/workshop/hours", token, Map.of("hours", hours));
		assertThat(set.status()).as(set.body()).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= bays; i++) {
			var bay = api.post("/api/workshop/bays", token, Map.of("name", "Bay " + i, "type", "LIFT"));
			assertThat(bay.status()).as(bay.body()).isEqualTo(201);
			ids.add(bay.json().get("id").asLong());
		}
		long id = api.get("/api/workshop/profile", token).json().get("id").asLong();
		return new Shop(email, token, id, zone, ids);
	}

	public void rules(Shop shop, int buffer, int minLength, int maxLength, int notice, int daysAhead, boolean autoConfirm, int cancellationHours) {
		var reply = api.put("/api/workshop/bay-bookings/rules", shop.token(), Map.of("bufferMinutes", buffer, "minLengthMinutes", minLength,
				"maxLengthMinutes", maxLength, "minNoticeMinutes", notice, "maxDaysAhead", daysAhead, "autoConfirm", autoConfirm,
				"cancellationNoticeHours", cancellationHours));
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
	}

	/** A bay-rental program at $45 an hour or $300 a day. */
	static Map<String, Object> bayRental() {
		return Map.of("type", "BAY_RENTAL", "title", "Bays " + Unique.email("p"), "description", "Lift bays for independents",
				"terms", "Bring your own tools", "capacity", 50, "hourlyRate", "45.00", "dailyRate", "300");
	}

	public static Map<String, Object> revenueShare(String percent) {
		return Map.of("type", "REVENUE_SHARE", "title", "Share " + Unique.email("p"), "description", "Share each job",
				"terms", "Terms", "capacity", 50, "workshopSharePercent", percent);
	}

	static Map<String, Object> membership(String fee, String percent) {
		Map<String, Object> form = new HashMap<>(Map.of("type", "MEMBERSHIP", "title", "Members " + Unique.email("p"),
				"description", "Monthly membership", "terms", "Terms", "capacity", 50, "monthlyFee", fee));
		form.put("workshopSharePercent", percent);
		return form;
	}

	public long publishedProgram(Shop shop, Map<String, Object> program) {
		var created = api.post("/api/workshop/partnership-programs", shop.token(), program);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		var published = api.post("/api/workshop/partnership-programs/" + id + "/status", shop.token(), Map.of("status", "PUBLISHED"));
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		return id;
	}

	/** A verified workshop-partner mechanic with an ACTIVE partnership under the program. */
	public Partner partner(Shop shop, long programId, String name, String postalCode) {
		String email = Unique.email("bay-mechanic");
		String token = new Onboard(port).workshopPartner(email, name, postalCode).token();
		return join(shop, programId, email, name, token);
	}

	/** An existing partner-tier mechanic applies, is approved, and both sign. */
	Partner join(Shop shop, long programId, String email, String name, String token) {
		var applied = api.post("/api/mechanic/partnerships/apply", token, Map.of("programId", programId, "message", "I would like a bay."));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		long applicationId = applied.json().get("id").asLong();
		var approved = api.post("/api/workshop/partnerships/" + applicationId + "/approve", shop.token(), Map.of());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		var partnership = partnershipFor(token, programId);
		long agreementId = partnership.get("agreementId").asLong();
		String hash = api.get("/api/agreements/" + agreementId, token).json().get("documentSha256").asString();
		assertThat(sign(agreementId, token, name, hash).status()).isEqualTo(200);
		assertThat(sign(agreementId, shop.token(), "Morgan Chen", hash).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
			assertThat(partnershipFor(token, programId).get("status").asString()).isEqualTo("ACTIVE"));
		long mechanicId = api.get("/api/mechanic/profile", token).json().get("id").asLong();
		return new Partner(email, name, token, mechanicId, partnershipFor(token, programId).get("id").asLong());
	}

	private tools.jackson.databind.JsonNode partnershipFor(String token, long programId) {
		for (var p : api.get("/api/mechanic/partnerships", token).json().get("partnerships")) {
			if (p.get("programId").asLong() == programId) {
				return p;
			}
		}
		throw new AssertionError("No partnership under program " + programId);
	}

	private Api.Reply sign(long agreementId, String token, String name, String hash) {
		return api.post("/api/agreements/" + agreementId + "/signatures", token, Map.of("typedName", name, "consent", true,
				"documentSha256", hash));
	}

	Api.Reply book(Partner partner, long bay, String start, String end) {
		return api.post("/api/mechanic/bay-bookings", partner.token(), Map.of("bayId", bay, "start", start, "end", end));
	}
}
