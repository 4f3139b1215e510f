package ca.mechanicplatform.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Multipart;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.SampleFiles;
import ca.mechanicplatform.testing.Unique;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every upload route in the OpenAPI document (certificates, insurance, workshop photos, consultation photos) refuses a
 * file whose content is not an accepted type whatever its name and declared type, an empty file and a file over the
 * limit with 400 on the file field and stores nothing; a file named {@code ../../etc/passwd} keeps only a harmless
 * display name. A new upload route without a case here fails the test.
 */
@PlatformTest
class UploadTests {

	private static final List<String> TABLES = List.of("stored_documents", "mechanic_certifications",
			"mechanic_insurance_policies", "workshop_photos", "consultation_messages");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Accounts accounts;

	/** How to upload to one route: its form fields and the file field's name. */
	record Route(String path, String token, Map<String, String> fields, String fileField) {

		Multipart with(int port, String fileName, String contentType, byte[] content) {
			Multipart form = new Multipart(port);
			fields.forEach(form::field);
			return form.file(fileField, fileName, contentType, content);
		}
	}

	@Test
	void everyUploadIsTypedByItsContentBoundedInSizeAndNeverStoredWhenRefused() {
		Api api = new Api(port);
		String mechanicEmail = Unique.email("upload-mechanic");
		assertThat(api.post("/api/signup/mechanic", null, Map.of("name", "Uma Upload", "email", mechanicEmail, "password",
				Onboard.PASSWORD, "postalCode", "H2X 1Y4")).status()).isEqualTo(201);
		Mechanic mechanic = mechanics.mine(accounts.findByEmail(mechanicEmail).orElseThrow().id());
		mechanics.chooseTier(mechanic.id(), ServiceTier.VIRTUAL_ONLY);
		mechanics.markVerified(mechanic.id());
		mechanics.setAvailability(mechanic.id(), true);
		String mechanicToken = api.token(mechanicEmail, Onboard.PASSWORD);
		String workshopEmail = Unique.email("upload-workshop");
		assertThat(api.post("/api/signup/workshop", null, Map.of("name", "Uma Admin", "email", workshopEmail, "password",
				Onboard.PASSWORD, "workshopName", "Upload Garage", "streetAddress", "1 Main St", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4")).status()).isEqualTo(201);
		String workshopToken = api.token(workshopEmail, Onboard.PASSWORD);
		String customerEmail = Unique.email("upload-customer");
		assertThat(api.post("/api/signup/customer", null, Map.of("name", "Uma Customer", "email", customerEmail, "password",
				Onboard.PASSWORD, "postalCode", "M4W 1A8")).status()).isEqualTo(201);
		String customerToken = api.token(customerEmail, Onboard.PASSWORD);
		var consultation = api.post("/api/customer/consultations", customerToken, Map.of("kind", "CHAT", "vehicleYear", "2016",
				"vehicleMake", "Honda", "vehicleModel", "Civic", "problem", "Grinding noise when braking at low speed"));
		assertThat(consultation.status()).as(consultation.body()).isEqualTo(201);
		long consultationId = consultation.json().get("id").asLong();
		assertThat(api.post("/api/mechanic/sessions/virtual/" + consultationId + "/accept", mechanicToken, Map.of()).status()).isEqualTo(200);

		String later = LocalDate.now().plusYears(1).toString();
		Map<String, Route> routes = new LinkedHashMap<>();
		routes.put("/api/mechanic/onboarding/virtual-only/certification", new Route("/api/mechanic/onboarding/virtual-only/certification",
				mechanicToken, Map.of("credential", "RED_SEAL", "trade", "AUTOMOTIVE_SERVICE_TECHNICIAN", "certificateNumber", "ON-310S-44821",
						"issuingProvince", "ON", "expiresOn", later), "document"));
		routes.put("/api/mechanic/profile/insurance", new Route("/api/mechanic/profile/insurance", mechanicToken, Map.of("insurer",
				"Intact Insurance", "policyNumber", "CGL-4471-0925", "liabilityCoverage", "2000000", "expiresOn", later), "document"));
		routes.put("/api/workshop/photos", new Route("/api/workshop/photos", workshopToken, Map.of(), "photo"));
		routes.put("/api/customer/consultations/{id}/photos", new Route("/api/customer/consultations/" + consultationId + "/photos",
				customerToken, Map.of(), "photo"));
		routes.put("/api/mechanic/sessions/virtual/{id}/photos", new Route("/api/mechanic/sessions/virtual/" + consultationId + "/photos",
				mechanicToken, Map.of(), "photo"));

		JsonNode document = api.get("/v3/api-docs", null).json();
		List<String> uploadRoutes = new ArrayList<>();
		for (var path : document.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				if (operation.getValue().path("requestBody").path("content").has("multipart/form-data")) {
					uploadRoutes.add(path.getKey());
				}
			}
		}
		assertThat(routes.keySet()).as("every upload route has a case here").containsExactlyInAnyOrderElementsOf(uploadRoutes);

		List<String> wrong = new ArrayList<>();
		for (Route route : routes.values()) {
			boolean photo = route.fileField().equals("photo");
			byte[] genuine = SampleFiles.png();
			Map<String, Supplier<Multipart>> refused = new LinkedHashMap<>();
			refused.put("text named like a PNG", () -> route.with(port, "photo.png", "image/png", SampleFiles.text()));
			refused.put("HTML declared as an image", () -> route.with(port, "x.jpg", "image/jpeg",
					"<html><script>alert(1)</script></html>".getBytes()));
			refused.put("a PDF where only images are accepted", () -> route.with(port, "scan.png", "image/png", SampleFiles.pdf()));
			refused.put("an empty file", () -> route.with(port, "empty.png", "image/png", new byte[0]));
			refused.put("a file over 10 MB", () -> route.with(port, "huge.pdf", "application/pdf", SampleFiles.pdfOfSize(10 * 1024 * 1024 + 1)));
			refused.put("no file", () -> {
				Multipart form = new Multipart(port);
				route.fields().forEach(form::field);
				return form;
			});
			for (var attempt : refused.entrySet()) {
				if (!photo && attempt.getKey().startsWith("a PDF")) {
					continue;
				}
				Map<String, Long> before = counts();
				var reply = attempt.getValue().get().post(route.path(), route.token());
				if (reply.status() != 400) {
					wrong.add(route.path() + " with " + attempt.getKey() + " → " + reply.status() + " " + reply.body());
				}
				else if (!reply.body().contains(route.fileField())) {
					wrong.add(route.path() + " with " + attempt.getKey() + " does not name the file field: " + reply.body());
				}
				if (!counts().equals(before)) {
					wrong.add(route.path() + " with " + attempt.getKey() + " stored something");
				}
			}
			var traversal = route.with(port, "../../etc/passwd", "text/plain", genuine).post(route.path(), route.token());
			if (traversal.status() != 201) {
				wrong.add(route.path() + " refused a genuine PNG named ../../etc/passwd: " + traversal.status() + " " + traversal.body());
			}
			else if (traversal.body().contains("..") || traversal.body().contains("/etc/")) {
				wrong.add(route.path() + " kept the path of the name: " + traversal.body());
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_documents WHERE original_name LIKE '%/%' OR original_name LIKE '%..%'")
			.query(Long.class).single()).as("no stored name carries a path").isZero();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TABLES.forEach(t -> counts.put(t, jdbc.sql("SELECT COUNT(*) FROM " + t.toLowerCase(Locale.ROOT)).query(Long.class).single()));
		return counts;
	}
}
