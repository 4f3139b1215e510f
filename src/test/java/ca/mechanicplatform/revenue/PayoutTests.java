package ca.mechanicplatform.revenue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.RevenueModel.VirtualIndependent;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Payout runs pay positive balances once, mark what they settle, and a failed payout restores the balance. */
@PlatformTest
class PayoutTests {

	@Autowired
	Payouts payouts;

	@Autowired
	Revenue revenue;

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

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

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
	void aRunPaysEveryPositiveBalanceOnceAndMarksTheEntriesItSettles() {
		Mechanic earner = earning("Jordan Blake", "25");
		Workshop workshop = parties.workshop("Harbourside Auto");
		Mechanic owing = parties.mechanic("Owes Fees");
		revenue.chargeMembershipFee(workshop.id(), owing.id(), calendar.currentMonth(), Money.ofDollars("80"), LocalDate.of(2020, 1, 1));

		PayoutRun run = payouts.run(null);
		List<PayoutLine> lines = payouts.lines(run.id());
		assertThat(lineOf(lines, LedgerAccount.MECHANIC, earner.id().value()).amount()).isEqualTo(Money.ofDollars("21.25"));
		assertThat(lineOf(lines, LedgerAccount.WORKSHOP, workshop.id().value()).amount()).isEqualTo(Money.ofDollars("80"));
		assertThat(lines).noneMatch(l -> l.party() == LedgerAccount.MECHANIC && l.partyId() == owing.id().value());
		assertThat(revenue.balance(earner.id())).isEqualTo(Money.zero());
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.zero());
		assertThat(revenue.balance(owing.id())).as("a negative balance is not paid").isEqualTo(Money.ofDollars("-80"));

		PayoutLine line = lineOf(lines, LedgerAccount.MECHANIC, earner.id().value());
		assertThat(jdbc.sql("""
				SELECT COUNT(*), SUM(e.amount_cents) FROM payout_entries p JOIN ledger_entries e ON e.id = p.entry_id
				WHERE p.payout_line_id = ?""").param(line.id()).query((rs, i) -> rs.getLong(1) + "/" + rs.getLong(2)).single())
			.as("the share and the payout that settles it").isEqualTo("2/0");
		assertThat(payouts.payoutFile(run.id())).startsWith("reference,run,payee_type,payee_id,payee_name,amount,currency,status\r\n")
			.contains(line.reference() + "," + run.id() + ",MECHANIC," + earner.id() + ",Jordan Blake,21.25,CAD,PENDING");

