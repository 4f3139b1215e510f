package ca.mechanicplatform.crm;

import java.time.Duration;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Unique;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The people of a CRM test, made over the API as people make them, and consultations driven to completion. */
final class CrmScenario {

	static final String PASSWORD = "a-long-password";

	record Person(String email, String token, long customerId) {
	}

	record MechanicAccount(String email, String token, MechanicId id) {
	}

	private final Api api;
	private final Mechanics mechanics;
	private final Accounts accounts;
	private final JdbcClient jdbc;

	CrmScenario(Api api, Mechanics mechanics, Accounts accounts, JdbcClient jdbc) {
		this.api = api;
		this.mechanics = mechanics;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	Api api() {
		return api;
	}

	Person customer(String name) {
		String email = Unique.email("crm-customer");
		var created = api.post("/api/signup/customer", null, Map.of("name", name, "email", email, "password", PASSWORD,
				"postalCode", "H2X 1Y4"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long customerId = accounts.customerOf(accounts.findByEmail(email).orElseThrow().id()).orElseThrow().id().value();
		return new Person(email, api.token(email, PASSWORD), customerId);
	}

	/** A verified, available, independent virtual-only mechanic. */
	MechanicAccount mechanic(String name) {
		String email = Unique.email("crm-mechanic");
		var created = api.post("/api/signup/mechanic", null, Map.of("name", name, "email", email, "password", PASSWORD,
				"postalCode", "M6H 2N4"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var mechanic = mechanics.mine(accounts.findByEmail(email).orElseThrow().id());
		mechanics.chooseTier(mechanic.id(), ServiceTier.VIRTUAL_ONLY);
		mechanics.markVerified(mechanic.id());
		mechanics.setAvailability(mechanic.id(), true);
		return new MechanicAccount(email, api.token(email, PASSWORD), mechanic.id());
	}

	/** The customer requests a consultation about the vehicle, the mechanic accepts and completes it; returns its id. */
	long completedConsultation(Person customer, MechanicAccount mechanic, String kind, String year, String make, String model) {
		var requested = api.post("/api/customer/consultations", customer.token(), Map.of("kind", kind, "vehicleYear", year,
				"vehicleMake", make, "vehicleModel", model, "problem", "Grinding noise when braking at low speed"));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		long id = requested.json().get("id").asLong();
		var accepted = api.post("/api/mechanic/sessions/virtual/" + id + "/accept", mechanic.token(), Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		var completed = api.post("/api/mechanic/sessions/virtual/" + id + "/complete", mechanic.token(), Map.of());
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		return id;
	}

	/** Waits until the CRM has recorded the completion (the listener runs after the commit). */
	void awaitVisit(String sourceRef) {
		await().atMost(Duration.ofSeconds(20)).until(() ->
			jdbc.sql("SELECT COUNT(*) FROM client_visits WHERE source_ref = ?").param(sourceRef).query(Long.class).single() > 0);
	}

	JsonNode clients(MechanicAccount mechanic, String query) {
		var reply = api.get("/api/mechanic/clients" + (query == null ? "" : "?" + query), mechanic.token());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	long createClient(MechanicAccount mechanic, String name, String email) {
		var created = api.post("/api/mechanic/clients", mechanic.token(), email == null ? Map.of("name", name)
				: Map.of("name", name, "email", email));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}
}
