package ca.mechanicplatform.agreements;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.TestMailServer;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Electronic signature of an agreement over the API: order, identity, consent, document hash, concurrency. */
@PlatformTest
class AgreementsTests {

	@LocalServerPort
	int port;

	@Autowired
	Agreements agreements;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	Api api;
	String mechanicEmail;
	String workshopEmail;
	String mechanicToken;
	String workshopToken;
	long id;
	String hash;

	@BeforeEach
	void anAgreementAwaitingTheMechanic() {
		api = new Api(port);
		mechanicEmail = Unique.email("signer-mechanic");
		workshopEmail = Unique.email("signer-workshop");
		api.post("/api/signup/mechanic", null, Map.of("name", "Alex Moreau", "email", mechanicEmail, "password", "a-long-password",
				"postalCode", "M6H 2N4"));
		api.post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", workshopEmail, "password", "a-long-password",
				"workshopName", "AutoFix Toronto Inc.", "streetAddress", "450 King St W", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4"));
		mechanicToken = api.token(mechanicEmail, "a-long-password");
		workshopToken = api.token(workshopEmail, "a-long-password");
		var agreement = agreements.prepare(new NewAgreement(AgreementKind.PARTNERSHIP, "partnership:test-" + System.nanoTime(),
				"Bay rental partnership — AutoFix Toronto Inc.", values(),
				new Party(user(mechanicEmail), "Alex Moreau", "Mechanic"), new Party(user(workshopEmail), "Morgan Chen", "Workshop")));
		id = agreement.id().value();
		hash = agreement.documentSha256();
	}

	@Test
	void theMechanicSignsThenTheWorkshopAndBothDownloadTheSignedCopyWithItsCertificate() throws IOException {
		assertThat(Agreements.sha256(api.bytes("/api/agreements/" + id + "/document", mechanicToken))).isEqualTo(hash);

		var first = sign(mechanicToken, " alex  MOREAU ", true, hash);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("status").asString()).isEqualTo("AWAITING_SECOND");

		var second = sign(workshopToken, "Morgan Chen", true, hash);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(second.json().get("signatures").size()).isEqualTo(2);
		assertThat(second.json().get("signatures").get(0).get("documentSha256").asString()).isEqualTo(hash);
		assertThat(second.json().get("signatures").get(0).get("ipAddress").asString()).isEqualTo("127.0.0.1");

