package ca.mechanicplatform.partnerships;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.agreements.Agreements;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.TestMailServer;
import ca.mechanicplatform.testing.Unique;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The partnership marketplace over the API: programs, search, applications, review, agreement, activation. */
@PlatformTest
class PartnershipApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	String word;

	@BeforeEach
	void client() {
		api = new Api(port);
		word = "zq" + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void aWorkshopPublishesAMechanicFindsAppliesIsApprovedBothSignAndThePartnershipIsActive() {
		String workshopEmail = Unique.email("program-workshop");
		String workshop = workshop(workshopEmail, "AutoFix " + word, "M5V 1K4", "ON");
		long programId = createProgram(workshop, bayRental("Weekend bays " + word));
		assertThat(api.get("/api/workshop/partnership-programs/" + programId, workshop).json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(publish(workshop, programId).status()).isEqualTo(200);

		String mechanicEmail = Unique.email("program-mechanic");
		String mechanic = partnerMechanic(mechanicEmail, "Alex Moreau", "L5B 3C2");

		var near = api.get("/api/mechanic/partnerships/browse?text=" + word + "&maxDistanceKm=50&sort=DISTANCE", mechanic).json();
		assertThat(ids(near)).containsExactly(programId);
		double distance = near.get("results").get(0).get("distanceKm").asDouble();
		assertThat(distance).isBetween(15.0, 40.0);
		assertThat(ids(api.get("/api/mechanic/partnerships/browse?text=" + word + "&maxDistanceKm=10", mechanic).json())).isEmpty();
		assertThat(ids(api.get("/api/mechanic/partnerships/browse?text=" + word + "&type=MEMBERSHIP", mechanic).json())).isEmpty();
		assertThat(ids(api.get("/api/mechanic/partnerships/browse?text=weekend+" + word + "&maxHourlyRate=50", mechanic).json()))
			.containsExactly(programId);

		var detail = api.get("/api/mechanic/partnerships/programs/" + programId, mechanic).json();
		assertThat(detail.get("eligibility").get("reasons").size()).isZero();

		var applied = api.post("/api/mechanic/partnerships/apply", mechanic, Map.of("programId", programId, "message", "Ten years on brakes."));
		assertThat(applied.status()).isEqualTo(201);
		long applicationId = applied.json().get("id").asLong();
		var again = api.post("/api/mechanic/partnerships/apply", mechanic, Map.of("programId", programId, "message", "Again"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("already have an open or approved application");

		var pending = api.get("/api/workshop/partnerships/applications?status=SUBMITTED", workshop).json();
		assertThat(pending.size()).isEqualTo(1);
		var approved = api.post("/api/workshop/partnerships/" + applicationId + "/approve", workshop, Map.of());
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(api.post("/api/workshop/partnerships/" + applicationId + "/approve", workshop, Map.of()).status())
			.as("approving twice is refused").isEqualTo(409);

		var mine = api.get("/api/mechanic/partnerships", mechanic).json();
		var partnership = mine.get("partnerships").get(0);
		assertThat(partnership.get("status").asString()).isEqualTo("AWAITING_SIGNATURES");
		long agreementId = partnership.get("agreementId").asLong();
		String hash = api.get("/api/agreements/" + agreementId, mechanic).json().get("documentSha256").asString();
		assertThat(Agreements.sha256(api.bytes("/api/agreements/" + agreementId + "/document", mechanic))).isEqualTo(hash);

		assertThat(sign(agreementId, workshop, "Morgan Chen", hash).status()).as("the workshop signs second").isEqualTo(409);
		assertThat(sign(agreementId, mechanic, "Alex Moreau", hash).status()).isEqualTo(200);
		assertThat(sign(agreementId, workshop, "Morgan Chen", hash).status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
			assertThat(api.get("/api/mechanic/partnerships", mechanic).json().get("partnerships").get(0).get("status").asString())
				.isEqualTo("ACTIVE"));
		assertThat(api.bytes("/api/agreements/" + agreementId + "/signed-document", workshop)).isNotEmpty();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestMailServer.to(mechanicEmail))
			.extracting(TestMailServer.Mail::subject).contains("Application approved: Weekend bays " + word)
			.anyMatch(s -> s.startsWith("Partnership active")));
		assertThat(TestMailServer.to(workshopEmail)).extracting(TestMailServer.Mail::subject).contains("New application: Weekend bays " + word);
	}

	@Test
	void aMechanicWhoIsNotAVerifiedPartnerIsToldEveryReasonAndOfferedTheUpgrade() {
		String workshop = workshop(Unique.email("ineligible-workshop"), "Bow Valley " + word, "T2P 1J9", "AB");
		long programId = createProgram(workshop, bayRental("Calgary bays " + word));
		publish(workshop, programId);
		String email = Unique.email("virtual-only");
		api.post("/api/signup/mechanic", null, Map.of("name", "Jordan Blake", "email", email, "password", "a-long-password",
				"postalCode", "T2P 2M5"));
		String mechanic = api.token(email, "a-long-password");
		var eligibility = api.get("/api/mechanic/partnerships/programs/" + programId, mechanic).json().get("eligibility");
		assertThat(eligibility.get("offerTierUpgrade").asBoolean()).isTrue();
		assertThat(eligibility.get("reasons").size()).isEqualTo(2);
		var refused = api.post("/api/mechanic/partnerships/apply", mechanic, Map.of("programId", programId, "message", "Hello"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("workshop-partner tier").contains("verified");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partnership_applications WHERE program_id = ?").param(programId).query(Long.class).single()).isZero();
	}

	@Test
	void rejectionNeedsAReasonAndWithdrawnApplicationsCannotBeApproved() {
		String workshop = workshop(Unique.email("review-workshop"), "Gastown " + word, "V6B 1A4", "BC");
		long programId = createProgram(workshop, revenueShare("Gastown share " + word, "30"));
		publish(workshop, programId);
		String first = partnerMechanic(Unique.email("rejected"), "Sam Rivera", "V6B 2W9");
		String second = partnerMechanic(Unique.email("withdrawn"), "Kim Tran", "V6B 2W9");
		long rejectedId = api.post("/api/mechanic/partnerships/apply", first, Map.of("programId", programId, "message", "Hi")).json().get("id").asLong();
		long withdrawnId = api.post("/api/mechanic/partnerships/apply", second, Map.of("programId", programId, "message", "Hi")).json().get("id").asLong();

		var noReason = api.post("/api/workshop/partnerships/" + rejectedId + "/reject", workshop, Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		var rejected = api.post("/api/workshop/partnerships/" + rejectedId + "/reject", workshop, Map.of("reason", "We need alignment experience"));
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(api.get("/api/mechanic/partnerships", first).json().get("applications").get(0).get("rejectionReason").asString())
			.isEqualTo("We need alignment experience");

		assertThat(api.post("/api/mechanic/partnerships/applications/" + withdrawnId + "/withdraw", second, Map.of()).json()
			.get("status").asString()).isEqualTo("WITHDRAWN");
		var approveWithdrawn = api.post("/api/workshop/partnerships/" + withdrawnId + "/approve", workshop, Map.of());
		assertThat(approveWithdrawn.status()).isEqualTo(409);
		assertThat(approveWithdrawn.json().get("detail").asString()).contains("already withdrawn");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partnerships WHERE application_id = ?").param(withdrawnId).query(Long.class).single()).isZero();
		assertThat(api.delete("/api/workshop/partnership-programs/" + programId, workshop).status())
			.as("a program with applications is closed, not deleted").isEqualTo(409);
	}

	@Test
	void anotherWorkshopOrMechanicGetsNotFoundAndBadProgramsAreRefusedFieldByField() {
		String owner = workshop(Unique.email("owner-workshop"), "Owner " + word, "H3B 4W5", "QC");
		String other = workshop(Unique.email("other-workshop"), "Other " + word, "H3B 4W5", "QC");
		long programId = createProgram(owner, bayRental("Owner bays " + word));
		assertThat(api.get("/api/workshop/partnership-programs/" + programId, other).status()).isEqualTo(404);
		assertThat(publish(other, programId).status()).isEqualTo(404);
		assertThat(api.delete("/api/workshop/partnership-programs/" + programId, other).status()).isEqualTo(404);

		String mechanic = partnerMechanic(Unique.email("draft-seeker"), "Lee Park", "H2X 1Y4");
		assertThat(api.get("/api/mechanic/partnerships/programs/" + programId, mechanic).status()).as("drafts are not visible").isEqualTo(404);
		assertThat(api.get("/api/workshop/partnership-programs", mechanic).status()).as("mechanics have no workshop API").isEqualTo(403);

		var bad = new HashMap<String, Object>(Map.of("type", "MEMBERSHIP", "title", "", "description", "x", "terms", "y",
				"capacity", 0, "workshopSharePercent", "120", "monthlyFee", "-5"));
		var refused = api.post("/api/workshop/partnership-programs", owner, bad);
		assertThat(refused.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("title", "capacity", "workshopSharePercent", "monthlyFee");
		var badType = api.post("/api/workshop/partnership-programs", owner, Map.of("type", "TIMESHARE"));
		assertThat(badType.status()).isEqualTo(400);

		assertThat(publish(owner, programId).status()).isEqualTo(200);
		var backToDraft = api.post("/api/workshop/partnership-programs/" + programId + "/status", owner, Map.of("status", "DRAFT"));
		assertThat(backToDraft.status()).isEqualTo(409);
		assertThat(api.delete("/api/workshop/partnership-programs/" + programId, owner).status()).isEqualTo(204);
	}

	@Test
	void aProgramOffersChosenBaysOrEveryActiveBayAndNeverAnotherWorkshopsBay() {
		String workshop = workshop(Unique.email("bays-workshop"), "Bays " + word, "M5V 1K4", "ON");
		String other = workshop(Unique.email("bays-other"), "Other bays " + word, "M5V 1K4", "ON");
		long lift = bay(workshop, "Lift " + word, "LIFT");
		long alignment = bay(workshop, "Alignment " + word, "ALIGNMENT");
		long retired = bay(workshop, "Old " + word, "GENERAL");
		assertThat(api.put("/api/workshop/bays/" + retired, workshop, Map.of("name", "Old " + word, "type", "GENERAL", "active", false))
			.status()).isEqualTo(200);
		long foreign = bay(other, "Foreign " + word, "LIFT");

		long every = createProgram(workshop, bayRental("Every bay " + word));
		var everyView = api.get("/api/workshop/partnership-programs/" + every, workshop).json();
		assertThat(everyView.get("everyActiveBay").asBoolean()).isTrue();
		assertThat(bayIds(everyView)).as("inactive bays are never offered").containsExactlyInAnyOrder(lift, alignment);

		var chosen = new HashMap<String, Object>(bayRental("Lift only " + word));
		chosen.put("bayIds", List.of(lift));
		long liftOnly = createProgram(workshop, chosen);
		assertThat(publish(workshop, liftOnly).status()).isEqualTo(200);
		String mechanic = partnerMechanic(Unique.email("bays-mechanic"), "Kim Roy", "M5V 3L9");
		var seen = api.get("/api/mechanic/partnerships/programs/" + liftOnly, mechanic).json().get("program");
		assertThat(seen.get("everyActiveBay").asBoolean()).isFalse();
		assertThat(bayIds(seen)).containsExactly(lift);

		for (long refusedBay : List.of(foreign, retired, 999_999_999L)) {
			var bad = new HashMap<String, Object>(bayRental("Bad bays " + word));
			bad.put("bayIds", List.of(lift, refusedBay));
			var refused = api.put("/api/workshop/partnership-programs/" + liftOnly, workshop, bad);
			assertThat(refused.status()).as("bay " + refusedBay).isEqualTo(400);
			assertThat(refused.body()).contains("bayIds");
		}
		assertThat(bayIds(api.get("/api/workshop/partnership-programs/" + liftOnly, workshop).json()))
			.as("a refused change leaves the chosen bays alone").containsExactly(lift);

		var both = new HashMap<String, Object>(bayRental("Lift only " + word));
		both.put("bayIds", List.of(alignment, lift, lift));
		assertThat(bayIds(api.put("/api/workshop/partnership-programs/" + liftOnly, workshop, both).json())).containsExactlyInAnyOrder(lift, alignment);
		assertThat(api.put("/api/workshop/bays/" + alignment, workshop, Map.of("name", "Alignment " + word, "type", "ALIGNMENT", "active", false))
			.status()).isEqualTo(200);
		assertThat(bayIds(api.get("/api/workshop/partnership-programs/" + liftOnly, workshop).json()))
			.as("a bay taken out of service stops being offered").containsExactly(lift);
	}

	@Test
	void programsMoveWithTheirWorkshop() {
		String workshop = workshop(Unique.email("moving-workshop"), "Before " + word, "M5V 1K4", "ON");
		long programId = createProgram(workshop, bayRental("Moving bays " + word));
		assertThat(publish(workshop, programId).status()).isEqualTo(200);
		String mechanic = partnerMechanic(Unique.email("moving-mechanic"), "Robin Tremblay", "V6B 1A1");
		String near = "/api/mechanic/partnerships/browse?text=" + word + "&maxDistanceKm=50&sort=DISTANCE";
		assertThat(ids(api.get(near, mechanic).json())).as("Toronto is far from Vancouver").isEmpty();

		var form = new HashMap<String, Object>(Map.of("workshopName", "After " + word, "streetAddress", "500 Robson St",
				"city", "Vancouver", "province", "BC", "postalCode", "V6B 2B7", "timeZone", "America/Vancouver"));
		form.put("services", List.of("BRAKES"));
		var moved = api.put("/api/workshop/profile", workshop, form);
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);

		var found = api.get(near, mechanic).json();
		assertThat(ids(found)).containsExactly(programId);
		assertThat(found.get("results").get(0).get("city").asString()).isEqualTo("Vancouver");
		assertThat(found.get("results").get(0).get("province").asString()).isEqualTo("BC");
		assertThat(found.get("results").get(0).get("distanceKm").asDouble()).isLessThan(10.0);
		assertThat(ids(api.get("/api/mechanic/partnerships/browse?text=after+" + word, mechanic).json()))
			.as("found by the workshop's new name").containsExactly(programId);
		assertThat(ids(api.get("/api/mechanic/partnerships/browse?text=before+" + word, mechanic).json()))
			.as("and no longer by the old one").isEmpty();
	}

	@Test
	void pagesFollowOneAnotherInEveryOrderWithoutGapsOrRepeats() {
		List<Long> programs = new ArrayList<>();
		int share = 10;
		for (String postalCode : List.of("M5V 1K4", "L5B 3C2", "L8P 4R5")) {
			String workshop = workshop(Unique.email("paging-workshop"), "Paging " + word, postalCode, "ON");
			for (long id : List.of(createProgram(workshop, bayRental("Paging bays " + word)),
					createProgram(workshop, revenueShare("Paging shares " + word, Integer.toString(share += 10))))) {
				assertThat(publish(workshop, id).status()).isEqualTo(200);
				programs.add(id);
			}
		}
		String mechanic = partnerMechanic(Unique.email("paging-mechanic"), "Sam Ortiz", "M5V 3L9");
		for (String sort : List.of("DISTANCE", "NEWEST", "BEST_SHARE")) {
			String search = "/api/mechanic/partnerships/browse?text=" + word + "&maxDistanceKm=200&sort=" + sort;
			var all = api.get(search + "&size=6", mechanic).json();
			assertThat(ids(all)).as(sort).containsExactlyInAnyOrderElementsOf(programs);
			List<Long> paged = new ArrayList<>();
			for (int page = 1; page <= 3; page++) {
				var reply = api.get(search + "&size=2&page=" + page, mechanic).json();
				assertThat(reply.get("hasNext").asBoolean()).as(sort + " page " + page).isEqualTo(page < 3);
				paged.addAll(ids(reply));
			}
			assertThat(paged).as(sort).isEqualTo(ids(all));
			assertThat(ids(api.get(search + "&size=2&page=4", mechanic).json())).as(sort).isEmpty();
			// the same pages by following each answer's next token
			List<Long> followed = new ArrayList<>();
			String next = null;
			for (int page = 1; page <= 3; page++) {
				var reply = api.get(search + "&size=2" + (next == null ? "" : "&after=" + next), mechanic).json();
				assertThat(reply.get("page").asInt()).isEqualTo(page);
				followed.addAll(ids(reply));
				next = reply.get("next").isNull() ? null : reply.get("next").asString();
				assertThat(next == null).as(sort + " next on page " + page).isEqualTo(page == 3);
			}
			assertThat(followed).as(sort).isEqualTo(ids(all));
		}
		var foreign = api.get("/api/mechanic/partnerships/browse?text=" + word + "&sort=NEWEST&size=2", mechanic).json().get("next").asString();
		var refused = api.get("/api/mechanic/partnerships/browse?text=" + word + "&sort=BEST_SHARE&after=" + foreign, mechanic);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("after").contains("another order");
		assertThat(api.get("/api/mechanic/partnerships/browse?after=not-a-token", mechanic).status()).isEqualTo(400);
		var byDistance = api.get("/api/mechanic/partnerships/browse?text=" + word + "&sort=DISTANCE&size=6", mechanic).json().get("results");
		for (int i = 1; i < byDistance.size(); i++) {
			double before = byDistance.get(i - 1).get("distanceKm").asDouble();
			double after = byDistance.get(i).get("distanceKm").asDouble();
			assertThat(after).isGreaterThanOrEqualTo(before);
			if (after == before) {
				assertThat(byDistance.get(i).get("id").asLong()).as("ties: newest id first").isLessThan(byDistance.get(i - 1).get("id").asLong());
			}
		}
	}

	private String workshop(String email, String name, String postalCode, String province) {
		var created = api.post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", email, "password", "a-long-password",
				"workshopName", name, "streetAddress", "1 Main St", "city", "City", "province", province, "postalCode", postalCode));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return api.token(email, "a-long-password");
	}

	private String partnerMechanic(String email, String name, String postalCode) {
		return new Onboard(port).workshopPartner(email, name, postalCode).token();
	}

	private long createProgram(String token, Map<String, Object> form) {
		var created = api.post("/api/workshop/partnership-programs", token, form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private Api.Reply publish(String token, long programId) {
		return api.post("/api/workshop/partnership-programs/" + programId + "/status", token, Map.of("status", "PUBLISHED"));
	}

	private Api.Reply sign(long agreementId, String token, String name, String hash) {
		return api.post("/api/agreements/" + agreementId + "/signatures", token, Map.of("typedName", name, "consent", true,
				"documentSha256", hash));
	}

	private static Map<String, Object> bayRental(String title) {
		return Map.of("type", "BAY_RENTAL", "title", title, "description", "Lift bays for independent mechanics",
				"terms", "## Rules\n- Bring your own tools", "capacity", 3, "hourlyRate", "45.00", "dailyRate", "300",
				"services", "brakes, suspension");
	}

	private static Map<String, Object> revenueShare(String title, String share) {
		return Map.of("type", "REVENUE_SHARE", "title", title, "description", "Share each job", "terms", "Terms", "capacity", 5,
				"workshopSharePercent", share);
	}

	private long bay(String token, String name, String type) {
		var created = api.post("/api/workshop/bays", token, Map.of("name", name, "type", type));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private static List<Long> bayIds(JsonNode program) {
		List<Long> ids = new ArrayList<>();
		program.get("offeredBays").forEach(b -> ids.add(b.get("id").asLong()));
		return ids;
	}

	private static List<Long> ids(JsonNode page) {
		List<Long> ids = new ArrayList<>();
		page.get("results").forEach(p -> ids.add(p.get("id").asLong()));
		return ids;
	}
}
