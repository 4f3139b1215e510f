package ca.mechanicplatform.crm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.consultations.ConsultationCompleted;
import ca.mechanicplatform.consultations.ConsultationId;
import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.crm.CrmScenario.MechanicAccount;
import ca.mechanicplatform.crm.CrmScenario.Person;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRM over the API: clients created by completed consultations (with the ledger's amounts, once however often the
 * completion is delivered), added by hand, searched and filtered, with notes, tags, vehicles and follow-ups; another
 * mechanic's client is 404 everywhere; bad input is 400 with every field and changes nothing.
 */
@PlatformTest
class ClientApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Revenue revenue;

	@Autowired
	Consultations consultations;

	@Autowired
	ServiceHistory history;

	@Autowired
	Clients clients;

	Api api;
	CrmScenario scenario;

	@BeforeEach
	void client() {
		api = new Api(port);
		scenario = new CrmScenario(api, mechanics, accounts, jdbc);
	}

	@Test
	void aCompletedConsultationMakesTheCustomerAClientWithTheVehicleAndTheLedgersAmounts() {
		Person customer = scenario.customer("Sam Patel");
		MechanicAccount mechanic = scenario.mechanic("Alex Moreau");
		long first = scenario.completedConsultation(customer, mechanic, "CHAT", "2016", "Honda", "Civic");
		scenario.awaitVisit("consultation:" + first);

		JsonNode page = scenario.clients(mechanic, null);
		assertThat(page.get("total").asLong()).isEqualTo(1);
		JsonNode client = page.get("results").get(0);
		assertThat(client.get("name").asString()).isEqualTo("Sam Patel");
		assertThat(client.get("email").asString()).isEqualTo(customer.email());
		assertThat(client.get("customerId").asLong()).isEqualTo(customer.customerId());
		assertThat(client.get("createdFrom").asString()).isEqualTo("CONSULTATION");
		assertThat(client.get("visitCount").asInt()).isEqualTo(1);
		assertThat(client.get("lifetimeValueCents").asLong()).as("a chat at the default $15").isEqualTo(1500);
		long id = client.get("id").asLong();

		JsonNode details = api.get("/api/mechanic/clients/" + id, mechanic.token()).json();
		assertThat(details.get("vehicles").get(0).get("year").asInt()).isEqualTo(2016);
		assertThat(details.get("vehicles").get(0).get("make").asString()).isEqualTo("Honda");
		JsonNode visit = details.get("history").get(0);
		assertThat(visit.get("kind").asString()).isEqualTo("CONSULTATION");
		assertThat(visit.get("reference").asString()).isEqualTo("consultation:" + first);
		assertThat(visit.get("grossCents").asLong()).isEqualTo(ledgerGross(first));
		assertThat(visit.get("mechanicCents").asLong()).as("85% of $15.00").isEqualTo(1275).isEqualTo(ledgerMechanic(first, mechanic));

		long second = scenario.completedConsultation(customer, mechanic, "VIDEO", "2016", "Honda", "Civic");
		scenario.awaitVisit("consultation:" + second);
		details = api.get("/api/mechanic/clients/" + id, mechanic.token()).json();
		assertThat(details.get("client").get("visitCount").asInt()).as("the same client, not a second one").isEqualTo(2);
		assertThat(details.get("client").get("lifetimeValueCents").asLong()).isEqualTo(ledgerGross(first) + ledgerGross(second))
			.isEqualTo(1500 + 3500);
		assertThat(details.get("vehicles").size()).as("the same vehicle is not added twice").isEqualTo(1);
		assertThat(details.get("history").get(0).get("reference").asString()).as("newest first").isEqualTo("consultation:" + second);
		assertThat(scenario.clients(mechanic, null).get("total").asLong()).isEqualTo(1);
	}

	@Test
	void theSameCompletionDeliveredAgainEvenConcurrentlyNeverAddsASecondClientOrCountsTwice() throws Exception {
		Person customer = scenario.customer("Robin Diaz");
		MechanicAccount mechanic = scenario.mechanic("Casey Nguyen");
		long id = scenario.completedConsultation(customer, mechanic, "CHAT", "2019", "Ford", "F-150");
		scenario.awaitVisit("consultation:" + id);
		var c = consultations.get(new ConsultationId(id));
		var event = new ConsultationCompleted(c.id(), c.mechanicId(), c.customerId(), c.price().cents(), c.revenueMode(), c.workshopId(),
				c.workshopSharePct());
		var completion = history.completionOf(event);
		assertThat(clients.record(completion)).as("already recorded by the listener").isFalse();
		long first = scenario.clients(mechanic, null).get("results").get(0).get("id").asLong();
		assertThat(api.delete("/api/mechanic/clients/" + first, mechanic.token()).status()).as("start again from nothing").isEqualTo(204);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Boolean> recorded = new ArrayList<>();
		try {
			List<Future<Boolean>> runs = new ArrayList<>();
			var start = new java.util.concurrent.CountDownLatch(1);
			for (int i = 0; i < 4; i++) {
				runs.add(pool.submit((Callable<Boolean>) () -> {
					start.await();
					return clients.record(completion);
				}));
			}
			start.countDown();
			for (Future<Boolean> run : runs) {
				recorded.add(run.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(recorded).as("exactly one of four simultaneous deliveries records it").containsOnlyOnce(true).hasSize(4);
		JsonNode page = scenario.clients(mechanic, null);
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("results").get(0).get("visitCount").asInt()).isEqualTo(1);
		assertThat(page.get("results").get(0).get("lifetimeValueCents").asLong()).isEqualTo(1500);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM client_visits WHERE source_ref = ?").param("consultation:" + id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aClientAddedByHandIsLinkedToTheCustomerWithTheSameEmailAtTheirFirstConsultation() {
		Person customer = scenario.customer("Jordan Blake");
		MechanicAccount mechanic = scenario.mechanic("Riley Park");
		long id = scenario.createClient(mechanic, "Jordan B.", customer.email().toUpperCase());
		long consultation = scenario.completedConsultation(customer, mechanic, "CHAT", "2012", "Toyota", "Corolla");
		scenario.awaitVisit("consultation:" + consultation);
		JsonNode page = scenario.clients(mechanic, null);
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("results").get(0).get("id").asLong()).isEqualTo(id);
		assertThat(page.get("results").get(0).get("customerId").asLong()).isEqualTo(customer.customerId());
		assertThat(page.get("results").get(0).get("name").asString()).as("the mechanic's own name for them stays").isEqualTo("Jordan B.");
		assertThat(page.get("results").get(0).get("createdFrom").asString()).isEqualTo("MANUAL");
	}

	@Test
	void aClientIsAddedChangedAndDeletedAndBadInputIsRefusedWithEveryFieldAndChangesNothing() {
		MechanicAccount mechanic = scenario.mechanic("Morgan Lee");
		var bad = api.post("/api/mechanic/clients", mechanic.token(), Map.of("name", " ", "email", "not-an-email", "phone", "call me"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad.json())).containsExactlyInAnyOrder("name", "email", "phone");
		assertThat(scenario.clients(mechanic, null).get("total").asLong()).isZero();

		var created = api.post("/api/mechanic/clients", mechanic.token(), Map.of("name", "Taylor Smith", "email", "Taylor@Example.com",
				"phone", "416-555-0199"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("email").asString()).isEqualTo("taylor@example.com");
		assertThat(created.json().get("createdFrom").asString()).isEqualTo("MANUAL");
		assertThat(created.json().get("lifetimeValueCents").asLong()).isZero();

		var badUpdate = api.put("/api/mechanic/clients/" + id, mechanic.token(), Map.of("name", "x".repeat(121)));
		assertThat(badUpdate.status()).isEqualTo(400);
		assertThat(api.get("/api/mechanic/clients/" + id, mechanic.token()).json().get("client").get("name").asString())
			.isEqualTo("Taylor Smith");
		var updated = api.put("/api/mechanic/clients/" + id, mechanic.token(), Map.of("name", "Taylor Smith-Jones", "phone", "+1 416 555 0100"));
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.json().get("email").isNull()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject = ?").param("client:" + id).query(Long.class).single())
			.as("created and updated are audited").isEqualTo(2);

		assertThat(api.delete("/api/mechanic/clients/" + id, mechanic.token()).status()).isEqualTo(204);
		assertThat(api.get("/api/mechanic/clients/" + id, mechanic.token()).status()).isEqualTo(404);
		assertThat(api.delete("/api/mechanic/clients/" + id, mechanic.token()).status()).isEqualTo(404);
		assertThat(api.get("/api/mechanic/clients/abc", mechanic.token()).status()).isEqualTo(404);
		assertThat(api.get("/api/mechanic/clients", null).status()).isEqualTo(401);
		Person customer = scenario.customer("Not A Mechanic");
		assertThat(api.get("/api/mechanic/clients", customer.token()).status()).isEqualTo(403);
	}

	@Test
	void aMechanicNeverSeesOrChangesAnotherMechanicsClients() {
		MechanicAccount owner = scenario.mechanic("Owner Mechanic");
		MechanicAccount other = scenario.mechanic("Other Mechanic");
		long id = scenario.createClient(owner, "Private Client", "private@example.com");
		long note = api.post("/api/mechanic/clients/" + id + "/notes", owner.token(), Map.of("body", "Prefers texts")).json().get("id").asLong();
		long followUp = api.post("/api/mechanic/clients/" + id + "/follow-ups", owner.token(),
				Map.of("dueOn", LocalDate.now().toString(), "text", "Call about the recall")).json().get("id").asLong();
		long vehicle = api.post("/api/mechanic/clients/" + id + "/vehicles", owner.token(), Map.of("model", "Civic")).json().get("id").asLong();
		String base = "/api/mechanic/clients/" + id;

		assertThat(scenario.clients(other, null).get("total").asLong()).isZero();
		assertThat(scenario.clients(other, "q=private").get("total").asLong()).isZero();
		assertThat(api.get(base, other.token()).status()).isEqualTo(404);
		assertThat(api.get(base + "/history", other.token()).status()).isEqualTo(404);
		assertThat(api.get(base + "/notes", other.token()).status()).isEqualTo(404);
		assertThat(api.put(base, other.token(), Map.of("name", "Stolen")).status()).isEqualTo(404);
		assertThat(api.post(base + "/notes", other.token(), Map.of("body", "x")).status()).isEqualTo(404);
		assertThat(api.put(base + "/notes/" + note, other.token(), Map.of("body", "x")).status()).isEqualTo(404);
		assertThat(api.delete(base + "/notes/" + note, other.token()).status()).isEqualTo(404);
		assertThat(api.post(base + "/tags", other.token(), Map.of("tag", "x")).status()).isEqualTo(404);
		assertThat(api.post(base + "/vehicles", other.token(), Map.of("model", "x")).status()).isEqualTo(404);
		assertThat(api.delete(base + "/vehicles/" + vehicle, other.token()).status()).isEqualTo(404);
		assertThat(api.post(base + "/follow-ups/" + followUp + "/done", other.token(), Map.of()).status()).isEqualTo(404);
		assertThat(api.delete(base + "/follow-ups/" + followUp, other.token()).status()).isEqualTo(404);
		assertThat(api.delete(base, other.token()).status()).isEqualTo(404);
		assertThat(api.get("/api/mechanic/clients/follow-ups/due", other.token()).json().size()).isZero();

		JsonNode details = api.get(base, owner.token()).json();
		assertThat(details.get("client").get("name").asString()).isEqualTo("Private Client");
		assertThat(details.get("notes").size()).isEqualTo(1);
		assertThat(details.get("notes").get(0).get("body").asString()).isEqualTo("Prefers texts");
		assertThat(details.get("vehicles").size()).isEqualTo(1);
		assertThat(details.get("client").get("tags").size()).isZero();
		assertThat(details.get("followUps").get(0).get("done").asBoolean()).isFalse();
	}

	@Test
	void notesTagsVehiclesAndFollowUpsAreKeptAndCheckedAndDueFollowUpsAreListed() {
		MechanicAccount mechanic = scenario.mechanic("Jamie Roy");
		long id = scenario.createClient(mechanic, "Avery Quinn", null);
		String base = "/api/mechanic/clients/" + id;

		assertThat(fields(api.post(base + "/notes", mechanic.token(), Map.of("body", "")).json())).containsExactly("body");
		long note = api.post(base + "/notes", mechanic.token(), Map.of("body", "Fleet of three vans")).json().get("id").asLong();
		var edited = api.put(base + "/notes/" + note, mechanic.token(), Map.of("body", "Fleet of four vans"));
		assertThat(edited.json().get("body").asString()).isEqualTo("Fleet of four vans");
		assertThat(api.put(base + "/notes/" + note, mechanic.token(), Map.of("body", " ")).status()).isEqualTo(400);
		assertThat(api.get(base + "/notes", mechanic.token()).json().get(0).get("body").asString()).isEqualTo("Fleet of four vans");
		assertThat(api.delete(base + "/notes/" + note, mechanic.token()).status()).isEqualTo(204);
		assertThat(api.get(base + "/notes", mechanic.token()).json().size()).isZero();
		assertThat(api.delete(base + "/notes/" + note, mechanic.token()).status()).isEqualTo(404);

		assertThat(api.post(base + "/tags", mechanic.token(), Map.of("tag", "Fleet")).json().get("tags").toString()).isEqualTo("[\"fleet\"]");
		api.post(base + "/tags", mechanic.token(), Map.of("tag", "fleet"));
		api.post(base + "/tags", mechanic.token(), Map.of("tag", "VIP"));
		assertThat(api.get(base, mechanic.token()).json().get("client").get("tags").toString()).isEqualTo("[\"fleet\",\"vip\"]");
		assertThat(fields(api.post(base + "/tags", mechanic.token(), Map.of("tag", "<script>")).json())).containsExactly("tag");
		assertThat(api.delete(base + "/tags/vip", mechanic.token()).json().get("tags").toString()).isEqualTo("[\"fleet\"]");
		assertThat(api.get("/api/mechanic/clients/tags", mechanic.token()).json().toString()).isEqualTo("[\"fleet\"]");

		var badVehicle = api.post(base + "/vehicles", mechanic.token(), Map.of("year", "16", "model", "", "vin", "1M8GDM9AXKP042789"));
		assertThat(fields(badVehicle.json())).containsExactlyInAnyOrder("year", "model", "vin");
		var vehicle = api.post(base + "/vehicles", mechanic.token(), Map.of("year", "2018", "make", "Toyota", "model", "RAV4",
				"vin", "1m8gdm9axkp042788"));
		assertThat(vehicle.status()).as(vehicle.body()).isEqualTo(201);
		assertThat(vehicle.json().get("vin").asString()).isEqualTo("1M8GDM9AXKP042788");
		long vehicleId = vehicle.json().get("id").asLong();
		assertThat(api.put(base + "/vehicles/" + vehicleId, mechanic.token(), Map.of("year", "2019", "make", "Toyota", "model", "RAV4"))
			.json().get("year").asInt()).isEqualTo(2019);

		LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Toronto"));
		assertThat(fields(api.post(base + "/follow-ups", mechanic.token(), Map.of("dueOn", "tomorrow", "text", "")).json()))
			.containsExactlyInAnyOrder("dueOn", "text");
		long due = api.post(base + "/follow-ups", mechanic.token(), Map.of("dueOn", today.toString(), "text", "Winter tires"))
			.json().get("id").asLong();
		api.post(base + "/follow-ups", mechanic.token(), Map.of("dueOn", today.plusDays(30).toString(), "text", "Oil change"));
		JsonNode dueNow = api.get("/api/mechanic/clients/follow-ups/due", mechanic.token()).json();
		assertThat(dueNow.size()).isEqualTo(1);
		assertThat(dueNow.get(0).get("text").asString()).isEqualTo("Winter tires");
		assertThat(dueNow.get(0).get("clientName").asString()).isEqualTo("Avery Quinn");
		var done = api.post(base + "/follow-ups/" + due + "/done", mechanic.token(), Map.of());
		assertThat(done.json().get("done").asBoolean()).isTrue();
		assertThat(api.get("/api/mechanic/clients/follow-ups/due", mechanic.token()).json().size()).isZero();
		assertThat(api.get(base + "/follow-ups", mechanic.token()).json().size()).isEqualTo(2);

		assertThat(api.delete(base + "/vehicles/" + vehicleId, mechanic.token()).status()).isEqualTo(204);
		assertThat(api.get(base + "/vehicles", mechanic.token()).json().size()).isZero();
	}

	@Test
	void clientsAreFoundByNameVehicleAndTagAndFilteredByLastVisitAndLifetimeValueAPageAtATime() {
		MechanicAccount mechanic = scenario.mechanic("Drew Fox");
		Person sam = scenario.customer("Sam Searchable");
		long consultation = scenario.completedConsultation(sam, mechanic, "VIDEO", "2015", "Subaru", "Outback");
		scenario.awaitVisit("consultation:" + consultation);
		for (int i = 1; i <= 5; i++) {
			long id = scenario.createClient(mechanic, "Hand Made " + i, null);
			if (i % 2 == 0) {
				api.post("/api/mechanic/clients/" + id + "/tags", mechanic.token(), Map.of("tag", "fleet"));
			}
		}
		assertThat(scenario.clients(mechanic, null).get("total").asLong()).isEqualTo(6);
		assertThat(names(scenario.clients(mechanic, "q=searchable"))).containsExactly("Sam Searchable");
		assertThat(names(scenario.clients(mechanic, "q=100%25"))).as("wildcards are text").isEmpty();
		assertThat(names(scenario.clients(mechanic, "vehicle=subaru%20out"))).containsExactly("Sam Searchable");
		assertThat(names(scenario.clients(mechanic, "vehicle=2015"))).containsExactly("Sam Searchable");
		assertThat(names(scenario.clients(mechanic, "tag=FLEET&sort=name"))).containsExactly("Hand Made 2", "Hand Made 4");
		assertThat(names(scenario.clients(mechanic, "minLifetimeValueCents=3500"))).containsExactly("Sam Searchable");
		assertThat(names(scenario.clients(mechanic, "minLifetimeValueCents=3501"))).isEmpty();
		LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Toronto"));
		assertThat(names(scenario.clients(mechanic, "lastVisitAfter=" + today))).containsExactly("Sam Searchable");
		assertThat(names(scenario.clients(mechanic, "lastVisitBefore=" + today))).isEmpty();
		assertThat(names(scenario.clients(mechanic, "lastVisitBefore=" + today.plusDays(1)))).containsExactly("Sam Searchable");

		JsonNode first = scenario.clients(mechanic, "sort=name&size=4");
		assertThat(names(first)).containsExactly("Hand Made 1", "Hand Made 2", "Hand Made 3", "Hand Made 4");
		assertThat(names(scenario.clients(mechanic, "sort=name&size=4&page=1"))).containsExactly("Hand Made 5", "Sam Searchable");
		assertThat(names(scenario.clients(mechanic, null)).get(0)).as("most recent visit first").isEqualTo("Sam Searchable");

		var bad = api.get("/api/mechanic/clients?lastVisitAfter=yesterday&size=500&sort=random&minLifetimeValueCents=-1", mechanic.token());
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad.json())).containsExactlyInAnyOrder("lastVisitAfter", "size", "sort", "minLifetimeValueCents");
		assertThat(api.get("/api/mechanic/clients?page=x", mechanic.token()).status()).isEqualTo(400);
	}

	private long ledgerGross(long consultation) {
		return -jdbc.sql("""
				SELECT SUM(e.amount_cents) FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
				WHERE t.business_key = ? AND e.account = 'CUSTOMER_PAYMENTS'""").param("sale/consultation:" + consultation)
			.query(Long.class).single();
	}

	private long ledgerMechanic(long consultation, MechanicAccount mechanic) {
		return jdbc.sql("""
				SELECT SUM(e.amount_cents) FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
				WHERE t.business_key = ? AND e.account = 'MECHANIC' AND e.party_id = ?""")
			.params("sale/consultation:" + consultation, mechanic.id().value()).query(Long.class).single();
	}

	static List<String> fields(JsonNode problem) {
		List<String> fields = new ArrayList<>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}

	static List<String> names(JsonNode page) {
		List<String> names = new ArrayList<>();
		page.get("results").forEach(c -> names.add(c.get("name").asString()));
		return names;
	}
}
