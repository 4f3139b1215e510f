package ca.mechanicplatform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.agreements.AgreementKind;
import ca.mechanicplatform.agreements.Agreements;
import ca.mechanicplatform.agreements.NewAgreement;
import ca.mechanicplatform.agreements.Party;
import ca.mechanicplatform.agreements.SigningRequest;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.PaymentRequest;
import ca.mechanicplatform.revenue.Payments;
import ca.mechanicplatform.revenue.PayoutLine;
import ca.mechanicplatform.revenue.Payouts;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel.VirtualIndependent;
import ca.mechanicplatform.revenue.Sale;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Onboard.SignedUp;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import jakarta.servlet.http.Cookie;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Money movements (payments, refunds, payouts and their confirmations), verification decisions and agreement actions
 * are written to the audit log in the transaction that makes them, and only operators can read it: the page
 * {@code /admin/audit} and {@code GET /api/admin/audit}, filtered by actor, action, subject and days, newest first.
 */
@PlatformTest
class AuditLogTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Payments payments;

	@Autowired
	Payouts payouts;

	@Autowired
	Revenue revenue;

	@Autowired
	Agreements agreements;

	Api api;
	Onboard onboard;
	String operator;
	UserId operatorId;

	@BeforeEach
	void operator() {
		api = new Api(port);
		onboard = new Onboard(port);
		operator = onboard.operatorToken();
		operatorId = accounts.findByEmail(Onboard.OPERATOR).orElseThrow().id();
	}

	@Test
	void verificationDecisionsAreAuditedWithTheOperatorWhoMadeThem() {
		SignedUp mechanic = onboard.signUp("audited-verification", "Riley Audit", "M6H 2N4");
		onboard.chooseVirtualOnly(mechanic);
		onboard.profile(mechanic, "ON", "M6H 2N4");
		long blurry = onboard.certificate(mechanic);
		long good = onboard.certificate(mechanic);
		onboard.consent(mechanic);
		onboard.payout(mechanic);
		onboard.submit(mechanic);
		assertThat(api.post("/api/admin/verifications/certifications/" + blurry + "/reject", operator,
				Map.of("reason", "The scan is unreadable")).status()).isEqualTo(200);
		onboard.verify(mechanic, good);
		long mechanicId = api.get("/api/mechanic/profile", mechanic.token()).json().get("id").asLong();

		JsonNode entries = search("subject=mechanic:" + mechanicId + ":&size=50").get("entries");
		assertThat(actions(entries)).contains("certification.rejected", "certification.approved", "background-check.recorded");
		for (JsonNode entry : entries) {
			assertThat(entry.get("actorUserId").asLong()).as(entry.toString()).isEqualTo(operatorId.value());
		}
		assertThat(find(entries, "certification.rejected").get("after").asString()).contains("The scan is unreadable");
		assertThat(find(entries, "background-check.recorded").get("after").asString()).startsWith("CLEAR");
		JsonNode verified = search("subject=mechanic:" + mechanicId + "&action=mechanic.").get("entries");
		assertThat(actions(verified)).containsExactly("mechanic.verified");
		assertThat(verified.get(0).get("actorUserId").isNull()).as("the platform sets the flag itself").isTrue();
	}

	@Test
	void paymentsRefundsPayoutsAndTheirConfirmationsAreAudited() {
		String key = "audit-test:" + System.nanoTime() + ":payment";
		CustomerId customer = accounts.registerCustomer(new ca.mechanicplatform.accounts.CustomerSignUp("Pat Payer",
				Unique.email("audit-payer"), Onboard.PASSWORD, "M4W 1A8", null)).id();
		payments.capture(new PaymentRequest(key, customer, Money.ofDollars("35"), "Video consultation", null));
		payments.capture(new PaymentRequest(key, customer, Money.ofDollars("35"), "Video consultation", null));
		payments.refund(key, "Mechanic could not connect");
		payments.refund(key, "Mechanic could not connect");
		JsonNode paymentEntries = search("subject=payment:" + key).get("entries");
		assertThat(actions(paymentEntries)).as("a retried capture or refund moves no money and is not audited twice")
			.containsExactly("payment.refunded", "payment.captured");
		assertThat(find(paymentEntries, "payment.captured").get("after").asString()).contains("$35.00").contains("customer " + customer.value());
		assertThat(find(paymentEntries, "payment.refunded").get("after").asString()).contains("Mechanic could not connect");

		MechanicId paid = earner("Quinn Paid");
		MechanicId bounced = earner("Jamie Bounced");
		var run = payouts.run(operatorId);
		PayoutLine paidLine = line(run.id(), paid);
		PayoutLine bouncedLine = line(run.id(), bounced);
		payouts.markPaid(paidLine.id(), operatorId);
		payouts.markFailed(bouncedLine.id(), operatorId, "Account closed");
		payouts.markPaid(paidLine.id(), operatorId);

		JsonNode paidEntries = search("subject=payout-line:" + paidLine.id()).get("entries");
		assertThat(actions(paidEntries)).containsExactly("payout.paid", "payout.created");
		assertThat(paidEntries.get(0).get("actorUserId").asLong()).isEqualTo(operatorId.value());
		assertThat(paidEntries.get(0).get("after").asString()).contains("$21.25").contains("Quinn Paid");
		JsonNode failedEntries = search("subject=payout-line:" + bouncedLine.id()).get("entries");
		assertThat(actions(failedEntries)).containsExactly("payout.failed", "payout.created");
		assertThat(failedEntries.get(0).get("after").asString()).contains("Account closed");
	}

	@Test
	void agreementActionsAreAuditedFromCreationToCompletion() {
		String mechanicEmail = Unique.email("audit-signer");
		String workshopEmail = Unique.email("audit-workshop");
		assertThat(api.post("/api/signup/mechanic", null, Map.of("name", "Alex Moreau", "email", mechanicEmail, "password",
				Onboard.PASSWORD, "postalCode", "M6H 2N4")).status()).isEqualTo(201);
		assertThat(api.post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", workshopEmail, "password",
				Onboard.PASSWORD, "workshopName", "Audit Motors", "streetAddress", "450 King St W", "city", "Toronto", "province",
				"ON", "postalCode", "M5V 1K4")).status()).isEqualTo(201);
		UserId mechanic = accounts.findByEmail(mechanicEmail).orElseThrow().id();
		UserId workshop = accounts.findByEmail(workshopEmail).orElseThrow().id();
		var agreement = agreements.prepare(new NewAgreement(AgreementKind.PARTNERSHIP, "partnership:audit-" + System.nanoTime(),
				"Bay rental partnership — Audit Motors", values(),
				new Party(mechanic, "Alex Moreau", "Mechanic"), new Party(workshop, "Morgan Chen", "Workshop")));
		String hash = agreement.documentSha256();
		agreements.sign(agreement.id(), mechanic, new SigningRequest("Alex Moreau", true, hash, "203.0.113.7", "Test"));
		agreements.sign(agreement.id(), workshop, new SigningRequest("Morgan Chen", true, hash, "203.0.113.8", "Test"));

		JsonNode entries = search("subject=agreement:" + agreement.id().value() + "&size=10").get("entries");
		assertThat(actions(entries)).containsExactly("agreement.completed", "agreement.signed", "agreement.signed",
				"agreement.created");
		assertThat(entries.get(1).get("actorUserId").asLong()).isEqualTo(workshop.value());
		assertThat(entries.get(2).get("actorUserId").asLong()).isEqualTo(mechanic.value());
		assertThat(entries.get(2).get("after").asString()).contains("203.0.113.7").contains(hash);
		assertThat(search("subject=agreement:" + agreement.id().value() + "&actor=" + workshopEmail).get("total").asLong())
			.as("filtered by the actor's e-mail address").isEqualTo(1);
	}

	@Test
	void theApiPagesNewestFirstAndFiltersByActionActorAndDays() {
		String prefix = "audit-paging-" + System.nanoTime();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String key = prefix + ":" + i;
			payments.capture(new PaymentRequest(key, null, Money.ofCents(100 + i), "Walk-in " + i, null));
		}
		JsonNode first = search("subject=payment:" + prefix + "&size=2&page=0");
		JsonNode second = search("subject=payment:" + prefix + "&size=2&page=1");
		JsonNode last = search("subject=payment:" + prefix + "&size=2&page=2");
		assertThat(first.get("total").asLong()).isEqualTo(5);
		assertThat(first.get("hasNext").asBoolean()).isTrue();
		assertThat(last.get("hasNext").asBoolean()).isFalse();
		for (JsonNode page : List.of(first, second, last)) {
			page.get("entries").forEach(e -> ids.add(e.get("id").asLong()));
		}
		assertThat(ids).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(subjects(first.get("entries"))).containsExactly("payment:" + prefix + ":4", "payment:" + prefix + ":3");

		assertThat(search("subject=payment:" + prefix + "&action=payment.refunded").get("total").asLong()).isZero();
		assertThat(search("subject=payment:" + prefix + "&actor=platform").get("total").asLong()).isEqualTo(5);
		assertThat(search("subject=payment:" + prefix + "&actor=" + operatorId.value()).get("total").asLong()).isZero();
		assertThat(search("subject=payment:" + prefix + "&actor=nobody@example.com").get("total").asLong())
			.as("an unknown actor matches nothing, not everything").isZero();
		String today = LocalDate.now(java.time.ZoneId.of("America/Toronto")).toString();
		String yesterday = LocalDate.now(java.time.ZoneId.of("America/Toronto")).minusDays(1).toString();
		assertThat(search("subject=payment:" + prefix + "&from=" + yesterday + "&to=" + today).get("total").asLong()).isEqualTo(5);
		assertThat(search("subject=payment:" + prefix + "&to=" + yesterday).get("total").asLong()).isZero();
		assertThat(search("subject=_%25&size=1").get("total").asLong()).as("wildcards are literal").isZero();
	}

	@Test
	void unreadableFiltersAre400WithEveryFieldAtFault() {
		var refused = api.get("/api/admin/audit?size=0&page=-1&from=yesterday&to=2001-13-01&actor=" + "x".repeat(300), operator);
		assertThat(refused.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("size", "page", "from", "to", "actor");
		assertThat(api.get("/api/admin/audit?from=2026-02-02&to=2026-02-01", operator).status()).isEqualTo(400);
		assertThat(api.get("/api/admin/audit?size=201", operator).status()).isEqualTo(400);
	}

	@Test
	void onlyOperatorsReadTheAuditLog() throws Exception {
		SignedUp mechanic = onboard.signUp("audit-snoop", "Sam Snoop", "M6H 2N4");
		assertThat(api.get("/api/admin/audit", mechanic.token()).status()).isEqualTo(403);
		assertThat(api.get("/api/admin/audit", null).status()).isEqualTo(401);
		mvc.perform(get("/admin/audit").cookie(session(mechanic.email(), Onboard.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit")).andExpect(status().is3xxRedirection());
	}

	@Test
	void theOperatorsPageFiltersAndShowsEntriesEscaped() throws Exception {
		String key = "audit-page-" + System.nanoTime();
		payments.capture(new PaymentRequest(key, null, Money.ofDollars("12"), "<script>alert(1)</script>", null));
		Cookie session = session(Onboard.OPERATOR, Onboard.OPERATOR_PASSWORD);
		mvc.perform(get("/admin/audit").param("subject", "payment:" + key).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("payment.captured")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(containsString("1</span> entries")));
		mvc.perform(get("/admin/audit").param("subject", "payment:" + key).param("action", "payout.").cookie(session))
			.andExpect(status().isOk()).andExpect(content().string(containsString("No entries match.")));
		mvc.perform(get("/admin/audit").param("from", "someday").cookie(session))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter a day as yyyy-mm-dd")));
		mvc.perform(get("/admin/dashboard").cookie(session)).andExpect(content().string(containsString("/admin/audit")));
	}

	private static Map<String, String> values() {
		return Map.ofEntries(Map.entry("agreement.date", "2026-11-22"), Map.entry("mechanic.name", "Alex Moreau"),
				Map.entry("mechanic.email", "alex@example.ca"), Map.entry("mechanic.province", "Ontario"),
				Map.entry("workshop.name", "Audit Motors"), Map.entry("workshop.address", "450 King St W, Toronto, ON M5V 1K4"),
				Map.entry("workshop.adminName", "Morgan Chen"), Map.entry("program.title", "Weekend bay rental"),
				Map.entry("program.type", "Bay rental"), Map.entry("program.economics", "Bay rate $45.00 per hour or $300.00 per day."),
				Map.entry("program.terms", "Bring your own hand tools."), Map.entry("platform.fee", "15%"),
				Map.entry("partnership.startDate", "2026-12-01"), Map.entry("governingProvince", "Ontario"));
	}

	private MechanicId earner(String name) {
		SignedUp mechanic = onboard.signUp("audit-earner", name, "M6H 2N4");
		MechanicId id = new MechanicId(api.get("/api/mechanic/profile", mechanic.token()).json().get("id").asLong());
		revenue.recordSale(new Sale("audit-sale-" + System.nanoTime(), new VirtualIndependent(), Money.ofDollars("25"), id, null,
				Instant.now().minusSeconds(60), null, null));
		return id;
	}

	private PayoutLine line(long runId, MechanicId mechanic) {
		return payouts.lines(runId).stream()
			.filter(l -> l.party() == ca.mechanicplatform.revenue.LedgerAccount.MECHANIC && l.partyId() == mechanic.value())
			.findFirst().orElseThrow(() -> new AssertionError("no payout line for mechanic " + mechanic));
	}

	private JsonNode search(String query) {
		var reply = api.get("/api/admin/audit?" + query, operator);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	private static List<String> actions(JsonNode entries) {
		List<String> actions = new ArrayList<>();
		entries.forEach(e -> actions.add(e.get("action").asString()));
		return actions;
	}

	private static List<String> subjects(JsonNode entries) {
		List<String> subjects = new ArrayList<>();
		entries.forEach(e -> subjects.add(e.get("subject").asString()));
		return subjects;
	}

	private static JsonNode find(JsonNode entries, String action) {
		for (JsonNode entry : entries) {
			if (entry.get("action").asString().equals(action)) {
				return entry;
			}
		}
		throw new AssertionError("no " + action + " in " + entries);
	}

	private Cookie session(String email, String password) throws Exception {
		var login = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andExpect(status().is3xxRedirection()).andReturn();
		return login.getResponse().getCookie("SESSION");
	}
}
