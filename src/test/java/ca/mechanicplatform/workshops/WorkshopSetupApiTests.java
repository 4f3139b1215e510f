package ca.mechanicplatform.workshops;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Multipart;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.SampleFiles;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/** A workshop sets up its profile, hours, bays and off-shift policy over the API; other tenants see none of it. */
@PlatformTest
class WorkshopSetupApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port);
	}

	@Test
	void theAdminEditsTheProfileWithServicesAndAZoneOtherThanTheProvincesDefault() {
		String token = workshop("profile");
		var edited = api.put("/api/workshop/profile", token, profile("America/Atikokan", "P7B 1A1",
				List.of("BRAKES", "DIAGNOSTICS")));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("timeZone").asString()).isEqualTo("America/Atikokan");
		assertThat(edited.json().get("postalCode").asString()).isEqualTo("P7B 1A1");
		assertThat(edited.json().get("services").toString()).contains("BRAKES", "DIAGNOSTICS");
		assertThat(api.get("/api/workshop/profile", token).json().get("city").asString()).isEqualTo("Thunder Bay");
	}

	@Test
	void anUnknownTimeZoneABadPostalCodeAndAnUnknownServiceAreRefusedAndChangeNothing() {
		String token = workshop("bad-profile");
		var refused = api.put("/api/workshop/profile", token, profile("Europe/Paris", "Q1A 1A1", List.of("TELEPORTATION")));
		assertThat(refused.status()).isEqualTo(400);
		Map<String, String> fields = fields(refused);
		assertThat(fields).containsKeys("timeZone", "postalCode", "services");
		assertThat(fields.get("timeZone")).contains("Europe/Paris");
		assertThat(api.get("/api/workshop/profile", token).json().get("timeZone").asString()).isEqualTo("America/Toronto");
	}

	@Test
	void openingHoursAreLocalTimesInTheWorkshopsZoneAndClosedDaysAreLeftOut() {
		String token = workshop("hours");
		var saved = api.put("/api/workshop/hours", token, Map.of("hours", List.of(
				day("MONDAY", "08:00", "18:00"), day("friday", "08:00", "18:00"), day("SATURDAY", "09:00", "14:00"))));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("timeZone").asString()).isEqualTo("America/Toronto");
		assertThat(saved.json().get("hours").size()).isEqualTo(3);
		assertThat(saved.json().get("hours").get(2).get("day").asString()).isEqualTo("SATURDAY");
		assertThat(saved.json().get("hours").get(2).get("closes").asString()).isEqualTo("14:00");

		var refused = api.put("/api/workshop/hours", token, Map.of("hours", List.of(
				day("SUNDAY", "18:00", "08:00"), day("TUESDAY", "8am", "17:00"), day("FUNDAY", "09:00", "10:00"))));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsKeys("hours.SUNDAY", "hours.TUESDAY", "hours");
		assertThat(api.get("/api/workshop/hours", token).json().get("hours").size()).isEqualTo(3);
	}

	@Test
	void baysAreAddedRenamedAndDeactivatedAndAnotherWorkshopsBayIsNotFound() {
		String token = workshop("bays");
		var lift = api.post("/api/workshop/bays", token, Map.of("name", "Bay 1", "type", "LIFT"));
		assertThat(lift.status()).isEqualTo(201);
		long id = lift.json().get("id").asLong();
		assertThat(lift.json().get("active").asBoolean()).isTrue();
		assertThat(api.post("/api/workshop/bays", token, Map.of("name", "Alignment", "type", "ALIGNMENT")).status()).isEqualTo(201);

		var duplicate = api.post("/api/workshop/bays", token, Map.of("name", "bay 1", "type", "GENERAL"));
		assertThat(duplicate.status()).isEqualTo(400);
		assertThat(fields(duplicate).get("name")).contains("already called");
		var badType = api.post("/api/workshop/bays", token, Map.of("name", "Bay 9", "type", "HELIPAD"));
		assertThat(fields(badType)).containsKey("type");

		var updated = api.put("/api/workshop/bays/" + id, token, Map.of("name", "Lift 1", "type", "LIFT", "active", false));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("active").asBoolean()).isFalse();
		assertThat(api.get("/api/workshop/bays", token).json().size()).isEqualTo(2);

		String other = workshop("other-bays");
		assertThat(api.get("/api/workshop/bays/" + id, other).status()).isEqualTo(404);
		var hijack = api.put("/api/workshop/bays/" + id, other, Map.of("name", "Mine now", "type", "GENERAL", "active", true));
		assertThat(hijack.status()).isEqualTo(404);
		assertThat(api.get("/api/workshop/bays/" + id, token).json().get("name").asString()).isEqualTo("Lift 1");
		assertThat(api.get("/api/workshop/bays", other).json().size()).isZero();
	}

	@Test
	void theOffShiftShareStaysBetween20And40Percent() {
		String token = workshop("policy");
		var policy = api.get("/api/workshop/off-shift-policy", token).json();
		assertThat(policy.get("employeeRevenueSharePct").asInt()).isEqualTo(30);
		assertThat(policy.get("revenueShareWorkshopCents").asLong()).as("30% of $47.50").isEqualTo(1425);
		assertThat(policy.get("revenueShareMechanicCents").asLong()).isEqualTo(3325);
		assertThat(policy.get("localExclusionMechanicCents").asLong()).isEqualTo(4750);

		for (Object bad : List.of(41, 19, "thirty", 25.5)) {
			var refused = api.put("/api/workshop/off-shift-policy", token, Map.of("allowEmployeeLocalFreelance", true,
					"employeeRevenueSharePct", bad));
			assertThat(refused.status()).as("share " + bad).isEqualTo(400);
			assertThat(fields(refused)).containsKey("employeeRevenueSharePct");
		}
		assertThat(api.get("/api/workshop/off-shift-policy", token).json().get("allowEmployeeLocalFreelance").asBoolean()).isFalse();

		var saved = api.put("/api/workshop/off-shift-policy", token, Map.of("allowEmployeeLocalFreelance", true,
				"employeeRevenueSharePct", 40));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("employeeRevenueSharePct").asInt()).isEqualTo(40);
		assertThat(saved.json().get("allowEmployeeLocalFreelance").asBoolean()).isTrue();
	}

	@Test
	void photosAreImagesOnlyAndAnotherWorkshopCannotRemoveThem() {
		String token = workshop("photos");
		var pdf = new Multipart(port).file("photo", "front.jpg", "image/jpeg", SampleFiles.pdf()).post("/api/workshop/photos", token);
		assertThat(pdf.status()).as("a PDF named .jpg").isEqualTo(400);
		assertThat(fields(pdf).get("photo")).contains("not a JPEG or PNG");
		var added = new Multipart(port).file("photo", "front.png", "image/png", SampleFiles.png()).post("/api/workshop/photos", token);
		assertThat(added.status()).isEqualTo(201);
		long id = added.json().get("id").asLong();
		String url = added.json().get("url").asString();
		assertThat(api.get(url, token).status()).isEqualTo(200);

		String other = workshop("other-photos");
		assertThat(api.get(url, other).status()).as("another workshop cannot open the file").isEqualTo(404);
		assertThat(api.delete("/api/workshop/photos/" + id, other).status()).isEqualTo(404);
		assertThat(api.get("/api/workshop/photos", token).json().size()).isEqualTo(1);
		assertThat(api.delete("/api/workshop/photos/" + id, token).status()).isEqualTo(204);
		assertThat(api.get("/api/workshop/photos", token).json().size()).isZero();
		assertThat(api.get(url, token).status()).as("the file goes with the photo").isEqualTo(404);
	}

	@Test
	void onlyWorkshopAdminsUseTheWorkshopApi() {
		var mechanic = new Onboard(port).signUp("not-admin", "Kai Green", "M5V 3L9");
		assertThat(api.get("/api/workshop/bays", mechanic.token()).status()).isEqualTo(403);
		assertThat(api.post("/api/workshop/bays", mechanic.token(), Map.of("name", "Sneaky", "type", "LIFT")).status()).isEqualTo(403);
		assertThat(api.put("/api/workshop/hours", mechanic.token(), Map.of("hours", List.of())).status()).isEqualTo(403);
	}

	/** Signs up an Ontario workshop and returns its admin's token. */
	private String workshop(String who) {
		String email = Unique.email(who);
		var form = new HashMap<String, Object>(Map.of("name", "Morgan Chen", "email", email, "password", Onboard.PASSWORD,
				"workshopName", "AutoFix " + who, "streetAddress", "450 King St W", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4", "timeZone", "America/Toronto"));
		assertThat(api.post("/api/signup/workshop", null, form).status()).isEqualTo(201);
		return api.token(email, Onboard.PASSWORD);
	}

	private static Map<String, Object> profile(String zone, String postalCode, List<String> services) {
		var form = new HashMap<String, Object>(Map.of("workshopName", "Lakehead Auto", "streetAddress", "1 Red River Rd",
				"city", "Thunder Bay", "province", "ON", "postalCode", postalCode, "timeZone", zone, "phone", "807-555-0100"));
		form.put("services", services);
		return form;
	}

	private static Map<String, String> day(String day, String opens, String closes) {
		return Map.of("day", day, "opens", opens, "closes", closes);
	}

	static Map<String, String> fields(Api.Reply reply) {
		Map<String, String> fields = new HashMap<>();
		reply.json().get("errors").forEach(e -> fields.put(e.get("field").asString(), e.get("message").asString()));
		return fields;
	}
}