		PayoutRun next = payouts.run(null);
		assertThat(payouts.lines(next.id())).noneMatch(l -> l.partyId() == earner.id().value() && l.party() == LedgerAccount.MECHANIC);
	}

	@Test
	void operatorsRunPayoutsConfirmLinesAndIssueStatementsOverTheApi() {
		Mechanic earner = earning("Casey Nguyen", "45");
		var api = new ca.mechanicplatform.testing.Api(port);
		String operator = new ca.mechanicplatform.testing.Onboard(port).operatorToken();

		var run = api.post("/api/admin/payouts", operator, java.util.Map.of());
		assertThat(run.status()).as(run.body()).isEqualTo(201);
		long runId = run.json().get("id").asLong();
		var details = api.get("/api/admin/payouts/" + runId, operator);
		assertThat(details.status()).isEqualTo(200);
		long lineId = -1;
		for (var line : details.json().get("lines")) {
			if (line.get("party").asString().equals("MECHANIC") && line.get("partyId").asLong() == earner.id().value()) {
				assertThat(line.get("amountCents").asLong()).isEqualTo(3825);
				assertThat(line.get("status").asString()).isEqualTo("PENDING");
				lineId = line.get("id").asLong();
			}
		}
		assertThat(lineId).as("the earner's line").isPositive();
		assertThat(api.get("/api/admin/payouts", operator).json().get(0).get("id").asLong()).isEqualTo(runId);

		var blank = api.post("/api/admin/payouts/lines/" + lineId + "/failed", operator, java.util.Map.of("reason", " "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(payouts.lines(runId)).filteredOn(l -> l.partyId() == earner.id().value())
			.singleElement().extracting(PayoutLine::status).isEqualTo(PayoutLine.Status.PENDING);
		var paid = api.post("/api/admin/payouts/lines/" + lineId + "/paid", operator, java.util.Map.of());
		assertThat(paid.status()).isEqualTo(200);
		assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
		assertThat(api.post("/api/admin/payouts/lines/" + lineId + "/failed", operator, java.util.Map.of("reason", "Account closed"))
			.status()).as("a paid line cannot fail").isEqualTo(409);
		assertThat(api.get("/api/admin/payouts/987654321", operator).status()).isEqualTo(404);

		assertThat(api.post("/api/admin/statements/runs", operator, java.util.Map.of("month", "2026-13")).status()).isEqualTo(400);
		var notOver = api.post("/api/admin/statements/runs", operator, java.util.Map.of("month", calendar.currentMonth().toString()));
		assertThat(notOver.status()).isEqualTo(400);
		assertThat(notOver.body()).contains("not over yet");
		// A month long gone: closing a recent one would move other tests' back-dated sales into the open month.
		String previous = "2019-06";
		var issued = api.post("/api/admin/statements/runs", operator, java.util.Map.of("month", previous));
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		assertThat(issued.json().get("month").asString()).isEqualTo(previous);
		assertThat(api.get("/api/admin/statements/runs", operator).json().get(0).get("id").asLong())
			.isEqualTo(issued.json().get("id").asLong());
	}

	@Test
	void confirmingALinePaidSettlesTheClearingAccountOnce() {
		Mechanic earner = earning("Alex Moreau", "35");
		PayoutLine line = lineOf(payouts.lines(payouts.run(null).id()), LedgerAccount.MECHANIC, earner.id().value());
		PayoutLine paid = payouts.markPaid(line.id(), null);
		assertThat(paid.status()).isEqualTo(PayoutLine.Status.PAID);
		assertThat(payouts.markPaid(line.id(), null).status()).isEqualTo(PayoutLine.Status.PAID);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_transactions WHERE payout_line_id = ?").param(line.id()).query(Long.class).single())
			.as("the payout and its settlement").isEqualTo(2);
		assertThat(clearingOf(line.id())).isZero();
		assertThatThrownBy(() -> payouts.markFailed(line.id(), null, "Account closed"))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("already paid");
	}

	@Test
	void aFailedPayoutRestoresTheBalanceAndTheNextRunPaysItAgain() {
		Mechanic earner = earning("Mike Johnson", "15");
		PayoutLine line = lineOf(payouts.lines(payouts.run(null).id()), LedgerAccount.MECHANIC, earner.id().value());
		assertThat(revenue.balance(earner.id())).isEqualTo(Money.zero());

		PayoutLine failed = payouts.markFailed(line.id(), null, "Account number rejected");
		assertThat(failed.status()).isEqualTo(PayoutLine.Status.FAILED);
		assertThat(failed.failureReason()).isEqualTo("Account number rejected");
		assertThat(revenue.balance(earner.id())).isEqualTo(Money.ofDollars("12.75"));
		assertThat(payouts.markFailed(line.id(), null, "again").status()).isEqualTo(PayoutLine.Status.FAILED);
		assertThat(clearingOf(line.id())).isZero();

		revenue.recordSale(new Sale(Parties.key("c"), new VirtualIndependent(), Money.ofDollars("25"), earner.id(), null, now(), null, null));
		PayoutLine again = lineOf(payouts.lines(payouts.run(null).id()), LedgerAccount.MECHANIC, earner.id().value());
		assertThat(again.amount()).isEqualTo(Money.ofDollars("34"));
		assertThat(revenue.balance(earner.id())).isEqualTo(Money.zero());
	}

	@Test
	void twoRunsAtOncePayABalanceOnce() throws Exception {
		Mechanic earner = earning("Concurrent Payee", "50");
		List<PayoutRun> runs = LedgerTests.concurrently(2, () -> payouts.run(null));
		long paid = runs.stream().flatMap(run -> payouts.lines(run.id()).stream())
			.filter(l -> l.party() == LedgerAccount.MECHANIC && l.partyId() == earner.id().value())
			.mapToLong(l -> l.amount().cents()).sum();
		assertThat(paid).isEqualTo(4250);
		assertThat(revenue.balance(earner.id())).isEqualTo(Money.zero());
	}

	@Test
	void theOperatorRunsPayoutsFromThePagesAndDownloadsThePayoutFile() throws Exception {
		earning("Page Payee", "25");
		var login = mvc.perform(formLogin("/login").user("email", "operator@test.local").password("operator-password")).andReturn();
		Cookie session = login.getResponse().getCookie("SESSION");
		mvc.perform(get("/admin/payouts").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Run payouts now")));
		var created = mvc.perform(post("/admin/payouts/run").cookie(session).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		String location = created.getResponse().getRedirectedUrl();
		mvc.perform(get(location).cookie(session)).andExpect(status().isOk()).andExpect(content().string(containsString("Page Payee")));
		mvc.perform(get(location + "/payout-file.csv").cookie(session)).andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("payout-run-")))
			.andExpect(content().string(containsString("Page Payee,21.25,CAD,PENDING")));
	}

	private Mechanic earning(String name, String dollars) {
		Mechanic mechanic = parties.mechanic(name);
		revenue.recordSale(new Sale(Parties.key("c"), new VirtualIndependent(), Money.ofDollars(dollars), mechanic.id(), null, now(),
				null, null));
		return mechanic;
	}

	private long clearingOf(long lineId) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(e.amount_cents), 0) FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
				WHERE t.payout_line_id = ? AND e.account = 'PAYOUTS_CLEARING'""").param(lineId).query(Long.class).single();
	}

	private static PayoutLine lineOf(List<PayoutLine> lines, LedgerAccount party, long id) {
		return lines.stream().filter(l -> l.party() == party && l.partyId() == id).findFirst()
			.orElseThrow(() -> new AssertionError("no payout line for " + party + " " + id + " in " + lines));
	}

	private Instant now() {
		return calendar.now().minusSeconds(60);
	}
}
