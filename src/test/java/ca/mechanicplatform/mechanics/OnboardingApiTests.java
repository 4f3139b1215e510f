package ca.mechanicplatform.mechanics;

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

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Multipart;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Onboard.SignedUp;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.SampleFiles;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Service tiers, virtual-only onboarding, certification uploads and the upgrade to workshop partner, over the API. */
@PlatformTest
class OnboardingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	Onboard onboard;

	@BeforeEach
	void client() {
		api = new Api(port);
		onboard = new Onboard(port);
	}

	@Test
	void aNewMechanicPicksVirtualOnlyOnboardsIsVerifiedAndSeesACompletedProfile() {
		SignedUp mechanic = onboard.signUp("virtual", "Jordan Blake", "B3H 1A1");
		var fresh = api.get("/api/mechanic/profile", mechanic.token()).json();
		assertThat(fresh.get("completionPercent").asInt()).isZero();
		assertThat(codes(fresh.get("missingItems"))).startsWith("service-tier", "bio");
		assertThat(fresh.get("mechanicType").asString()).as("the existing fields stay").isEqualTo("INDEPENDENT");

		var tiers = api.get("/api/mechanic/onboarding/service-tier", mechanic.token()).json();
		assertThat(tiers.get("options").get(0).get("earnings").get(0).asString()).contains("85%").contains("$21.25");
		onboard.chooseVirtualOnly(mechanic);
		onboard.profile(mechanic, "NS", "B3H 1A1");
		long certification = onboard.certificate(mechanic);
		onboard.consent(mechanic);
		onboard.payout(mechanic);
		var submitted = api.post("/api/mechanic/onboarding/virtual-only", mechanic.token(), Map.of());
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("submittedAt").isNull()).isFalse();
		assertThat(submitted.json().get("verified").asBoolean()).isFalse();
		assertThat(codes(submitted.json().get("missingItems"))).containsExactly("certification-verified", "background-check-clear");

		onboard.verify(mechanic, certification);

		var profile = api.get("/api/mechanic/profile", mechanic.token()).json();
		assertThat(profile.get("verified").asBoolean()).isTrue();
		assertThat(profile.get("completionPercent").asInt()).isEqualTo(100);
		assertThat(profile.get("missingItems").size()).isZero();
		assertThat(profile.get("specialties").get(0).asString()).isEqualTo("Electrical systems");
		assertThat(profile.get("province").asString()).isEqualTo("NS");
		var inbox = api.get("/api/notifications", mechanic.token()).json().get("notifications").toString();
		assertThat(inbox).contains("Your trade certificate is verified").contains("Your background check is clear")
			.contains("You're now verified");
		var state = api.get("/api/mechanic/onboarding/virtual-only", mechanic.token()).json();
		assertThat(state.get("certifications").get(0).get("status").asString()).isEqualTo("APPROVED");
		assertThat(state.get("certifications").get(0).get("decisionMinutes").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(state.get("backgroundCheck").get("status").asString()).isEqualTo("CLEAR");
	}

	@Test
	void licensedMobileIsShownButRefusedWith400AndAnUnknownTierToo() {
		SignedUp mechanic = onboard.signUp("mobile", "Robin Vale", "M5V 3L9");
		var tiers = api.get("/api/mechanic/onboarding/service-tier", mechanic.token()).json().get("options");
		assertThat(tiers.get(2).get("tier").asString()).isEqualTo("LICENSED_MOBILE");
		assertThat(tiers.get(2).get("selectable").asBoolean()).isFalse();

		var refused = api.post("/api/mechanic/onboarding/service-tier", mechanic.token(), Map.of("serviceTier", "LICENSED_MOBILE"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsKey("serviceTier");
		assertThat(api.post("/api/mechanic/onboarding/service-tier", mechanic.token(), Map.of("serviceTier", "ASTRONAUT")).status())
			.isEqualTo(400);
		assertThat(api.get("/api/mechanic/profile", mechanic.token()).json().get("serviceTier").isNull()).isTrue();
	}

	@Test
	void onboardingStepsWaitForATierToBeChosen() {
		SignedUp mechanic = onboard.signUp("no-tier", "Casey Wu", "M5V 3L9");
		var refused = api.put("/api/mechanic/onboarding/virtual-only/payout", mechanic.token(), Map.of("accountHolder", "Casey Wu",
				"institutionNumber", "004", "transitNumber", "12345", "accountNumber", "1234567"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("service tier");
	}

	@Test
	void badProfileInputIsRefusedFieldByFieldAndChangesNothing() {
		SignedUp mechanic = onboard.signUp("bad-profile", "Sam Rivera", "M5V 3L9");
		onboard.chooseVirtualOnly(mechanic);
		var refused = api.put("/api/mechanic/onboarding/virtual-only/profile", mechanic.token(), Map.of("name", "",
				"bio", "Short", "yearsOfExperience", 61, "specialties", List.of("Rocket science"), "vehicleMakes", List.of(),
				"languages", List.of("English"), "province", "BC", "postalCode", "M5V 3L9"));
		assertThat(refused.status()).isEqualTo(400);
		Map<String, String> fields = fields(refused);
		assertThat(fields).containsKeys("name", "bio", "yearsOfExperience", "specialties", "vehicleMakes", "postalCode");
		assertThat(fields.get("yearsOfExperience")).contains("0 to 60");
		assertThat(fields.get("postalCode")).isEqualTo("Postal code M5V 3L9 is in Ontario, not British Columbia");
		var profile = api.get("/api/mechanic/profile", mechanic.token()).json();
		assertThat(profile.get("name").asString()).isEqualTo("Sam Rivera");
		assertThat(profile.get("bio").isNull()).isTrue();
		assertThat(profile.get("languages").size()).isZero();
	}

	@Test
	void aCertificateIsAcceptedAsPdfJpegOrPngWhateverItIsCalled() {
		SignedUp mechanic = onboard.signUp("types", "Ari Chen", "M5V 3L9");
		onboard.chooseVirtualOnly(mechanic);
		String path = "/api/mechanic/onboarding/virtual-only/certification";
		var png = onboard.certificateUpload(mechanic.token(), "scan.png", "image/png", SampleFiles.png()).post(path, mechanic.token());
		assertThat(png.status()).isEqualTo(201);
		assertThat(png.json().get("document").get("contentType").asString()).isEqualTo("image/png");
		var jpeg = onboard.certificateUpload(mechanic.token(), "photo.dat", "application/octet-stream", SampleFiles.jpeg())
			.post(path, mechanic.token());
		assertThat(jpeg.status()).isEqualTo(201);
		assertThat(jpeg.json().get("document").get("contentType").asString()).as("typed from the content").isEqualTo("image/jpeg");
		var pdf = onboard.certificateUpload(mechanic.token(), "../../etc/passwd", "text/plain", SampleFiles.pdf())
			.post(path, mechanic.token());
		assertThat(pdf.status()).isEqualTo(201);
		assertThat(pdf.json().get("document").get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(pdf.json().get("document").get("name").asString()).as("the name is display text only").isEqualTo("passwd");
		assertThat(pdf.json().get("status").asString()).isEqualTo("PENDING");
	}

	@Test
	void aTextFileNamedLikeAPdfIsRefusedWith400AndNothingIsStored() {
		SignedUp mechanic = onboard.signUp("disguised", "Lee Park", "M5V 3L9");
		onboard.chooseVirtualOnly(mechanic);
		long documentsBefore = count("stored_documents");
		long certificationsBefore = count("mechanic_certifications");
		var refused = onboard.certificateUpload(mechanic.token(), "certificate.pdf", "application/pdf", SampleFiles.text())
			.post("/api/mechanic/onboarding/virtual-only/certification", mechanic.token());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused).get("document")).contains("not a PDF, JPEG or PNG").contains("content");
		assertThat(count("stored_documents")).isEqualTo(documentsBefore);
		assertThat(count("mechanic_certifications")).isEqualTo(certificationsBefore);
	}

	@Test
	void aFileOver10MegabytesIsRefusedWith400() {
		SignedUp mechanic = onboard.signUp("big", "Max Stone", "M5V 3L9");
		onboard.chooseVirtualOnly(mechanic);
		long documentsBefore = count("stored_documents");
		var refused = onboard.certificateUpload(mechanic.token(), "huge.pdf", "application/pdf",
				SampleFiles.pdfOfSize(10 * 1024 * 1024 + 1)).post("/api/mechanic/onboarding/virtual-only/certification", mechanic.token());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused).get("document")).contains("at most 10 MB");
		assertThat(count("stored_documents")).isEqualTo(documentsBefore);

		var exactly = onboard.certificateUpload(mechanic.token(), "limit.pdf", "application/pdf",
				SampleFiles.pdfOfSize(10 * 1024 * 1024)).post("/api/mechanic/onboarding/virtual-only/certification", mechanic.token());
		assertThat(exactly.status()).as("exactly 10 MB is allowed").isEqualTo(201);
	}

	@Test
	void aMissingFileAnExpiredCertificateAndABadNumberAreAllReportedAtOnce() {
		SignedUp mechanic = onboard.signUp("expired", "Dana Ross", "M5V 3L9");
		onboard.chooseVirtualOnly(mechanic);
		var refused = new Multipart(port).field("credential", "GOLD_STAR").field("trade", "AUTOMOTIVE_SERVICE_TECHNICIAN")
			.field("certificateNumber", "#!").field("issuingProvince", "XX")
			.field("expiresOn", LocalDate.now().minusDays(3).toString())
			.post("/api/mechanic/onboarding/virtual-only/certification", mechanic.token());
		assertThat(refused.status()).isEqualTo(400);
		Map<String, String> fields = fields(refused);
		assertThat(fields).containsKeys("credential", "certificateNumber", "issuingProvince", "expiresOn", "document");
		assertThat(fields.get("expiresOn")).contains("expired");
		assertThat(fields.get("document")).contains("Choose a PDF, JPEG or PNG file");
	}

	@Test
	void backgroundCheckConsentNeedsTheTickAndTheNameOnTheProfile() {
		SignedUp mechanic = onboard.signUp("consent", "Morgan Lee", "M5V 3L9");
		onboard.chooseVirtualOnly(mechanic);
		var refused = api.post("/api/mechanic/onboarding/virtual-only/background-check-consent", mechanic.token(),
				Map.of("consent", false, "fullName", "Someone Else"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsKeys("consent", "fullName");
		assertThat(count("mechanic_background_checks WHERE mechanic_id = " + mechanicId(mechanic))).isZero();

		var accepted = api.post("/api/mechanic/onboarding/virtual-only/background-check-consent", mechanic.token(),
				Map.of("consent", true, "fullName", "  morgan   LEE "));
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().get("backgroundCheck").get("status").asString()).isEqualTo("PENDING");
		assertThat(accepted.json().get("backgroundCheck").get("provider").asString()).contains("manual");
		api.post("/api/mechanic/onboarding/virtual-only/background-check-consent", mechanic.token(),
				Map.of("consent", true, "fullName", "Morgan Lee"));
		assertThat(count("mechanic_background_checks WHERE mechanic_id = " + mechanicId(mechanic)))
			.as("consenting again while a check runs orders no second one").isEqualTo(1L);
	}

	@Test
	void payoutDetailsAreCheckedAndTheAccountNumberIsOnlyShownMasked() {
		SignedUp mechanic = onboard.signUp("payout", "Quinn Bell", "M5V 3L9");
		onboard.chooseVirtualOnly(mechanic);
		var refused = api.put("/api/mechanic/onboarding/virtual-only/payout", mechanic.token(), Map.of("accountHolder", "",
				"institutionNumber", "04", "transitNumber", "1234x", "accountNumber", "123"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsKeys("accountHolder", "institutionNumber", "transitNumber", "accountNumber");

		var saved = api.put("/api/mechanic/onboarding/virtual-only/payout", mechanic.token(), Map.of("accountHolder", "Quinn Bell",
				"institutionNumber", "004", "transitNumber", "12345", "accountNumber", "9876-543-210"));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.json().get("payout").get("accountNumber").asString()).isEqualTo("••••210");
		assertThat(saved.body()).doesNotContain("9876543210");
		assertThat(api.get("/api/mechanic/onboarding/virtual-only", mechanic.token()).body()).doesNotContain("9876543210");
	}

	@Test
	void submittingBeforeEveryStepIsDoneIsRefusedNamingTheSteps() {
		SignedUp mechanic = onboard.signUp("early", "Jesse Fox", "M5V 3L9");
		onboard.chooseVirtualOnly(mechanic);
		onboard.profile(mechanic, "ON", "M5V 3L9");
		var refused = api.post("/api/mechanic/onboarding/virtual-only", mechanic.token(), Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("Certification, Background check, Payout");
		assertThat(api.get("/api/mechanic/onboarding/virtual-only", mechanic.token()).json().get("submittedAt").isNull()).isTrue();
	}

	@Test
	void aDocumentOpensOnlyForItsMechanicAndOperatorsAsAnAttachment() {
		SignedUp owner = onboard.signUp("doc-owner", "Riley Hart", "M5V 3L9");
		SignedUp other = onboard.signUp("doc-other", "Taylor Quinn", "M5V 3L9");
		onboard.chooseVirtualOnly(owner);
		var uploaded = onboard.certificateUpload(owner.token(), "red-seal.pdf", "application/pdf", SampleFiles.pdf())
			.post("/api/mechanic/onboarding/virtual-only/certification", owner.token()).json();
		String url = uploaded.get("document").get("url").asString();

		var mine = api.get(url, owner.token());
		assertThat(mine.status()).isEqualTo(200);
		assertThat(mine.contentType()).isEqualTo("application/pdf");
		assertThat(mine.body()).startsWith("%PDF-");
		var headers = headers(url, owner.token());
		assertThat(headers.get("content-disposition")).startsWith("attachment").contains("red-seal.pdf");
		assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");

		assertThat(api.get(url, other.token()).status()).as("another mechanic").isEqualTo(404);
		assertThat(api.get(url, onboard.operatorToken()).status()).as("a platform operator").isEqualTo(200);
		assertThat(api.get(url, null).status()).isEqualTo(401);
		assertThat(api.get("/api/documents/999999999", owner.token()).status()).isEqualTo(404);
	}

	@Test
	void upgradingNeedsAVerifiedCertificationAndInsuranceAndKeepsTheVirtualOnlyHistory() {
		SignedUp mechanic = onboard.signUp("upgrade", "Alex Moreau", "M6H 2N4");
		long certification = onboard.submitted(mechanic);

		var refused = api.post("/api/mechanic/profile/upgrade-tier", mechanic.token(), Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("verified").contains("liability insurance");
		assertThat(api.post("/api/mechanic/onboarding/service-tier", mechanic.token(), Map.of("serviceTier", "WORKSHOP_PARTNER"))
			.status()).as("choosing the tier directly has the same requirements").isEqualTo(409);

		onboard.verify(mechanic, certification);
		var stillRefused = api.post("/api/mechanic/profile/upgrade-tier", mechanic.token(), Map.of());
		assertThat(stillRefused.status()).isEqualTo(409);
		assertThat(stillRefused.json().get("detail").asString()).contains("liability insurance").doesNotContain("verified by");

		var badInsurance = insurance("2,000,000", LocalDate.now().minusDays(1), "policy.pdf", SampleFiles.text())
			.post("/api/mechanic/profile/insurance", mechanic.token());
		assertThat(badInsurance.status()).isEqualTo(400);
		assertThat(fields(badInsurance)).containsKeys("expiresOn", "document");
		var insurance = insurance("$2,000,000", LocalDate.now().plusYears(1), "policy.png", SampleFiles.png())
			.post("/api/mechanic/profile/insurance", mechanic.token());
		assertThat(insurance.status()).isEqualTo(201);
		assertThat(insurance.json().get("liabilityCoverageCents").asLong()).isEqualTo(200_000_000L);

		var upgraded = api.post("/api/mechanic/profile/upgrade-tier", mechanic.token(), Map.of());
		assertThat(upgraded.status()).isEqualTo(200);
		assertThat(upgraded.json().get("serviceTier").asString()).isEqualTo("WORKSHOP_PARTNER");
		var history = upgraded.json().get("tierHistory");
		assertThat(history.size()).isEqualTo(2);
		assertThat(history.get(0).get("to").asString()).isEqualTo("VIRTUAL_ONLY");
		assertThat(history.get(1).get("from").asString()).isEqualTo("VIRTUAL_ONLY");
		assertThat(history.get(1).get("to").asString()).isEqualTo("WORKSHOP_PARTNER");
		assertThat(upgraded.json().get("completionPercent").asInt()).isEqualTo(100);
		assertThat(api.post("/api/mechanic/profile/upgrade-tier", mechanic.token(), Map.of()).status()).isEqualTo(409);
	}

	@Test
	void otherRolesCannotUseTheMechanicOnboardingApi() {
		String customer = ca.mechanicplatform.testing.Unique.email("customer-onboarding");
		api.post("/api/signup/customer", null, Map.of("name", "Pat Doe", "email", customer, "password", Onboard.PASSWORD,
				"postalCode", "V6B 2W9"));
		String token = api.token(customer, Onboard.PASSWORD);
		assertThat(api.post("/api/mechanic/onboarding/service-tier", token, Map.of("serviceTier", "VIRTUAL_ONLY")).status())
			.isEqualTo(403);
		assertThat(api.get("/api/mechanic/onboarding/virtual-only", token).status()).isEqualTo(403);
		assertThat(api.post("/api/mechanic/profile/upgrade-tier", token, Map.of()).status()).isEqualTo(403);
	}

	private Multipart insurance(String coverage, LocalDate expiresOn, String fileName, byte[] content) {
		return new Multipart(port).field("insurer", "Intact Insurance").field("policyNumber", "GL-2044-118")
			.field("liabilityCoverage", coverage).field("expiresOn", expiresOn.toString())
			.file("document", fileName, "application/pdf", content);
	}

	private Map<String, String> headers(String path, String token) {
		try {
			var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token).build(),
					java.net.http.HttpResponse.BodyHandlers.discarding());
			Map<String, String> headers = new HashMap<>();
			response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
			return headers;
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private long mechanicId(SignedUp mechanic) {
		return api.get("/api/mechanic/profile", mechanic.token()).json().get("id").asLong();
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	static List<String> codes(JsonNode missing) {
		List<String> codes = new ArrayList<>();
		missing.forEach(item -> codes.add(item.get("code").asString()));
		return codes;
	}

	static Map<String, String> fields(Api.Reply reply) {
		Map<String, String> fields = new HashMap<>();
		reply.json().get("errors").forEach(e -> fields.put(e.get("field").asString(), e.get("message").asString()));
		return fields;
	}
}
