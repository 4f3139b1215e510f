package ca.mechanicplatform.mechanics;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Onboard.SignedUp;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.TestMailServer;
import tools.jackson.databind.JsonNode;

import static ca.mechanicplatform.mechanics.OnboardingApiTests.codes;
import static ca.mechanicplatform.mechanics.OnboardingApiTests.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The operators' verification queue over the API: decisions, their timing, and who may take them. */
@PlatformTest
class VerificationApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MechanicVerification verification;

	@Autowired
	Mechanics mechanics;

	Api api;
	Onboard onboard;

	@BeforeEach
	void client() {
		api = new Api(port);
		onboard = new Onboard(port);
	}

	@Test
	void theQueueListsPendingCertificationsWithTheirDocumentsAndTheTargetOf24Hours() {
		SignedUp mechanic = onboard.signUp("queued", "Jamie Ortiz", "M6H 2N4");
		long certification = onboard.submitted(mechanic);
		var queue = api.get("/api/admin/verifications", onboard.operatorToken());
		assertThat(queue.status()).isEqualTo(200);
		JsonNode item = find(queue.json().get("certifications"), certification);
		assertThat(item.get("mechanic").get("email").asString()).isEqualTo(mechanic.email());
		assertThat(item.get("document").get("url").asString()).startsWith("/api/documents/");
		assertThat(item.get("waitingMinutes").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(item.get("overdue").asBoolean()).isFalse();
		assertThat(queue.json().get("stats").get("targetHours").asInt()).isEqualTo(24);
		assertThat(queue.json().get("backgroundChecksRecordedByOperator").asBoolean()).isTrue();
		assertThat(onboard.backgroundCheckId(mechanic)).isPositive();
	}

	@Test
	void aRejectionNeedsAReasonWhichTheMechanicThenSees() {
		SignedUp mechanic = onboard.signUp("rejected", "Pat Kim", "M6H 2N4");
		long certification = onboard.submitted(mechanic);
		String operator = onboard.operatorToken();
		String reject = "/api/admin/verifications/certifications/" + certification + "/reject";

		var noReason = api.post(reject, operator, Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(fields(noReason)).containsKey("reason");
		assertThat(status(certification)).isEqualTo("PENDING");

		var rejected = api.post(reject, operator, Map.of("reason", "The certificate number is unreadable; please upload a clearer scan."));
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("decisionMinutes").isNull()).isFalse();

		var state = api.get("/api/mechanic/onboarding/virtual-only", mechanic.token()).json();
		assertThat(state.get("certifications").get(0).get("rejectionReason").asString()).contains("unreadable");
		assertThat(state.get("verified").asBoolean()).isFalse();
		assertThat(codes(state.get("missingItems"))).contains("certification", "certification-verified");

		var decision = api.get("/api/admin/verifications", operator).json().get("recentDecisions");
		assertThat(decision.toString()).contains("unreadable");
		var inbox = api.get("/api/notifications", mechanic.token()).json().get("notifications").get(0);
		assertThat(inbox.get("subject").asString()).isEqualTo("Your trade certificate was not accepted");
		assertThat(inbox.get("body").asString()).contains("The certificate number is unreadable");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TestMailServer.to(mechanic.email()))
			.anyMatch(mail -> mail.subject().equals("Your trade certificate was not accepted") && mail.body().contains("unreadable")));
	}

	@Test
	void aCertificationIsDecidedOnceAndAnUnknownOneIsNotFound() {
		SignedUp mechanic = onboard.signUp("twice", "Drew Lane", "M6H 2N4");
		long certification = onboard.submitted(mechanic);
		String operator = onboard.operatorToken();
		String approve = "/api/admin/verifications/certifications/" + certification + "/approve";
		assertThat(api.post(approve, operator, Map.of()).status()).isEqualTo(200);
		var again = api.post("/api/admin/verifications/certifications/" + certification + "/reject", operator,
				Map.of("reason", "Changed my mind"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(status(certification)).isEqualTo("APPROVED");
		assertThat(api.post("/api/admin/verifications/certifications/987654321/approve", operator, Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	void aMechanicIsVerifiedOnlyWithAnApprovedCertificationAndAClearBackgroundCheck() {
		SignedUp mechanic = onboard.signUp("both", "Sky Patel", "M6H 2N4");
		long certification = onboard.submitted(mechanic);
		String operator = onboard.operatorToken();
		api.post("/api/admin/verifications/certifications/" + certification + "/approve", operator, Map.of());
		assertThat(verified(mechanic)).as("certification alone").isFalse();

		long check = onboard.backgroundCheckId(mechanic);
		var badResult = api.post("/api/admin/verifications/background-checks/" + check, operator, Map.of("result", "PENDING"));
		assertThat(badResult.status()).isEqualTo(400);
		var notClear = api.post("/api/admin/verifications/background-checks/" + check, operator,
				Map.of("result", "NOT_CLEAR", "notes", "Record found; see file 2291"));
		assertThat(notClear.status()).isEqualTo(200);
		assertThat(verified(mechanic)).isFalse();
		assertThat(api.get("/api/notifications", mechanic.token()).json().get("notifications").get(0).get("body").asString())
			.contains("not clear").contains("Record found; see file 2291");
		assertThat(api.post("/api/admin/verifications/background-checks/" + check, operator, Map.of("result", "CLEAR")).status())
			.as("a recorded result is final").isEqualTo(409);
		var availability = api.put("/api/mechanic/profile/availability", mechanic.token(), Map.of("available", true));
		assertThat(availability.status()).as("an unverified mechanic cannot take consultations").isEqualTo(409);
	}

	@Test
	void aMechanicWhoseOnlyCertificateExpiresIsNoLongerVerifiedAndIsTold() {
		SignedUp mechanic = onboard.verified("expiring", "Noel Frost");
		SignedUp outside = onboard.signUp("outside", "Olive Stone", "M5V 3L9");
		long outsideId = api.get("/api/mechanic/profile", outside.token()).json().get("id").asLong();
		mechanics.markVerified(ca.mechanicplatform.kernel.MechanicId.of(outsideId));
		assertThat(verified(mechanic)).isTrue();
		jdbc.sql("""
				UPDATE mechanic_certifications SET expires_on = ? WHERE mechanic_id = (
				  SELECT m.id FROM mechanics m JOIN users u ON u.id = m.user_id WHERE u.email = ?)""")
			.params(java.time.LocalDate.now().minusDays(1), mechanic.email()).update();

		assertThat(verification.expireCertifications()).isGreaterThanOrEqualTo(1);
		assertThat(verified(mechanic)).isFalse();
		assertThat(verified(outside)).as("verified outside the certificate flow, so nothing expired").isTrue();
		assertThat(api.get("/api/notifications", mechanic.token()).json().get("notifications").get(0).get("subject").asString())
			.isEqualTo("Your trade certificate has expired");
		assertThat(verification.expireCertifications()).as("told once").isZero();
	}

	@Test
	void onlyPlatformOperatorsUseTheVerificationApi() {
		SignedUp mechanic = onboard.signUp("not-operator", "Ash Young", "M6H 2N4");
		long certification = onboard.submitted(mechanic);
		assertThat(api.get("/api/admin/verifications", mechanic.token()).status()).isEqualTo(403);
		var selfApproval = api.post("/api/admin/verifications/certifications/" + certification + "/approve", mechanic.token(), Map.of());
		assertThat(selfApproval.status()).isEqualTo(403);
		assertThat(status(certification)).isEqualTo("PENDING");
		assertThat(api.get("/api/admin/verifications", null).status()).isEqualTo(401);
	}

	private boolean verified(SignedUp mechanic) {
		return api.get("/api/mechanic/profile", mechanic.token()).json().get("verified").asBoolean();
	}

	private String status(long certification) {
		return jdbc.sql("SELECT status FROM mechanic_certifications WHERE id = ?").param(certification).query(String.class).single();
	}

	private static JsonNode find(JsonNode items, long id) {
		for (JsonNode item : items) {
			if (item.get("id").asLong() == id) {
				return item;
			}
		}
		throw new AssertionError("Not in the queue: " + id);
	}
}
