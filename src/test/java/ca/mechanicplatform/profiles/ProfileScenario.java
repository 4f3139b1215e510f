package ca.mechanicplatform.profiles;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The people of a profile or referral test, made over the API the way people make them: customers (with or without a
 * referral code), verified mechanics, a workshop with a published program, and an ACTIVE partnership.
 */
final class ProfileScenario {

	static final String PASSWORD = Onboard.PASSWORD;
	static final String WORKSHOP_STREET = "450 King St W";

	record Customer(String email, String token, long id) {
	}

	record MechanicAccount(String email, String name, String token, MechanicId id) {
	}

	record Shop(String email, String token, String name) {
	}

	private final Api api;
	private final Onboard onboard;
	private final Mechanics mechanics;

	ProfileScenario(int port, Mechanics mechanics) {
		this.api = new Api(port);
		this.onboard = new Onboard(port);
		this.mechanics = mechanics;
	}

	Api api() {
		return api;
	}

	Customer customer(String name, String referralCode) {
		String email = Unique.email("profile-customer");
		Map<String, Object> body = new HashMap<>(Map.of("name", name, "email", email, "password", PASSWORD,
				"postalCode", "M4W 1A8", "phone", "416-555-0199"));
		if (referralCode != null) {
			body.put("referralCode", referralCode);
		}
		var created = api.post("/api/signup/customer", null, body);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Customer(email, api.token(email, PASSWORD), created.json().get("id").asLong());
	}

	/** A verified, available virtual-only mechanic onboarded in full (profile, Red Seal, consent, payout). */
	MechanicAccount verifiedMechanic(String name) {
		var signedUp = onboard.signUp("profile-mechanic", name, "M6H 2N4");
		onboard.verify(signedUp, onboard.submitted(signedUp));
		return available(signedUp);
	}

	/** A verified workshop-partner mechanic (Red Seal, insurance, upgraded tier), available for consultations. */
	MechanicAccount partnerMechanic(String name) {
		return available(onboard.workshopPartner(Unique.email("profile-partner"), name, "M6H 2N4"));
	}

	/** A virtual-only mechanic with no profile details, marked verified (or not) directly, available when verified. */
	MechanicAccount quickMechanic(String name, boolean verified) {
		var signedUp = onboard.signUp("profile-quick", name, "M6H 2N4");
		onboard.chooseVirtualOnly(signedUp);
		MechanicAccount account = account(signedUp);
		if (verified) {
			mechanics.markVerified(account.id());
			mechanics.setAvailability(account.id(), true);
		}
		return account;
	}

	/** A mechanic who signed up and chose a tier but is not verified. */
	MechanicAccount unverifiedMechanic(String name) {
		var signedUp = onboard.signUp("profile-unverified", name, "M6H 2N4");
		onboard.submitted(signedUp);
		return account(signedUp);
	}

	private MechanicAccount available(Onboard.SignedUp signedUp) {
		MechanicAccount account = account(signedUp);
		mechanics.setAvailability(account.id(), true);
		return account;
	}

	private MechanicAccount account(Onboard.SignedUp signedUp) {
		long id = api.get("/api/mechanic/profile", signedUp.token()).json().get("id").asLong();
		return new MechanicAccount(signedUp.email(), signedUp.name(), signedUp.token(), new MechanicId(id));
	}

	Shop workshopWithProgram(String name) {
		String email = Unique.email("profile-workshop");
		var created = api.post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", email, "password", PASSWORD,
				"workshopName", name, "streetAddress", WORKSHOP_STREET, "city", "Toronto", "province", "ON",
				"postalCode", "M5V 2H1", "phone", "416-555-0142"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Shop(email, api.token(email, PASSWORD), name);
	}

	/** The workshop publishes a bay-rental program, the mechanic applies, is approved, and both sign: ACTIVE. */
	void partnership(Shop shop, MechanicAccount mechanic) {
		var program = api.post("/api/workshop/partnership-programs", shop.token(), Map.of("type", "BAY_RENTAL",
				"title", "Bays " + Unique.email("p"), "description", "Lift bays for independents", "terms", "Bring your own tools",
				"capacity", 50, "hourlyRate", "45.00", "dailyRate", "300"));
		assertThat(program.status()).as(program.body()).isEqualTo(201);
		long programId = program.json().get("id").asLong();
		assertThat(api.post("/api/workshop/partnership-programs/" + programId + "/status", shop.token(),
				Map.of("status", "PUBLISHED")).status()).isEqualTo(200);
		var applied = api.post("/api/mechanic/partnerships/apply", mechanic.token(), Map.of("programId", programId,
				"message", "I would like a bay."));
		assertThat(applied.status()).as(applied.body()).isEqualTo(201);
		var approved = api.post("/api/workshop/partnerships/" + applied.json().get("id").asLong() + "/approve", shop.token(), Map.of());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		long agreementId = partnershipOf(mechanic, programId).get("agreementId").asLong();
		String hash = api.get("/api/agreements/" + agreementId, mechanic.token()).json().get("documentSha256").asString();
		sign(agreementId, mechanic.token(), mechanic.name(), hash);
		sign(agreementId, shop.token(), "Morgan Chen", hash);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
			assertThat(partnershipOf(mechanic, programId).get("status").asString()).isEqualTo("ACTIVE"));
	}

	private tools.jackson.databind.JsonNode partnershipOf(MechanicAccount mechanic, long programId) {
		for (var p : api.get("/api/mechanic/partnerships", mechanic.token()).json().get("partnerships")) {
			if (p.get("programId").asLong() == programId) {
				return p;
			}
		}
		throw new AssertionError("No partnership under program " + programId);
	}

	private void sign(long agreementId, String token, String name, String hash) {
		var signed = api.post("/api/agreements/" + agreementId + "/signatures", token, Map.of("typedName", name, "consent", true,
				"documentSha256", hash));
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
	}

	/** The customer asks for a chat consultation, the mechanic accepts and completes it; returns its id. */
	long completedConsultation(Customer customer, MechanicAccount mechanic) {
		var created = api.post("/api/customer/consultations", customer.token(), Map.of("kind", "CHAT", "vehicleYear", "2016",
				"vehicleMake", "Honda", "vehicleModel", "Civic", "problem", "Grinding noise when braking at low speed"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		var accepted = api.post("/api/mechanic/sessions/virtual/" + id + "/accept", mechanic.token(), Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		var completed = api.post("/api/mechanic/sessions/virtual/" + id + "/complete", mechanic.token(), Map.of());
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		return id;
	}

	void rate(Customer customer, long consultationId, int stars, String comment) {
		var rated = api.post("/api/customer/consultations/" + consultationId + "/rating", customer.token(),
				Map.of("rating", stars, "comment", comment));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
	}
}
