package ca.mechanicplatform.statements;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.CustomerSignUp;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicSignUp;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.RecordedSale;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel.BayRental;
import ca.mechanicplatform.revenue.RevenueModel.VirtualIndependent;
import ca.mechanicplatform.revenue.Sale;
import ca.mechanicplatform.statements.internal.MonthlyStatementJob;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopSignUp;
import ca.mechanicplatform.workshops.Workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Statements issued for months of 2025, in order: issuing a month closes it for good, so these tests (the only ones
 * that close months) run oldest month first and leave recent months open for the other tests.
 */
@PlatformTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StatementsTests {

	static final YearMonth JANUARY = YearMonth.of(2025, 1);
	static final String PASSWORD = "a-long-password";

	static Mechanic alex;
	static Workshop workshop;

	@LocalServerPort
	int port;

	@Autowired
	Statements statements;

	@Autowired
	MonthlyStatementJob job;

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

	@Autowired
	ca.mechanicplatform.revenue.Bonuses bonuses;

	@AfterEach
	void theLedgerStillBalances() {
		assertThat(jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries").query(Long.class).single()).isZero();
	}

	@Test
	@Order(1)
	void aMonthsStatementListsEveryLineWithOpeningAndClosingBalancesAndTotals() throws Exception {
		alex = mechanics.register(new MechanicSignUp("Alex Moreau", Unique.email("statement-mechanic"), PASSWORD, "M6H 2N4"));
		workshop = workshops.register(new WorkshopSignUp("Morgan Chen", Unique.email("statement-workshop"), PASSWORD,
				"Bow Valley Motors", "225 7 Ave SW", "Calgary", "AB", "T2P 1J9", "America/Edmonton", null));
		var customer = accounts.registerCustomer(new CustomerSignUp("Sam Patel", Unique.email("statement-customer"), PASSWORD, "M4W 1A8", null));
		revenue.recordSale(new Sale(key("consultation"), new VirtualIndependent(), Money.ofDollars("25"), alex.id(), customer.id(),
				at(2025, 1, 10), "Video consultation: brake noise", null));
		revenue.recordSale(new Sale(key("job"), new BayRental(workshop.id(), Money.ofDollars("40")), Money.ofDollars("400"),
				alex.id(), customer.id(), at(2025, 1, 15), "Front brake pads and rotors", null));
		revenue.chargeMembershipFee(workshop.id(), alex.id(), JANUARY, Money.ofDollars("100"), LocalDate.of(2025, 1, 17));

		StatementRun run = statements.generate(JANUARY, StatementRun.Trigger.OPERATOR, null);
		assertThat(run.created()).isGreaterThanOrEqualTo(2);
		assertThat(run.finishedAt()).isNotNull();

		Statement mechanicStatement = statements.get(LedgerAccount.MECHANIC, alex.id().value(), JANUARY);
		assertThat(mechanicStatement.openingCents()).isZero();
		assertThat(mechanicStatement.virtualCents()).isEqualTo(2125);
		assertThat(mechanicStatement.physicalCents()).isEqualTo(34000);
		assertThat(mechanicStatement.feesCents()).as("bay fee and prorated membership").isEqualTo(-4000 - 4839);
		assertThat(mechanicStatement.closingCents()).isEqualTo(27286);
		assertThat(mechanicStatement.lineCount()).isEqualTo(4);
		assertThat(mechanicStatement.ytdVirtualCents()).isEqualTo(2125);

		Statement workshopStatement = statements.get(LedgerAccount.WORKSHOP, workshop.id().value(), JANUARY);
		assertThat(workshopStatement.feesCents()).isEqualTo(8839);
		assertThat(workshopStatement.closingCents()).isEqualTo(8839);

		List<Map<String, String>> csv = parse(statements.csv(mechanicStatement));
		assertThat(csv).extracting(row -> row.get("type")).startsWith("OPENING", "LINE", "LINE", "LINE", "LINE", "CLOSING");
		List<Map<String, String>> lines = csv.stream().filter(r -> r.get("type").equals("LINE")).toList();
		assertThat(lines.stream().mapToLong(r -> cents(r.get("amount"))).sum()).isEqualTo(27286);
		assertThat(lines.get(lines.size() - 1).get("balance")).isEqualTo("272.86");
		assertThat(lines).anySatisfy(r -> {
			assertThat(r.get("description")).isEqualTo("Front brake pads and rotors");
			assertThat(r.get("gross")).isEqualTo("400.00");
			assertThat(r.get("platform_fee")).isEqualTo("60.00");
			assertThat(r.get("workshop_share")).isEqualTo("40.00");
			assertThat(r.get("mechanic_share")).isEqualTo("300.00");
			assertThat(r.get("amount")).isEqualTo("340.00");
		});
		assertThat(csv).anySatisfy(r -> {
			assertThat(r.get("description")).isEqualTo("Virtual earnings (consultations)");
			assertThat(r.get("amount")).isEqualTo("21.25");
		});
		assertThat(csv.stream().filter(r -> r.get("type").equals("CLOSING")).findFirst().orElseThrow().get("balance")).isEqualTo("272.86");

		byte[] pdf = statements.pdf(mechanicStatement);
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String text = text(pdf);
		assertThat(text).contains("Monthly statement", "January 2025", "Alex Moreau", "$21.25", "$340.00", "$272.86",
				"Front brake pads and rotors", "prorated from the 17th");
	}

	@Test
	@Order(2)
	void theMechanicDownloadsTheirStatementsAndNobodyElses() throws Exception {
		Api api = new Api(port);
		String token = api.token(alex.email(), PASSWORD);
		var list = api.get("/api/mechanic/earnings/statements", token);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get(0).get("month").asString()).isEqualTo("2025-01");
		assertThat(list.json().get(0).get("closingCents").asLong()).isEqualTo(27286);
		assertThat(list.json().get(0).get("pdf").asString()).isEqualTo("/api/mechanic/earnings/statements/2025-01.pdf");

		var pdf = api.get("/api/mechanic/earnings/statements/2025-01.pdf", token);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(pdf.contentType()).isEqualTo("application/pdf");
		var csv = api.get("/api/mechanic/earnings/statements/2025-01.csv", token);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains("CLOSING,2025-01-31,,Closing balance");

		Mechanic other = mechanics.register(new MechanicSignUp("Jordan Blake", Unique.email("other"), PASSWORD, "B3H 1A1"));
		String otherToken = api.token(other.email(), PASSWORD);
		assertThat(api.get("/api/mechanic/earnings/statements/2025-01.pdf", otherToken).status()).isEqualTo(404);
		assertThat(api.get("/api/mechanic/earnings/statements/not-a-month.pdf", otherToken).status()).isEqualTo(404);
		assertThat(api.get("/api/mechanic/earnings/statements", otherToken).json()).isEmpty();

		var workshopToken = api.token(workshops.get(workshop.id()).adminUserId() == null ? null
				: accounts.get(workshop.adminUserId()).email(), PASSWORD);
		var workshopList = api.get("/api/workshop/earnings/statements", workshopToken);
		assertThat(workshopList.json().get(0).get("feesCents").asLong()).isEqualTo(8839);
		assertThat(api.get("/api/workshop/earnings/statements/2025-01.pdf", workshopToken).status()).isEqualTo(200);
	}

	@Test
	@Order(3)
	void issuingAMonthAgainCreatesNoDuplicates() {
		long before = statements.countOf(JANUARY);
		StatementRun again = statements.generate(JANUARY, StatementRun.Trigger.OPERATOR, null);
		assertThat(again.created()).isZero();
		assertThat(statements.countOf(JANUARY)).isEqualTo(before);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM statements WHERE party = 'MECHANIC' AND party_id = ? AND statement_month = '2025-01'")
			.param(alex.id().value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@Order(4)
	void aLateSaleForAClosedMonthIsBookedInTheOpenMonthAndTheIssuedStatementNeverChanges() {
		Statement issued = statements.get(LedgerAccount.MECHANIC, alex.id().value(), JANUARY);
		RecordedSale late = revenue.recordSale(new Sale(key("late"), new VirtualIndependent(), Money.ofDollars("35"), alex.id(), null,
				at(2025, 1, 25), "Consultation recorded late", null));
		assertThat(calendar.monthOf(late.bookedAt())).isEqualTo(calendar.currentMonth());
		assertThat(late.occurredAt()).isEqualTo(at(2025, 1, 25));

		statements.generate(YearMonth.of(2025, 2), StatementRun.Trigger.OPERATOR, null);
		Statement february = statements.get(LedgerAccount.MECHANIC, alex.id().value(), YearMonth.of(2025, 2));
		assertThat(february.openingCents()).as("carried from January").isEqualTo(issued.closingCents());
		assertThat(february.lineCount()).isZero();
		assertThat(february.closingCents()).isEqualTo(issued.closingCents());
		assertThat(february.ytdVirtualCents()).isEqualTo(2125);
		assertThat(february.ytdPhysicalCents()).isEqualTo(34000);
		assertThat(parse(statements.csv(statements.get(LedgerAccount.MECHANIC, alex.id().value(), JANUARY))))
			.filteredOn(r -> r.get("type").equals("LINE")).hasSize(issued.lineCount());
	}

	@Test
	@Order(5)
	void whenTwoInstancesFireTheMonthlyRunAtOnceItHappensOnce() throws Exception {
		YearMonth march = YearMonth.of(2025, 3);
		List<Thread> instances = List.of(new Thread(() -> job.generate(march)), new Thread(() -> job.generate(march)));
		instances.forEach(Thread::start);
		for (Thread instance : instances) {
			instance.join(60_000);
		}
		job.generate(march);
		assertThat(statements.runsOf(march)).hasSize(1);
		assertThat(statements.runsOf(march).get(0).trigger()).isEqualTo(StatementRun.Trigger.SCHEDULED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'monthly-statements'").query(Long.class).single()).isEqualTo(1);
		assertThat(statements.get(LedgerAccount.MECHANIC, alex.id().value(), march).openingCents())
			.as("the late sale is booked in the open month, not here").isEqualTo(27286);
	}

	@Test
	@Order(8)
	void yearToDateCountsEveryLineTheMonthsCountReferralBonusesIncluded() {
		var mechanic = mechanics.register(new MechanicSignUp("Robin Bonus", Unique.email("statement-bonus"), PASSWORD, "M6H 2N4"));
		revenue.recordSale(new Sale(key("bonus-month-sale"), new VirtualIndependent(), Money.ofDollars("50"), mechanic.id(), null,
				at(2025, 7, 12), "Video consultation", null));
		bonuses.payReferralBonus(key("bonus"), mechanic.id(), Money.ofDollars("10"), "Referral bonus", at(2025, 7, 14));
		statements.generate(YearMonth.of(2025, 7), StatementRun.Trigger.OPERATOR, null);
		statements.generate(YearMonth.of(2025, 8), StatementRun.Trigger.OPERATOR, null);

		Statement july = statements.get(LedgerAccount.MECHANIC, mechanic.id().value(), YearMonth.of(2025, 7));
		assertThat(july.virtualCents()).as("the share and the bonus").isEqualTo(4250 + 1000);
		Statement august = statements.get(LedgerAccount.MECHANIC, mechanic.id().value(), YearMonth.of(2025, 8));
		assertThat(august.virtualCents()).isZero();
		assertThat(august.ytdVirtualCents()).as("the months added up").isEqualTo(july.virtualCents());
		assertThat(july.ytdVirtualCents()).isEqualTo(july.virtualCents());
	}

	@Test
	@Order(6)
	void aMonthThatIsNotOverCannotBeIssued() {
		assertThatThrownBy(() -> statements.generate(calendar.currentMonth(), StatementRun.Trigger.OPERATOR, null))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("not over yet");
	}

	@Test
	@Order(7)
	void theOperatorIssuesAMonthFromThePageAndTheMechanicSeesTheList() throws Exception {
		var login = mvc.perform(formLogin("/login").user("email", "operator@test.local").password("operator-password")).andReturn();
		Cookie operator = login.getResponse().getCookie("SESSION");
		mvc.perform(post("/admin/statements/generate").cookie(operator).with(csrf()).param("month", "2025-04"))
			.andExpect(redirectedUrl("/admin/statements"));
		mvc.perform(get("/admin/statements").cookie(operator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-04")));
		assertThat(statements.get(LedgerAccount.MECHANIC, alex.id().value(), YearMonth.of(2025, 4))).isNotNull();

		var mechanicLogin = mvc.perform(formLogin("/login").user("email", alex.email()).password(PASSWORD)).andReturn();
		Cookie mechanic = mechanicLogin.getResponse().getCookie("SESSION");
		mvc.perform(get("/mechanic/earnings/statements").cookie(mechanic)).andExpect(status().isOk())
			.andExpect(content().string(containsString("2025-01")))
			.andExpect(content().string(containsString("$272.86")));
		mvc.perform(get("/mechanic/earnings/statements/2025-01.pdf").cookie(mechanic)).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Parses the statement CSV (RFC 4180 quoting) into rows by column name. */
	static List<Map<String, String>> parse(String csv) {
		List<List<String>> rows = Csv.rows(csv);
		List<String> header = rows.get(0);
		return rows.subList(1, rows.size()).stream().map(row -> {
			Map<String, String> map = new java.util.LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				map.put(header.get(i), i < row.size() ? row.get(i) : "");
			}
			return map;
		}).collect(Collectors.toList());
	}

	static long cents(String amount) {
		return amount.isEmpty() ? 0 : Money.ofDollars(amount).cents();
	}

	Instant at(int year, int month, int day) {
		return LocalDateTime.of(year, month, day, 12, 0).atZone(calendar.zone()).toInstant();
	}

	static String key(String what) {
		return what + "-" + System.nanoTime();
	}

}
