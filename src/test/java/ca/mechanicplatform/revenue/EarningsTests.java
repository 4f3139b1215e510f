package ca.mechanicplatform.revenue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.RevenueModel.BayRental;
import ca.mechanicplatform.revenue.RevenueModel.RevenueShare;
import ca.mechanicplatform.revenue.RevenueModel.VirtualIndependent;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/mechanic/earnings/breakdown and the earnings page: virtual against physical, by month, by model. */
@PlatformTest
class EarningsTests {

	@LocalServerPort
	int port;

	@Autowired
	Revenue revenue;

	@Autowired
	Payments payments;

	@Autowired
	AccountingCalendar calendar;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Workshops workshops;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Parties parties;

	@BeforeEach
	void parties() {
		parties = new Parties(mechanics, workshops, accounts);
	}

	@AfterEach
	void theLedgerStillBalances() {
		LedgerChecks.assertBalanced(jdbc);
	}

	@Test
	void theBreakdownSeparatesVirtualFromPhysicalByMonthAndByModel() throws Exception {
		Mechanic mechanic = parties.mechanic("Alex Moreau");
		Workshop workshop = parties.workshop("AutoFix Toronto Inc.");
		YearMonth thisMonth = calendar.currentMonth();
		YearMonth twoMonthsAgo = thisMonth.minusMonths(2);
		Instant then = calendar.startOf(twoMonthsAgo).plusSeconds(86_400 * 3);
		Instant now = calendar.now().minusSeconds(60);

		revenue.recordSale(new Sale(Parties.key("c"), new VirtualIndependent(), Money.ofDollars("25"), mechanic.id(), null, then, "Chat", null));
		revenue.recordSale(new Sale(Parties.key("c"), new VirtualIndependent(), Money.ofDollars("35"), mechanic.id(), null, now, "Video", null));
		revenue.recordSale(new Sale(Parties.key("j"), new BayRental(workshop.id(), Money.ofDollars("40")), Money.ofDollars("400"),
				mechanic.id(), null, now, "Brakes", null));
		revenue.recordSale(new Sale(Parties.key("j"), new RevenueShare(workshop.id(), Percentage.of(25)), Money.ofDollars("200"),
				mechanic.id(), null, then, "Diagnostics", null));
		revenue.chargeMembershipFee(workshop.id(), mechanic.id(), thisMonth, Money.ofDollars("50"), LocalDate.of(2020, 1, 1));
		String paymentKey = Parties.key("p");
		payments.capture(new PaymentRequest(paymentKey, null, Money.ofDollars("15"), "Chat", null));
		revenue.recordSale(new Sale(Parties.key("c"), new VirtualIndependent(), Money.ofDollars("15"), mechanic.id(), null, now, "Refunded chat", paymentKey));
		payments.refund(paymentKey, "Mechanic could not help");

		Api api = new Api(port);
		var reply = api.get("/api/mechanic/earnings/breakdown?months=3", api.token(mechanic.email(), Parties.PASSWORD));
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode b = reply.json();
		// Virtual: $21.25 + $29.75 (+$12.75 − $12.75 refunded). Physical: $340 (bay rental, before its $40 bay fee) + $127.50.
		assertThat(b.get("totals").get("virtualCents").asLong()).isEqualTo(5100);
		assertThat(b.get("totals").get("physicalCents").asLong()).isEqualTo(46750);
		assertThat(b.get("totals").get("feesCents").asLong()).as("bay fee and membership fee").isEqualTo(-9000);
		assertThat(b.get("totals").get("netCents").asLong()).isEqualTo(42850);
		assertThat(b.get("balanceCents").asLong()).isEqualTo(42850);
		assertThat(b.get("byMonth")).hasSize(3);
		Map<String, JsonNode> months = new HashMap<>();
		b.get("byMonth").forEach(m -> months.put(m.get("month").asString(), m));
		assertThat(months.get(twoMonthsAgo.toString()).get("virtualCents").asLong()).isEqualTo(2125);
		assertThat(months.get(twoMonthsAgo.toString()).get("physicalCents").asLong()).isEqualTo(12750);
		assertThat(months.get(thisMonth.minusMonths(1).toString()).get("netCents").asLong()).isZero();
		assertThat(months.get(thisMonth.toString()).get("netCents").asLong()).isEqualTo(2975 + 34000 - 9000);
		Map<String, String> modes = new HashMap<>();
		b.get("byMode").forEach(m -> modes.put(m.get("model").asString(), m.get("sales").asLong() + " " + m.get("earnedCents").asLong()));
		assertThat(modes).containsEntry("VIRTUAL_INDEPENDENT", "2 5100").containsEntry("BAY_RENTAL", "1 34000")
			.containsEntry("REVENUE_SHARE", "1 12750");

		var login = mvc.perform(formLogin("/login").user("email", mechanic.email()).password(Parties.PASSWORD)).andReturn();
		mvc.perform(get("/mechanic/earnings").cookie(login.getResponse().getCookie("SESSION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("$428.50")))
			.andExpect(content().string(containsString("Refunded: Refunded chat")))
			.andExpect(content().string(containsString("Membership fee for ")));
	}

	@Test
	void aBreakdownOfMoreThanThirtySixMonthsIsRefused() {
		Mechanic mechanic = parties.mechanic("Jordan Blake");
		Api api = new Api(port);
		var reply = api.get("/api/mechanic/earnings/breakdown?months=37", api.token(mechanic.email(), Parties.PASSWORD));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(api.get("/api/mechanic/earnings/breakdown", api.token(mechanic.email(), Parties.PASSWORD)).json()
			.get("byMonth")).hasSize(12);
	}
}
