package ca.mechanicplatform.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.development.DevelopmentScenario.MechanicAccount;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.MechanicVerification;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The professional development API: the training log (record, read, change, delete; another mechanic's entry is 404),
 * hours per year, certifications with their expiry status and reminders, and bad input refused with every field at
 * fault and nothing saved.
 */
@PlatformTest
class DevelopmentApiTests {

	private static final String TRAINING = "/api/mechanic/development/training";

	@LocalServerPort
	int port;

	@Autowired
	ProfessionalDevelopment development;

	@Autowired
	CertificationReminders reminders;

	@Autowired
	Accounts accounts;

	@Autowired
	Mechanics mechanics;

	@Autowired
	MechanicOnboarding onboarding;

	@Autowired
	MechanicVerification verification;

	@Autowired
	JdbcClient jdbc;

	Api api;
	DevelopmentScenario scenario;
	LocalDate today;

	@BeforeEach
	void scenario() {
		api = new Api(port);
		scenario = new DevelopmentScenario(new Onboard(port), accounts, mechanics, onboarding, verification, jdbc);
		today = development.today();
	}

	@Test
	void aMechanicRecordsChangesAndDeletesTrainingAndSeesHoursPerYear() {
		MechanicAccount mechanic = scenario.mechanic("training-log", "Terry Log");
		int lastYear = today.getYear() - 1;
		var created = api.post(TRAINING, mechanic.token(), training("Hybrid high-voltage safety", "Toyota Canada",
				today.toString(), 7.5, "HYBRID_AND_ELECTRIC"));
		assertThat(created.status()).isEqualTo(201);
		JsonNode entry = created.json();
		long id = entry.get("id").asLong();
		assertThat(entry.get("hours").decimalValue()).isEqualByComparingTo("7.5");
		assertThat(entry.get("categoryLabel").asString()).isEqualTo("Hybrid and electric vehicles");
		assertThat(entry.get("completedOn").asString()).isEqualTo(today.toString());
		assertThat(entry.get("note").isNull()).isTrue();

		Map<String, Object> withExtras = training("ADAS calibration", "Bosch", lastYear + "-03-14", "4,25", "diagnostics");
		withExtras.put("note", "Radar and camera calibration after windshield replacement.");
		withExtras.put("documentUrl", "https://training.example.com/certificates/8841");
		assertThat(api.post(TRAINING, mechanic.token(), withExtras).status()).isEqualTo(201);
		assertThat(api.post(TRAINING, mechanic.token(), training("Shop safety", "WSIB", lastYear + "-11-02", "3", "SAFETY_AND_COMPLIANCE"))
			.status()).isEqualTo(201);

		JsonNode list = api.get(TRAINING, mechanic.token()).json();
		assertThat(list).hasSize(3);
		assertThat(list.get(0).get("title").asString()).isEqualTo("Hybrid high-voltage safety");
		assertThat(list.get(2).get("documentUrl").asString()).isEqualTo("https://training.example.com/certificates/8841");
		assertThat(years(mechanic)).containsExactly(today.getYear() + ":7.50:1", lastYear + ":7.25:2");

		var changed = api.put(TRAINING + "/" + id, mechanic.token(), training("Hybrid high-voltage safety, level 2", "Toyota Canada",
				today.toString(), "8.25", "HYBRID_AND_ELECTRIC"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().get("title").asString()).isEqualTo("Hybrid high-voltage safety, level 2");
		assertThat(api.get(TRAINING + "/" + id, mechanic.token()).json().get("hours").decimalValue()).isEqualByComparingTo("8.25");
		JsonNode overview = api.get("/api/mechanic/development", mechanic.token()).json();
		assertThat(overview.get("totalHours").decimalValue()).isEqualByComparingTo("15.5");
		assertThat(years(mechanic)).containsExactly(today.getYear() + ":8.25:1", lastYear + ":7.25:2");

		assertThat(api.delete(TRAINING + "/" + id, mechanic.token()).status()).isEqualTo(204);
		assertThat(api.get(TRAINING + "/" + id, mechanic.token()).status()).isEqualTo(404);
		assertThat(api.delete(TRAINING + "/" + id, mechanic.token()).status()).isEqualTo(404);
		assertThat(years(mechanic)).containsExactly(lastYear + ":7.25:2");
	}

	@Test
	void badInputIsRefusedWithEveryFieldAtFaultAndNothingIsSaved() {
		MechanicAccount mechanic = scenario.mechanic("training-bad", "Bailey Bad");
		String yesterday = today.minusDays(1).toString();
		assertThat(fields(api.post(TRAINING, mechanic.token(), training("", "", yesterday, 0, "OTHER"))))
			.containsExactlyInAnyOrder("title", "provider", "hours");
		assertThat(fields(api.post(TRAINING, mechanic.token(), training("Brakes", "NAPA", yesterday, -2, "OTHER")))).containsExactly("hours");
		assertThat(fields(api.post(TRAINING, mechanic.token(), training("Brakes", "NAPA", yesterday, 1000.5, "OTHER")))).containsExactly("hours");
		assertThat(fields(api.post(TRAINING, mechanic.token(), training("Brakes", "NAPA", yesterday, "seven", "OTHER")))).containsExactly("hours");
		assertThat(fields(api.post(TRAINING, mechanic.token(), training("Brakes", "NAPA", yesterday, "7.125", "OTHER")))).containsExactly("hours");
		assertThat(fields(api.post(TRAINING, mechanic.token(), training("Brakes", "NAPA", today.plusDays(1).toString(), 2, "OTHER"))))
			.containsExactly("completedOn");
		assertThat(fields(api.post(TRAINING, mechanic.token(), training("Brakes", "NAPA", "2026-13-45", 2, "OTHER")))).containsExactly("completedOn");
		assertThat(fields(api.post(TRAINING, mechanic.token(), training("Brakes", "NAPA", "last week", 2, "COOKING"))))
			.containsExactlyInAnyOrder("completedOn", "category");
		Map<String, Object> badLink = training("Brakes", "NAPA", yesterday, 2, "OTHER");
		badLink.put("documentUrl", "javascript:alert(1)");
		assertThat(fields(api.post(TRAINING, mechanic.token(), badLink))).containsExactly("documentUrl");
		var missing = api.post(TRAINING, mechanic.token(), Map.of());
		assertThat(fields(missing)).containsExactlyInAnyOrder("title", "provider", "completedOn", "hours", "category");
		assertThat(api.postRaw(TRAINING, mechanic.token(), "{\"title\": ").status()).isEqualTo(400);
		var problem = api.post(TRAINING, mechanic.token(), training("Brakes", "NAPA", yesterday, 0, "OTHER")).json();
		assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("Enter more than 0 hours");
		assertThat(api.get(TRAINING, mechanic.token()).json()).isEmpty();

		// The limits themselves are accepted.
		assertThat(api.post(TRAINING, mechanic.token(), training("Apprenticeship block", "George Brown College", yesterday, 1000, "TRADE_UPGRADING"))
			.status()).isEqualTo(201);
		long id = api.post(TRAINING, mechanic.token(), training("Toolbox talk", "Shop", yesterday, 0.25, "OTHER")).json().get("id").asLong();
		// A refused change leaves the entry as it was.
		assertThat(fields(api.put(TRAINING + "/" + id, mechanic.token(), training("Toolbox talk", "Shop", yesterday, 0, "OTHER"))))
			.containsExactly("hours");
		assertThat(api.get(TRAINING + "/" + id, mechanic.token()).json().get("hours").decimalValue()).isEqualByComparingTo("0.25");
	}

	@Test
	void anotherMechanicsTrainingIsNotFound() {
		MechanicAccount owner = scenario.mechanic("training-owner", "Olive Owner");
		MechanicAccount other = scenario.mechanic("training-other", "Otto Other");
		long id = api.post(TRAINING, owner.token(), training("Diesel emissions", "Cummins", today.toString(), 6, "MANUFACTURER"))
			.json().get("id").asLong();

		assertThat(api.get(TRAINING + "/" + id, other.token()).status()).isEqualTo(404);
		assertThat(api.put(TRAINING + "/" + id, other.token(), training("Mine now", "Me", today.toString(), 1, "OTHER")).status())
			.isEqualTo(404);
		assertThat(api.delete(TRAINING + "/" + id, other.token()).status()).isEqualTo(404);
		assertThat(api.get(TRAINING + "/abc", other.token()).status()).isEqualTo(404);
		assertThat(api.get(TRAINING, other.token()).json()).isEmpty();
		assertThat(api.get("/api/mechanic/development", other.token()).json().get("hoursPerYear")).isEmpty();
		JsonNode kept = api.get(TRAINING + "/" + id, owner.token()).json();
		assertThat(kept.get("title").asString()).isEqualTo("Diesel emissions");
		assertThat(kept.get("hours").decimalValue()).isEqualByComparingTo("6");
	}

	@Test
	void certificationsShowTheirExpiryStatusAndReminders() {
		MechanicAccount mechanic = scenario.mechanic("training-certs", "Cary Certs");
		LocalDate soon = today.plusDays(30);
		LocalDate later = today.plusDays(400);
		scenario.approved(mechanic, soon);
		scenario.approved(mechanic, "PROVINCIAL", later);
		jdbc.sql("UPDATE mechanic_certifications SET expires_on = ? WHERE id = ?")
			.params(today.minusDays(3), scenario.approved(mechanic, "PROVINCIAL", today.plusDays(100)).value()).update();

		Map<String, JsonNode> byExpiry = certifications(mechanic);
		JsonNode expiring = byExpiry.get(soon.toString());
		assertThat(expiring.get("expiryStatus").asString()).isEqualTo("EXPIRES_SOON");
		assertThat(expiring.get("daysLeft").asLong()).isEqualTo(30);
		assertThat(expiring.get("label").asString()).isEqualTo("Expires in 30 days");
		assertThat(reminders(expiring)).containsExactly("60:" + today + ":false", "14:" + soon.minusDays(14) + ":false");
		JsonNode valid = byExpiry.get(later.toString());
		assertThat(valid.get("expiryStatus").asString()).isEqualTo("VALID");
		assertThat(valid.get("label").asString()).isEqualTo("Valid");
		assertThat(reminders(valid)).containsExactly("60:" + later.minusDays(60) + ":false", "14:" + later.minusDays(14) + ":false");
		JsonNode expired = byExpiry.get(today.minusDays(3).toString());
		assertThat(expired.get("expiryStatus").asString()).isEqualTo("EXPIRED");
		assertThat(expired.get("daysLeft").asLong()).isEqualTo(-3);
		assertThat(expired.get("reminders")).isEmpty();

		reminders.sendDue(today);
		JsonNode sent = certifications(mechanic).get(soon.toString());
		assertThat(reminders(sent)).containsExactly("60:" + soon.minusDays(60) + ":true", "14:" + soon.minusDays(14) + ":false");
	}

	private Map<String, JsonNode> certifications(MechanicAccount mechanic) {
		Map<String, JsonNode> byExpiry = new HashMap<>();
		api.get("/api/mechanic/development", mechanic.token()).json().get("certifications")
			.forEach(c -> byExpiry.put(c.get("expiresOn").asString(), c));
		return byExpiry;
	}

	private static List<String> reminders(JsonNode certification) {
		List<String> reminders = new ArrayList<>();
		certification.get("reminders").forEach(r -> reminders.add(r.get("thresholdDays").asInt() + ":" + r.get("dueOn").asString() + ":"
				+ r.get("sent").asBoolean()));
		return reminders;
	}

	private List<String> years(MechanicAccount mechanic) {
		List<String> years = new ArrayList<>();
		api.get("/api/mechanic/development", mechanic.token()).json().get("hoursPerYear").forEach(y -> years.add(
				y.get("year").asInt() + ":" + y.get("hours").decimalValue().setScale(2).toPlainString() + ":" + y.get("trainings").asInt()));
		return years;
	}

	static Map<String, Object> training(String title, String provider, String completedOn, Object hours, String category) {
		Map<String, Object> body = new HashMap<>();
		body.put("title", title);
		body.put("provider", provider);
		body.put("completedOn", completedOn);
		body.put("hours", hours);
		body.put("category", category);
		return body;
	}

	private static List<String> fields(Api.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		return fields;
	}
}
