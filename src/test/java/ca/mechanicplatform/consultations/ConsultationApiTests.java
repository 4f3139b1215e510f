package ca.mechanicplatform.consultations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.consultations.ConsultationScenario.MechanicAccount;
import ca.mechanicplatform.consultations.ConsultationScenario.Person;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;

import static ca.mechanicplatform.consultations.ConsultationScenario.ids;
import static org.assertj.core.api.Assertions.assertThat;

/** A consultation's life over the API, every refusal along the way, and concurrent accepts. */
@PlatformTest
class ConsultationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Consultations consultations;

	Api api;
	ConsultationScenario scenario;

	@BeforeEach
	void client() {
		api = new Api(port);
		scenario = new ConsultationScenario(api, mechanics, accounts, jdbc);
	}

	@Test
	void aCustomerRequestsAMechanicAcceptsTheyChatTheMechanicCompletesAndTheCustomerRatesOnce() {
		Person customer = scenario.customer("H2X 1Y4");
		MechanicAccount mechanic = scenario.mechanic("Alex Moreau", "M6H 2N4");
		var created = api.post("/api/customer/consultations", customer.token(), Map.of("kind", "VIDEO", "vehicleYear", "2018",
				"vehicleMake", "Toyota", "vehicleModel", "RAV4", "vin", "1m8gdm9axkp042788",
				"problem", "Check engine light after refuelling; runs fine"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var request = created.json();
		long id = request.get("id").asLong();
		assertThat(request.get("status").asString()).isEqualTo("REQUESTED");
		assertThat(request.get("postalCode").asString()).as("the profile's postal code by default").isEqualTo("H2X 1Y4");
		assertThat(request.get("priceCents").asLong()).isEqualTo(3500);
		assertThat(request.get("vin").asString()).isEqualTo("1M8GDM9AXKP042788");
		assertThat(Duration.between(java.time.Instant.parse(request.get("requestedAt").asString()),
				java.time.Instant.parse(request.get("expiresAt").asString()))).isEqualTo(Duration.ofMinutes(30));

		assertThat(api.post("/api/customer/consultations/" + id + "/messages", customer.token(), Map.of("body", "Hello?")).status())
			.as("the chat opens at acceptance").isEqualTo(409);
		var feed = scenario.feed(mechanic);
		assertThat(ids(feed).get(0)).as("newest first").isEqualTo(id);
		assertThat(feed.get("results").get(0).get("distanceBand").asString()).isEqualTo("over 200 km");
		assertThat(feed.get("results").get(0).get("earningsCents").asLong()).as("85% of $35.00").isEqualTo(2975);

		var accepted = api.post("/api/mechanic/sessions/virtual/" + id + "/accept", mechanic.token(), Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("revenueMode").asString()).isEqualTo("VIRTUAL_INDEPENDENT");
		assertThat(accepted.json().get("videoUrl").asString()).matches("https://meet\\.jit\\.si/imp-[a-z2-9]{26}");
		assertThat(accepted.json().get("videoScheduledAt").isNull()).isFalse();
		assertThat(ids(scenario.feed(mechanic))).as("taken requests leave the feed").doesNotContain(id);
		assertThat(api.get("/api/customer/consultations/" + id, customer.token()).json().get("mechanicName").asString())
			.isEqualTo("Alex Moreau");

		assertThat(api.post("/api/customer/consultations/" + id + "/messages", customer.token(), Map.of("body", "It started yesterday")).status())
			.isEqualTo(201);
		assertThat(api.post("/api/mechanic/sessions/virtual/" + id + "/messages", mechanic.token(), Map.of("body", "Check the gas cap first")).status())
			.isEqualTo(201);
		var chat = api.get("/api/customer/consultations/" + id + "/messages", customer.token()).json();
		assertThat(chat.size()).isEqualTo(2);
		assertThat(chat.get(0).get("fromCustomer").asBoolean()).isTrue();
		assertThat(chat.get(1).get("body").asString()).isEqualTo("Check the gas cap first");
		assertThat(api.get("/api/mechanic/sessions/virtual/" + id + "/messages", mechanic.token()).json().size()).isEqualTo(2);
		assertThat(api.post("/api/customer/consultations/" + id + "/rating", customer.token(), Map.of("rating", 5)).status())
			.as("no rating before completion").isEqualTo(409);
		assertThat(api.post("/api/customer/consultations/" + id + "/cancel", customer.token(), Map.of()).status())
			.as("no cancelling after acceptance").isEqualTo(409);

		var completed = api.post("/api/mechanic/sessions/virtual/" + id + "/complete", mechanic.token(), Map.of());
		assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(api.post("/api/mechanic/sessions/virtual/" + id + "/complete", mechanic.token(), Map.of()).status())
			.as("completing twice").isEqualTo(409);
		assertThat(api.post("/api/customer/consultations/" + id + "/messages", customer.token(), Map.of("body", "Thanks")).status())
			.as("the chat closes at completion").isEqualTo(409);

		assertThat(api.post("/api/customer/consultations/" + id + "/rating", customer.token(), Map.of("rating", 6)).status()).isEqualTo(400);
		var rated = api.post("/api/customer/consultations/" + id + "/rating", customer.token(), Map.of("rating", 4, "comment", "Quick and clear"));
		assertThat(rated.status()).isEqualTo(200);
		assertThat(rated.json().get("rating").asInt()).isEqualTo(4);
		assertThat(api.post("/api/customer/consultations/" + id + "/rating", customer.token(), Map.of("rating", 1)).status())
			.as("rating twice").isEqualTo(409);
		assertThat(consultations.forCustomer(accounts.findByEmail(customer.email()).orElseThrow().id(), new ConsultationId(id)).rating())
			.isEqualTo(4);

		var stats = api.get("/api/mechanic/sessions/virtual/stats", mechanic.token()).json();
		assertThat(stats.get("completed").asLong()).isEqualTo(1);
		assertThat(stats.get("averageRating").asDouble()).isEqualTo(4.0);
		assertThat(stats.get("earningsCents").asLong()).isEqualTo(2975);
	}

	@Test
	void badRequestsAreRefusedFieldByFieldAndStoreNothing() {
		Person customer = scenario.customer("T2P 2M5");
		var bad = new HashMap<String, Object>(Map.of("kind", "PHONE", "vehicleYear", "1850", "vehicleMake", "", "vehicleModel", "X",
				"vin", "1M8GDM9A1KP042788", "problem", "noise", "postalCode", "W1A 1A1"));
		var refused = api.post("/api/customer/consultations", customer.token(), bad);
		assertThat(refused.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("kind", "vehicleYear", "vehicleMake", "vin", "problem", "postalCode");
		assertThat(api.get("/api/customer/consultations", customer.token()).json().size()).isZero();
	}

	@Test
	void customersSeeOnlyTheirOwnConsultationsAndMechanicsOnlyTheSessionsTheyAccepted() {
		Person owner = scenario.customer("V6B 2W9");
		Person other = scenario.customer("V6B 2W9");
		MechanicAccount mechanic = scenario.mechanic("Alex Moreau", "M6H 2N4");
		MechanicAccount outsider = scenario.mechanic("Kim Tran", "M6H 2N4");
		long id = scenario.request(owner, null);
		assertThat(api.get("/api/customer/consultations/" + id, other.token()).status()).isEqualTo(404);
		assertThat(api.post("/api/customer/consultations/" + id + "/cancel", other.token(), Map.of()).status()).isEqualTo(404);
		assertThat(api.get("/api/customer/consultations/" + id, mechanic.token()).status()).as("mechanics have no customer API").isEqualTo(403);
		assertThat(api.get("/api/mechanic/sessions/virtual", owner.token()).status()).isEqualTo(403);
		assertThat(api.get("/api/mechanic/sessions/virtual", null).status()).isEqualTo(401);
		assertThat(api.get("/api/mechanic/sessions/virtual/" + id, mechanic.token()).status()).as("not accepted by them").isEqualTo(404);
		assertThat(api.post("/api/mechanic/sessions/virtual/" + id + "/complete", mechanic.token(), Map.of()).status())
			.as("completing an unaccepted session").isEqualTo(404);
		assertThat(api.post("/api/mechanic/sessions/virtual/999999999/accept", mechanic.token(), Map.of()).status()).isEqualTo(404);

		api.post("/api/mechanic/sessions/virtual/" + id + "/accept", mechanic.token(), Map.of());
		assertThat(api.get("/api/mechanic/sessions/virtual/" + id + "/messages", outsider.token()).status()).isEqualTo(404);
		assertThat(api.post("/api/mechanic/sessions/virtual/" + id + "/messages", outsider.token(), Map.of("body", "hi")).status()).isEqualTo(404);
		assertThat(api.post("/api/mechanic/sessions/virtual/" + id + "/complete", outsider.token(), Map.of()).status()).isEqualTo(404);
		assertThat(api.get("/api/customer/consultations/" + id + "/messages", other.token()).status()).isEqualTo(404);
		assertThat(api.post("/api/mechanic/sessions/virtual/" + id + "/messages", mechanic.token(), Map.of("body", " ")).status()).isEqualTo(400);
		assertThat(api.get("/api/mechanic/sessions/virtual/accepted", mechanic.token()).json().get(0).get("id").asLong()).isEqualTo(id);
	}

	@Test
	void aCustomerCancelsBeforeAcceptanceAndNobodyCanAcceptItAfterwards() {
		Person customer = scenario.customer("R3C 4T3");
		MechanicAccount mechanic = scenario.mechanic("Alex Moreau", "M6H 2N4");
		long id = scenario.request(customer, null);
		var cancelled = api.post("/api/customer/consultations/" + id + "/cancel", customer.token(), Map.of());
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(api.post("/api/customer/consultations/" + id + "/cancel", customer.token(), Map.of()).status()).isEqualTo(409);
		assertThat(ids(scenario.feed(mechanic))).doesNotContain(id);
		var refused = api.post("/api/mechanic/sessions/virtual/" + id + "/accept", mechanic.token(), Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("cancelled");
	}

	@Test
	void aRequestNobodyAcceptsInTimeExpiresAndLeavesTheFeed() {
		Person customer = scenario.customer("B3J 1S9");
		MechanicAccount mechanic = scenario.mechanic("Alex Moreau", "M6H 2N4");
		long id = scenario.request(customer, null);
		jdbc.sql("UPDATE consultations SET expires_at = requested_at - INTERVAL '1' MINUTE WHERE id = ?").param(id).update();
		assertThat(ids(scenario.feed(mechanic))).as("hidden as soon as it is overdue").doesNotContain(id);
		assertThat(api.post("/api/mechanic/sessions/virtual/" + id + "/accept", mechanic.token(), Map.of()).json().get("detail").asString())
			.contains("expired");
		assertThat(consultations.expireOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(consultations.expireOverdue()).as("idempotent").isZero();
		assertThat(scenario.status(id)).isEqualTo("EXPIRED");
	}

	@Test
	void whenTwentyMechanicsAcceptTheSameRequestAtOnceExactlyOneWinsAndTheOthersAreToldItWasTaken() throws Exception {
		Person customer = scenario.customer("T5J 2Z2");
		long id = scenario.request(customer, null);
		List<MechanicAccount> rivals = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			rivals.add(scenario.mechanic("Rival " + i, "T2P 2M5"));
		}
		ExecutorService pool = Executors.newFixedThreadPool(20);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Api.Reply>> replies = new ArrayList<>();
		for (MechanicAccount rival : rivals) {
			replies.add(pool.submit(() -> {
				start.await();
				return api.post("/api/mechanic/sessions/virtual/" + id + "/accept", rival.token(), Map.of());
			}));
		}
		start.countDown();
		List<Api.Reply> answers = new ArrayList<>();
		for (Future<Api.Reply> reply : replies) {
			answers.add(reply.get());
		}
		pool.shutdown();
		assertThat(answers).filteredOn(r -> r.status() == 200).hasSize(1);
		assertThat(answers).filteredOn(r -> r.status() == 409).hasSize(19)
			.allSatisfy(r -> assertThat(r.json().get("detail").asString()).contains("already taken"));
		long winner = answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json().get("mechanicId").asLong();
		assertThat(jdbc.sql("SELECT mechanic_id FROM consultations WHERE id = ?").param(id).query(Long.class).single()).isEqualTo(winner);
	}
}
