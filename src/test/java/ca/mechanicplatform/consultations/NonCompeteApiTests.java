package ca.mechanicplatform.consultations;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.consultations.ConsultationScenario.MechanicAccount;
import ca.mechanicplatform.consultations.ConsultationScenario.Person;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;

import static ca.mechanicplatform.consultations.ConsultationScenario.ids;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The non-compete document's Toronto scenario with real FSAs: the Toronto workshop (M5V) and its employee who lives in
 * Mississauga, and customers in Vancouver (V6B), Montreal (H3B), Calgary (T2P), Toronto (M4W) and Mississauga (L5B).
 */
@PlatformTest
class NonCompeteApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	Api api;
	ConsultationScenario scenario;
	WorkshopId toronto;
	MechanicAccount employee;
	long vancouver, montreal, calgary, torontoCustomer, mississauga, unknownTorontoFsa, unknownAlbertaFsa;

	@BeforeEach
	void torontoScenario() {
		api = new Api(port);
		scenario = new ConsultationScenario(api, mechanics, accounts, jdbc);
		toronto = scenario.workshop("AutoFix Toronto", "M5V 1K4", "ON");
		employee = scenario.employee(toronto, "L5B 3C2");
		Person customer = scenario.customer("M4W 1A8");
		vancouver = scenario.request(customer, "V6B 2W9");
		montreal = scenario.request(customer, "H3B 4W5");
		calgary = scenario.request(customer, "T2P 2M5");
		torontoCustomer = scenario.request(customer, "M4W 1A8");
		mississauga = scenario.request(customer, "L5B 1M2");
		unknownTorontoFsa = scenario.request(customer, "M0A 1A1");
		unknownAlbertaFsa = scenario.request(customer, "T1E 1A1");
	}

	@Test
	void anOffShiftEmployeeInLocalExclusionSeesVancouverMontrealAndCalgaryButNotTorontoOrMississauga() {
		var feed = scenario.feed(employee);
		assertThat(feed.get("access").get("scope").asString()).isEqualTo("OUTSIDE_EXCLUSION_RADIUS");
		assertThat(feed.get("access").get("exclusionRadiusKm").asInt()).isEqualTo(50);
		assertThat(ids(feed)).contains(vancouver, montreal, calgary, unknownAlbertaFsa)
			.doesNotContain(torontoCustomer, mississauga)
			.as("an FSA missing from the centroid table in the workshop's region counts as local").doesNotContain(unknownTorontoFsa);
		var card = card(feed, vancouver);
		assertThat(card.get("distanceBand").asString()).isEqualTo("over 200 km");
		assertThat(card.get("priceCents").asLong()).isEqualTo(1500);
		assertThat(card.get("earningsCents").asLong()).as("95% of $15.00").isEqualTo(1425);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM workshop_exclusion_fsas WHERE workshop_id = ? AND fsa IN ('M5V', 'M4W', 'L5B')")
			.param(toronto.value()).query(Long.class).single()).as("the precomputed set within 50 km").isEqualTo(3);
	}

	@Test
	void anOffShiftEmployeeInLocalExclusionCannotAcceptALocalRequestThroughTheApi() {
		for (long local : new long[] { torontoCustomer, mississauga, unknownTorontoFsa }) {
			var refused = api.post("/api/mechanic/sessions/virtual/" + local + "/accept", employee.token(), java.util.Map.of());
			assertThat(refused.status()).as("as if it did not exist").isEqualTo(404);
			assertThat(scenario.status(local)).isEqualTo("REQUESTED");
		}
		var accepted = api.post("/api/mechanic/sessions/virtual/" + montreal + "/accept", employee.token(), java.util.Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("revenueMode").asString()).isEqualTo("EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION");
		assertThat(accepted.json().get("workshopId").asLong()).isEqualTo(toronto.value());
		assertThat(accepted.json().get("split").get("mechanicCents").asLong()).isEqualTo(1425);
		assertThat(accepted.json().get("split").get("workshopCents").asLong()).isZero();
	}

	@Test
	void withARevenueShareTheWorkshopAllowsTheEmployeeSeesAndAcceptsEveryoneAndTheWorkshopGetsItsShare() {
		scenario.offShiftMode(employee, "revenue_share");
		assertThat(ids(scenario.feed(employee))).as("revenue share without the workshop's permission still protects it")
			.doesNotContain(torontoCustomer, mississauga);
		scenario.allowLocalFreelance(toronto, true, 30);
		var feed = scenario.feed(employee);
		assertThat(feed.get("access").get("revenueMode").asString()).isEqualTo("EMPLOYEE_OFF_SHIFT_REVENUE_SHARE");
		assertThat(ids(feed)).contains(vancouver, montreal, calgary, torontoCustomer, mississauga, unknownTorontoFsa);
		assertThat(card(feed, torontoCustomer).get("distanceBand").asString()).isEqualTo("under 50 km");
		assertThat(card(feed, torontoCustomer).get("earningsCents").asLong()).as("$15.00 − 75¢ fee − 30% of $14.25").isEqualTo(997);

		var accepted = api.post("/api/mechanic/sessions/virtual/" + torontoCustomer + "/accept", employee.token(), java.util.Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("revenueMode").asString()).isEqualTo("EMPLOYEE_OFF_SHIFT_REVENUE_SHARE");
		assertThat(accepted.json().get("workshopSharePercent").asInt()).isEqualTo(30);
		assertThat(accepted.json().get("split").get("workshopCents").asLong()).isEqualTo(428);
	}

	@Test
	void aClockedInEmployeeSeesEveryRequestAndEarnsForTheWorkshop() {
		scenario.clockedIn(employee, true);
		var feed = scenario.feed(employee);
		assertThat(ids(feed)).contains(torontoCustomer, mississauga, vancouver);
		assertThat(card(feed, torontoCustomer).get("earningsCents").asLong()).isZero();
		var accepted = api.post("/api/mechanic/sessions/virtual/" + mississauga + "/accept", employee.token(), java.util.Map.of());
		assertThat(accepted.json().get("revenueMode").asString()).isEqualTo("EMPLOYEE_ON_SHIFT");
		assertThat(accepted.json().get("split").get("workshopCents").asLong()).isEqualTo(1425);
	}

	@Test
	void aBlockedEmployeeSeesNothingAndIsToldWhy() {
		scenario.offShiftMode(employee, "blocked");
		var feed = scenario.feed(employee);
		assertThat(feed.get("access").get("canTake").asBoolean()).isFalse();
		assertThat(feed.get("access").get("reason").asString()).contains("blocks off-shift consultations");
		assertThat(ids(feed)).isEmpty();
		var refused = api.post("/api/mechanic/sessions/virtual/" + vancouver + "/accept", employee.token(), java.util.Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(scenario.status(vancouver)).isEqualTo("REQUESTED");
	}

	@Test
	void anUnavailableOrUnverifiedMechanicSeesNothingAndIsToldWhy() {
		var independent = scenario.mechanic("Jordan Blake", "B3H 1A1");
		assertThat(ids(scenario.feed(independent))).contains(torontoCustomer, vancouver);
		assertThat(api.post("/api/mechanic/sessions/virtual/availability", independent.token(), java.util.Map.of("available", false))
			.json().get("canTake").asBoolean()).isFalse();
		var unavailable = scenario.feed(independent);
		assertThat(ids(unavailable)).isEmpty();
		assertThat(unavailable.get("access").get("reason").asString()).contains("not available");

		jdbc.sql("UPDATE mechanics SET verified = FALSE, is_available = TRUE WHERE id = ?").param(independent.id().value()).update();
		var unverified = scenario.feed(independent);
		assertThat(ids(unverified)).isEmpty();
		assertThat(unverified.get("access").get("reason").asString()).contains("not verified");
		assertThat(api.post("/api/mechanic/sessions/virtual/" + vancouver + "/accept", independent.token(), java.util.Map.of())
			.status()).isEqualTo(409);
	}

	private static tools.jackson.databind.JsonNode card(tools.jackson.databind.JsonNode feed, long id) {
		for (var card : feed.get("results")) {
			if (card.get("id").asLong() == id) {
				return card;
			}
		}
		throw new AssertionError("No card " + id + " in the feed");
	}
}
