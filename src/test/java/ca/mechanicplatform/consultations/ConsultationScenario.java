package ca.mechanicplatform.consultations;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Unique;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds the people of a consultation test over the API and the facades: customers, mechanics, workshops, employees. */
final class ConsultationScenario {

	static final String PASSWORD = "a-long-password";

	record Person(String email, String token) {
	}

	record MechanicAccount(String email, String token, MechanicId id) {
	}

	private final Api api;
	private final Mechanics mechanics;
	private final Accounts accounts;
	private final JdbcClient jdbc;

	ConsultationScenario(Api api, Mechanics mechanics, Accounts accounts, JdbcClient jdbc) {
		this.api = api;
		this.mechanics = mechanics;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	Person customer(String postalCode) {
		String email = Unique.email("consultation-customer");
		var created = api.post("/api/signup/customer", null, Map.of("name", "Sam Patel", "email", email, "password", PASSWORD,
				"postalCode", postalCode));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Person(email, api.token(email, PASSWORD));
	}

	/** A verified independent mechanic who is available. */
	MechanicAccount mechanic(String name, String postalCode) {
		String email = Unique.email("consultation-mechanic");
		var created = api.post("/api/signup/mechanic", null, Map.of("name", name, "email", email, "password", PASSWORD,
				"postalCode", postalCode));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var mechanic = mechanics.mine(accounts.findByEmail(email).orElseThrow().id());
		mechanics.chooseTier(mechanic.id(), ServiceTier.VIRTUAL_ONLY);
		mechanics.markVerified(mechanic.id());
		mechanics.setAvailability(mechanic.id(), true);
		return new MechanicAccount(email, api.token(email, PASSWORD), mechanic.id());
	}

	record WorkshopAccount(String email, String token, WorkshopId id) {
	}

	WorkshopId workshop(String name, String postalCode, String province) {
		return workshopAccount(name, postalCode, province).id();
	}

	/** A workshop whose admin is Morgan Chen, with the admin's API token. */
	WorkshopAccount workshopAccount(String name, String postalCode, String province) {
		String email = Unique.email("consultation-workshop");
		var created = api.post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", email, "password", PASSWORD,
				"workshopName", name, "streetAddress", "450 King St W", "city", "Toronto", "province", province,
				"postalCode", postalCode));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new WorkshopAccount(email, api.token(email, PASSWORD),
				new WorkshopId(jdbc.sql("SELECT w.id FROM workshops w JOIN users u ON u.id = w.admin_user_id WHERE u.email = ?")
					.param(email).query(Long.class).single()));
	}

	/** A verified employee of the workshop, off shift, available, in local exclusion (the default). */
	MechanicAccount employee(WorkshopId workshop, String postalCode) {
		MechanicAccount mechanic = mechanic("Mike Johnson", postalCode);
		mechanics.becomeEmployeeOf(mechanic.id(), workshop);
		return mechanic;
	}

	/** Sets the mode directly; {@code revenue_share} as if an agreement at 30% had been signed. */
	void offShiftMode(MechanicAccount mechanic, String mode) {
		jdbc.sql("UPDATE mechanics SET off_shift_mode = ?, off_shift_revenue_share_pct = ? WHERE id = ?")
			.params(mode, "revenue_share".equals(mode) ? 30 : 0, mechanic.id().value()).update();
	}

	void clockedIn(MechanicAccount mechanic, boolean clockedIn) {
		jdbc.sql("UPDATE mechanics SET clocked_in_by_admin = ? WHERE id = ?").params(clockedIn, mechanic.id().value()).update();
	}

	void allowLocalFreelance(WorkshopId workshop, boolean allowed, int sharePct) {
		jdbc.sql("UPDATE workshops SET allow_employee_local_freelance = ?, employee_revenue_share_pct = ? WHERE id = ?")
			.params(allowed, sharePct, workshop.value()).update();
	}

	/** A chat request from the customer about a vehicle at {@code postalCode}; returns its id. */
	long request(Person customer, String postalCode) {
		return request(customer, "CHAT", postalCode);
	}

	long request(Person customer, String kind, String postalCode) {
		Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "vehicleYear", "2016", "vehicleMake", "Honda",
				"vehicleModel", "Civic", "problem", "Grinding noise when braking at low speed"));
		if (postalCode != null) {
			body.put("postalCode", postalCode);
		}
		var created = api.post("/api/customer/consultations", customer.token(), body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	JsonNode feed(MechanicAccount mechanic) {
		var reply = api.get("/api/mechanic/sessions/virtual?size=50", mechanic.token());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	static java.util.List<Long> ids(JsonNode feed) {
		var ids = new java.util.ArrayList<Long>();
		feed.get("results").forEach(r -> ids.add(r.get("id").asLong()));
		return ids;
	}

	String status(long consultationId) {
		return jdbc.sql("SELECT status FROM consultations WHERE id = ?").param(consultationId).query(String.class).single();
	}
}