		for (String token : List.of(mechanicToken, workshopToken)) {
			byte[] signed = api.bytes("/api/agreements/" + id + "/signed-document", token);
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
			java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "agreement-signed.pdf"), signed);
			try (var pdf = Loader.loadPDF(signed)) {
				String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
				assertThat(text).contains("Signature certificate").contains("alex MOREAU").contains("Morgan Chen")
					.contains("Alex Moreau").contains("AutoFix Toronto Inc.").contains("Bay rental")
					.contains("Bring your own hand tools. <script>alert(1)</script>");
				assertThat(text.replace(" ", "")).contains(hash);
				assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			}
		}
		var audit = api.get("/api/agreements/" + id + "/audit", mechanicToken).json();
		List<String> actions = new ArrayList<>();
		audit.forEach(entry -> actions.add(entry.get("action").asString()));
		assertThat(actions).containsSubsequence("CREATED", "SIGNED", "SIGNED", "COMPLETED", "DOWNLOADED");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(TestMailServer.to(mechanicEmail)).extracting(TestMailServer.Mail::subject)
				.contains("Agreement ready to sign: Bay rental partnership — AutoFix Toronto Inc.");
			assertThat(TestMailServer.to(workshopEmail)).extracting(TestMailServer.Mail::subject)
				.anyMatch(subject -> subject.startsWith("Agreement signed by both parties"));
		});
	}

	@Test
	void theWorkshopCannotSignBeforeTheMechanic() {
		var refused = sign(workshopToken, "Morgan Chen", true, hash);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).isEqualTo("Alex Moreau (mechanic) signs first");
		assertThat(api.get("/api/agreements/" + id, mechanicToken).json().get("status").asString()).isEqualTo("AWAITING_FIRST");
	}

	@Test
	void aSignatureNeedsTheSignersOwnNameConsentAndTheCurrentDocument() {
		var wrongName = sign(mechanicToken, "Morgan Chen", true, hash);
		assertThat(wrongName.status()).isEqualTo(400);
		assertThat(wrongName.json().get("errors").get(0).get("field").asString()).isEqualTo("typedName");
		assertThat(sign(mechanicToken, "Alex Moreau", false, hash).json().get("errors").get(0).get("field").asString()).isEqualTo("consent");
		var stale = sign(mechanicToken, "Alex Moreau", true, "0".repeat(64));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).contains("document changed");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement_signatures WHERE agreement_id = ?").param(id).query(Long.class).single()).isZero();
	}

	@Test
	void someoneWhoIsNotAPartyIsToldTheAgreementDoesNotExist() {
		String stranger = Unique.email("stranger");
		api.post("/api/signup/mechanic", null, Map.of("name", "Alex Moreau", "email", stranger, "password", "a-long-password",
				"postalCode", "M6H 2N4"));
		String token = api.token(stranger, "a-long-password");
		assertThat(api.get("/api/agreements/" + id, token).status()).isEqualTo(404);
		assertThat(api.get("/api/agreements/" + id + "/document", token).status()).isEqualTo(404);
		assertThat(sign(token, "Alex Moreau", true, hash).status()).isEqualTo(404);
	}

	@Test
	void aTamperedDocumentIsDetectedAndCannotBeSigned() {
		jdbc.sql("UPDATE agreements SET document = ? WHERE id = ?").params("%PDF-1.7 altered".getBytes(), id).update();
		UserId mechanic = user(mechanicEmail);
		assertThat(agreements.verifyIntegrity(new AgreementId(id), mechanic, false)).isFalse();
		var refused = sign(mechanicToken, "Alex Moreau", true, hash);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("no longer matches");
	}

	@Test
	void signingTwiceAtTheSameMomentRecordsOneSignature() throws Exception {
		int attempts = 6;
		var ready = new CountDownLatch(attempts);
		List<Callable<Integer>> signers = new ArrayList<>();
		for (int i = 0; i < attempts; i++) {
			signers.add(() -> {
				ready.countDown();
				ready.await();
				return sign(mechanicToken, "Alex Moreau", true, hash).status();
			});
		}
		var pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Integer> statuses = new ArrayList<>();
			for (var result : pool.invokeAll(signers)) {
				statuses.add(result.get());
			}
			assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM agreement_signatures WHERE agreement_id = ?").param(id).query(Long.class).single()).isEqualTo(1L);
	}

	private Api.Reply sign(String token, String name, boolean consent, String documentHash) {
		return api.post("/api/agreements/" + id + "/signatures", token, Map.of("typedName", name, "consent", consent,
				"documentSha256", documentHash));
	}

	private UserId user(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	private static Map<String, String> values() {
		return Map.ofEntries(Map.entry("agreement.date", "2026-11-22"), Map.entry("mechanic.name", "Alex Moreau"),
				Map.entry("mechanic.email", "alex@example.ca"), Map.entry("mechanic.province", "Ontario"),
				Map.entry("workshop.name", "AutoFix Toronto Inc."), Map.entry("workshop.address", "450 King St W, Toronto, ON M5V 1K4"),
				Map.entry("workshop.adminName", "Morgan Chen"), Map.entry("program.title", "Weekend bay rental"),
				Map.entry("program.type", "Bay rental"), Map.entry("program.economics", "Bay rate $45.00 per hour or $300.00 per day."),
				Map.entry("program.terms", "Bring your own hand tools. <script>alert(1)</script>"), Map.entry("platform.fee", "15%"),
				Map.entry("partnership.startDate", "2026-12-01"), Map.entry("governingProvince", "Ontario"));
	}
}
