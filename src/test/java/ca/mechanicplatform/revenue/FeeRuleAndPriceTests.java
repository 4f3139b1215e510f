package ca.mechanicplatform.revenue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fee rules are add-only and audited; the price list is edited by operators only. Tests touch only rules that start in
 * the future, or the workshop-job/employee rule no revenue model uses, so other tests keep the shipped defaults.
 */
@PlatformTest
class FeeRuleAndPriceTests {

	@LocalServerPort
	int port;

	@Autowired
	FeeRules feeRules;

	@Autowired
	ConsultationPrices prices;

	@Autowired
	AccountingCalendar calendar;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;
	String operator;

	@BeforeEach
	void operatorToken() {
		api = new Api(port);
		operator = api.token("operator@test.local", "operator-password");
	}

	@Test
	void aFutureRuleSupersedesTheDefaultFromItsStartAndIsAudited() {
		String start = calendar.today().plusDays(40).toString();
		var reply = api.post("/api/admin/fee-rules", operator, Map.of("serviceKind", "VIRTUAL_CONSULTATION",
				"relationship", "INDEPENDENT", "percentage", "12.5", "effectiveFrom", start, "reason", "Winter promotion"));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		Instant effective = Instant.parse(reply.json().get("effectiveFrom").asString());
		assertThat(effective).isEqualTo(calendar.startOf(calendar.today().plusDays(40)));

		assertThat(feeRules.inForce(ServiceKind.VIRTUAL_CONSULTATION, MechanicRelationship.INDEPENDENT, calendar.now()).percentage())
			.as("still the default today").isEqualTo(Percentage.of(15));
		assertThat(feeRules.inForce(ServiceKind.VIRTUAL_CONSULTATION, MechanicRelationship.INDEPENDENT, effective.minusSeconds(1))
			.percentage()).isEqualTo(Percentage.of(15));
		assertThat(feeRules.inForce(ServiceKind.VIRTUAL_CONSULTATION, MechanicRelationship.INDEPENDENT, effective).percentage())
			.isEqualTo(Percentage.of("12.5"));

		var audit = feeRules.auditTrail().stream().filter(entry -> entry.after().contains("Winter promotion")).findFirst().orElseThrow();
		assertThat(audit.subject()).isEqualTo("fee-rules/VIRTUAL_CONSULTATION/INDEPENDENT");
		assertThat(audit.before()).startsWith("15% from 2000-01-01");
		assertThat(audit.after()).startsWith("12.5% from ");
		assertThat(audit.actor()).isNotNull();
	}

	@Test
	void aRuleStartingTodayAppliesAtOnceAndTheOldOneStaysInTheHistory() {
		long before = count();
		var reply = api.post("/api/admin/fee-rules", operator, Map.of("serviceKind", "WORKSHOP_JOB",
				"relationship", "WORKSHOP_EMPLOYEE", "percentage", "14", "effectiveFrom", calendar.today().toString(),
				"reason", "Align with partnership jobs"));
		assertThat(reply.status()).isEqualTo(201);
		assertThat(feeRules.inForce(ServiceKind.WORKSHOP_JOB, MechanicRelationship.WORKSHOP_EMPLOYEE, calendar.now().plusSeconds(1))
			.percentage()).isEqualTo(Percentage.of(14));
		assertThat(count()).isEqualTo(before + 1);
		assertThat(feeRules.history()).anyMatch(rule -> rule.serviceKind() == ServiceKind.WORKSHOP_JOB
				&& rule.relationship() == MechanicRelationship.WORKSHOP_EMPLOYEE && rule.createdBy() == null);
	}

	@Test
	void aRuleStartingInThePastOrOutOfRangeIsRefusedAndNothingIsStored() {
		long before = count();
		var reply = api.post("/api/admin/fee-rules", operator, Map.of("serviceKind", "VIRTUAL_CONSULTATION",
				"relationship", "CONTRACTOR", "percentage", "75", "effectiveFrom", calendar.today().minusDays(1).toString(),
				"reason", ""));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(RevenueSplitApiTests.errors(reply.json())).containsKeys("relationship", "percentage", "effectiveFrom", "reason");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void onlyOperatorsMayAddRules() {
		String email = Unique.email("rule-mechanic");
		api.post("/api/signup/mechanic", null, Map.of("name", "Alex", "email", email, "password", "a-long-password",
				"postalCode", "M6H 2N4"));
		var reply = api.post("/api/admin/fee-rules", api.token(email, "a-long-password"), Map.of("serviceKind",
				"VIRTUAL_CONSULTATION", "relationship", "INDEPENDENT", "percentage", "1", "effectiveFrom",
				calendar.today().toString(), "reason", "free money"));
		assertThat(reply.status()).isEqualTo(403);
	}

	@Test
	void theFeeRulesPageShowsTheRulesInForceAndRefusesABadFormFieldByField() throws Exception {
		Cookie session = operatorSession();
		mvc.perform(get("/admin/fee-rules").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Platform fee rules")))
			.andExpect(content().string(containsString("Platform default (non-compete document)")));
		mvc.perform(post("/admin/fee-rules").cookie(session).with(csrf()).param("serviceKind", "VIRTUAL_CONSULTATION")
				.param("relationship", "INDEPENDENT").param("percentage", "abc").param("effectiveFrom", "2020-01-01").param("reason", "x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a percentage")))
			.andExpect(content().string(containsString("cannot start in the past")));
	}

	@Test
	void theOperatorChangesAPriceAndTheChangeIsAudited() throws Exception {
		Cookie session = operatorSession();
		mvc.perform(post("/admin/prices").cookie(session).with(csrf()).param("chat", "18.00").param("video", "35"))
			.andExpect(redirectedUrl("/admin/prices"));
		assertThat(prices.priceOf(ConsultationChannel.CHAT)).isEqualTo(Money.ofDollars("18"));
		assertThat(prices.priceOf(ConsultationChannel.VIDEO)).isEqualTo(Money.ofDollars("35"));
		mvc.perform(post("/admin/prices").cookie(session).with(csrf()).param("chat", "0").param("video", "lots"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("more than $0.00")));
		mvc.perform(post("/admin/prices").cookie(session).with(csrf()).param("chat", "15").param("video", "35"))
			.andExpect(redirectedUrl("/admin/prices"));
		assertThat(prices.priceOf(ConsultationChannel.CHAT)).isEqualTo(Money.ofDollars("15"));
		assertThat(prices.auditTrail()).extracting(entry -> entry.before() + "→" + entry.after())
			.containsSubsequence("$18.00→$15.00", "$15.00→$18.00");
		mvc.perform(get("/admin/prices").cookie(session)).andExpect(content().string(containsString("$15.00")));
	}

	private Cookie operatorSession() throws Exception {
		var login = mvc.perform(formLogin("/login").user("email", "operator@test.local").password("operator-password")).andReturn();
		return login.getResponse().getCookie("SESSION");
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM fee_rules").query(Long.class).single();
	}
}
