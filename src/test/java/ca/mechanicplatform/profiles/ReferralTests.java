package ca.mechanicplatform.profiles;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.consultations.ConsultationCompleted;
import ca.mechanicplatform.consultations.ConsultationId;
import ca.mechanicplatform.consultations.RevenueMode;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.Bonuses;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Referral codes end to end: attribution at sign-up (API and page), unknown codes ignored, the mechanic's view of
 * referrals and conversions, and the referral bonus posted once through revenue however many consultations complete
 * and however often the completion event is delivered.
 */
@PlatformTest
class ReferralTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Referrals referrals;

	@Autowired
	Bonuses bonuses;

	@Autowired
	Revenue revenue;

	@Autowired
	JdbcClient jdbc;

	ProfileScenario scenario;

	@BeforeEach
	void scenario() {
		scenario = new ProfileScenario(port, mechanics);
	}

	@Test
	void aCustomerWhoSignsUpWithTheCodeIsAttributedOnceAndAnUnknownCodeIsIgnored() {
		var mechanic = scenario.quickMechanic("Alex Moreau", true);
		var other = scenario.quickMechanic("Kim Tran", true);
		JsonNode before = referralsOf(mechanic);
		String code = before.get("code").asString();
		assertThat(code).matches("[A-Z0-9]{8}");
		assertThat(before.get("link").asString()).isEqualTo("http://localhost:8080/signup/customer?ref=" + code);
		assertThat(before.get("referred").asLong()).isZero();
		assertThat(referralsOf(mechanic).get("code").asString()).as("the code stays the same").isEqualTo(code);

		var stranger = scenario.customer("Lee Wong", "NOPE2345");
		var referred = scenario.customer("Sam Patel", " " + code.toLowerCase() + " ");
		awaitReferralListeners();

		JsonNode after = referralsOf(mechanic);
		assertThat(after.get("referred").asLong()).isEqualTo(1);
		assertThat(after.get("converted").asLong()).isZero();
		assertThat(after.get("referrals").get(0).get("customer").asString()).isEqualTo("Sam P.");
		assertThat(after.get("referrals").get(0).get("converted").asBoolean()).isFalse();
		assertThat(after.toString()).doesNotContain(referred.email(), "Patel");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM referrals WHERE customer_id = ?").param(stranger.id()).query(Long.class).single())
			.as("an unknown code attributes nobody").isZero();
		assertThat(referrals.attribute(new CustomerId(referred.id()), referralsOf(other).get("code").asString()))
			.as("a customer is attributed once").isFalse();
		assertThat(referralsOf(other).get("referred").asLong()).isZero();
	}

	@Test
	void theSignUpPageCarriesTheCodeFromTheLinkAndTheMechanicSeesTheReferral() throws Exception {
		var mechanic = scenario.quickMechanic("Alex Moreau", true);
		String code = referralsOf(mechanic).get("code").asString();
		String form = mvc.perform(get("/signup/customer").param("ref", code)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(form).contains("name=\"referralCode\" value=\"" + code + "\"", "You were invited by a mechanic");
		assertThat(mvc.perform(get("/signup/customer").param("ref", "<b>x</b>")).andReturn().getResponse().getContentAsString())
			.doesNotContain("name=\"referralCode\"");

		String email = Unique.email("referred-page");
		mvc.perform(post("/signup/customer").with(csrf()).param("name", "Jo Lee").param("email", email)
				.param("password", ProfileScenario.PASSWORD).param("postalCode", "M4W 1A8").param("phone", "")
				.param("referralCode", code))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/customer/dashboard"));
		awaitReferralListeners();
		assertThat(referralsOf(mechanic).get("referred").asLong()).isEqualTo(1);

		Cookie session = logIn(mechanic.email());
		String page = mvc.perform(get("/mechanic/referrals").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(code, "Jo L.", "Not yet", "id=\"referred\">1<").doesNotContain(email);
	}

	@Test
	void theBonusIsPostedOnceWhenTheReferredCustomersFirstPaidConsultationCompletes() {
		var referrer = scenario.quickMechanic("Alex Moreau", true);
		var server = scenario.quickMechanic("Kim Tran", true);
		String code = referralsOf(referrer).get("code").asString();
		var customer = scenario.customer("Sam Patel", code);
		awaitReferralListeners();
		Money referrerBefore = revenue.balance(referrer.id());

		long first = scenario.completedConsultation(customer, server);
		long second = scenario.completedConsultation(customer, server);
		awaitReferralListeners();
		String key = "referral-bonus/" + Referrals.bonusKey(new CustomerId(customer.id()));
		await().atMost(Duration.ofSeconds(15)).until(() -> countTransactions(key) == 1);

		// The completion event delivered again, for both consultations: nothing more is paid.
		for (long id : new long[] { first, second, first }) {
			assertThat(referrals.convert(new ConsultationCompleted(new ConsultationId(id), server.id(), new CustomerId(customer.id()),
					1500, RevenueMode.VIRTUAL_INDEPENDENT, null, null))).isEmpty();
		}
		assertThat(countTransactions(key)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT kind FROM ledger_transactions WHERE business_key = ?").param(key).query(String.class).single())
			.isEqualTo("REFERRAL_BONUS");
		assertThat(jdbc.sql("""
				SELECT e.account || ':' || COALESCE(CAST(e.party_id AS VARCHAR(20)), '-') || ':' || e.amount_cents
				FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id WHERE t.business_key = ? ORDER BY e.id""")
			.param(key).query(String.class).list())
			.containsExactly("PLATFORM_REVENUE:-:-1000", "MECHANIC:" + referrer.id().value() + ":1000");
		assertThat(revenue.balance(referrer.id())).isEqualTo(referrerBefore.plus(Money.ofDollars("10.00")));
		assertThat(jdbc.sql("SELECT consultation_id FROM referrals WHERE customer_id = ?").param(customer.id()).query(Long.class).single())
			.as("the first completed consultation converts the referral").isEqualTo(first);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'referral-bonus.paid' AND subject LIKE ?")
			.param("%" + key).query(Long.class).single()).isEqualTo(1);
		assertLedgerBalanced();

		JsonNode view = referralsOf(referrer);
		assertThat(view.get("converted").asLong()).isEqualTo(1);
		assertThat(view.get("conversionPercent").asLong()).isEqualTo(100);
		assertThat(view.get("bonusEarnedCents").asLong()).isEqualTo(1000);
		assertThat(view.get("bonusEarned").asString()).isEqualTo("$10.00");
		assertThat(view.get("referrals").get(0).get("bonus").asString()).isEqualTo("$10.00");

		assertThatThrownBy(() -> bonuses.payReferralBonus(Referrals.bonusKey(new CustomerId(customer.id())), referrer.id(),
				Money.ofDollars("25.00"), "again", java.time.Instant.now()))
			.as("the same key with another amount is refused").isInstanceOf(BusinessRuleException.class);
		assertThat(bonuses.payReferralBonus(Referrals.bonusKey(new CustomerId(customer.id())), referrer.id(),
				Money.ofDollars("10.00"), "again", java.time.Instant.now()).alreadyRecorded()).isTrue();
		assertThat(countTransactions(key)).isEqualTo(1);
	}

	@Test
	void aCustomerWhoWasNotReferredConvertsNothing() {
		var server = scenario.quickMechanic("Kim Tran", true);
		var customer = scenario.customer("Lee Wong", null);
		long id = scenario.completedConsultation(customer, server);
		awaitReferralListeners();
		assertThat(referrals.convert(new ConsultationCompleted(new ConsultationId(id), server.id(), new CustomerId(customer.id()),
				1500, RevenueMode.VIRTUAL_INDEPENDENT, null, null))).isEmpty();
		assertThat(countTransactions("referral-bonus/" + Referrals.bonusKey(new CustomerId(customer.id())))).isZero();
	}

	private JsonNode referralsOf(ProfileScenario.MechanicAccount mechanic) {
		var reply = scenario.api().get("/api/mechanic/referrals", mechanic.token());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	/** Waits until every delivery of an event to the referral listeners has run. */
	private void awaitReferralListeners() {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%profiles.Referrals%' AND completion_date IS NULL")
			.query(Long.class).single() == 0);
	}

	private long countTransactions(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM ledger_transactions WHERE business_key = ?").param(key).query(Long.class).single();
	}

	private void assertLedgerBalanced() {
		assertThat(jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries").query(Long.class).single())
			.as("the sum of all ledger entries").isZero();
		assertThat(jdbc.sql("SELECT transaction_id FROM ledger_entries GROUP BY transaction_id HAVING SUM(amount_cents) <> 0")
			.query(Long.class).list()).as("unbalanced transactions").isEmpty();
	}

	private Cookie logIn(String email) throws Exception {
		var login = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", ProfileScenario.PASSWORD))
			.andExpect(status().is3xxRedirection()).andReturn();
		return login.getResponse().getCookie("SESSION");
	}
}
