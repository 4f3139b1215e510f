package ca.mechanicplatform.analytics;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.consultations.ConsultationId;
import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.crm.ClientSource;
import ca.mechanicplatform.crm.internal.ClientRows;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LedgerReports;
import ca.mechanicplatform.revenue.LedgerLine;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel;
import ca.mechanicplatform.revenue.Sale;
import ca.mechanicplatform.revenue.ServiceKind;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/mechanic/analytics} over real consultations and bay jobs: money equal to the ledger, the earnings breakdown
 * and the statements' read model to the cent; sessions and jobs per week; ratings; new and returning clients; 90-day
 * retention on a history built by hand; referral conversions; bad periods refused; nobody else's data.
 */
@PlatformTest
class AnalyticsApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Mechanics mechanics;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientRows clientRows;

	@Autowired
	Revenue revenue;

	@Autowired
	LedgerReports ledger;

	@Autowired
	AccountingCalendar calendar;

	@Test
	void theFiguresOfRealSessionsAndJobsAgreeWithTheLedgerAndTheEarningsBreakdownToTheCent() {
		var scenario = new AnalyticsScenario(port, mechanics, jdbc);
		Api api = scenario.api();
		var shop = scenario.workshop();
		var partner = scenario.mechanic(shop, "Alex Moreau");
		MechanicId mechanic = new MechanicId(partner.mechanicId());
		var referred = scenario.customer("Priya Sharma", scenario.referralCode(partner));
		var other = scenario.customer("Sam Patel", null);
		long first = scenario.consultation(referred, partner, "CHAT");
		long second = scenario.consultation(referred, partner, "VIDEO");
		long third = scenario.consultation(other, partner, "CHAT");
		scenario.rate(referred, first, 5);
		scenario.rate(other, third, 4);
		scenario.rate(referred, second, 4);
		long job = scenario.job(shop, partner, "Jordan Blake", 30_000, 12_050);
		scenario.job(shop, partner, "Jordan Blake", 8_000, 2_000);
		// last month, under bay rental with its $70 bay fee: an earlier month and the fees column
		Instant lastMonth = calendar.startOf(calendar.currentMonth().minusMonths(1)).plus(Duration.ofDays(3));
		var rental = revenue.recordSale(new Sale("analytics-" + System.nanoTime(), new RevenueModel.BayRental(new WorkshopId(shop.id()),
				Money.ofDollars("70")), Money.ofDollars("480"), mechanic, null, lastMonth, "Timing belt replacement", null));
		long bayRental = rental.split().mechanicCents() + 7_000;
		// booked in last month, or now if last month's statements were already issued
		YearMonth rentalMonth = calendar.monthOf(rental.bookedAt());
		scenario.awaitVisits(partner.mechanicId(), 5);
		scenario.awaitConversions(partner.mechanicId(), 1);

		JsonNode report = scenario.analytics(partner.token(), null);
		LocalDate today = calendar.today();
		LocalDate from = today.minusMonths(11).withDayOfMonth(1);
		assertThat(report.get("from").asString()).isEqualTo(from.toString());
		assertThat(report.get("to").asString()).isEqualTo(today.toString());
		JsonNode totals = report.get("totals");

		// the earnings page's breakdown covers the same 12 months
		JsonNode breakdown = api.get("/api/mechanic/earnings/breakdown?months=12", partner.token()).json();
		for (String column : List.of("virtualCents", "physicalCents", "feesCents", "netCents")) {
			assertThat(totals.get(column).asLong()).as(column).isEqualTo(breakdown.get("totals").get(column).asLong());
		}
		assertThat(report.get("months").size()).isEqualTo(12);
		for (int i = 0; i < 12; i++) {
			JsonNode month = report.get("months").get(i);
			JsonNode expected = breakdown.get("byMonth").get(i);
			assertThat(month.get("month").asString()).isEqualTo(expected.get("month").asString());
			for (String column : List.of("virtualCents", "physicalCents", "feesCents", "netCents")) {
				assertThat(month.get(column).asLong()).as(month.get("month") + " " + column).isEqualTo(expected.get(column).asLong());
			}
			// the month's ledger lines as its monthly statement totals them
			YearMonth ym = YearMonth.parse(expected.get("month").asString());
			long[] statement = statementTotals(mechanic, calendar.startOf(ym), calendar.endOf(ym));
			assertThat(new long[] { month.get("virtualCents").asLong(), month.get("physicalCents").asLong(), month.get("feesCents").asLong() })
				.as(ym.toString()).containsExactly(statement);
		}

		// and the splits revenue recorded: the three consultations' mechanic parts plus the $10 referral bonus (virtual);
		// both jobs at 20% to the workshop; under bay rental the mechanic's share before the -$70 bay fee
		long virtual = 1_000;
		for (long id : List.of(first, second, third)) {
			virtual += revenue.sale(Consultations.saleKey(new ConsultationId(id))).orElseThrow().split().mechanicCents();
		}
		long physical = 0;
		for (String key : jdbc.sql("SELECT sale_key FROM bay_bookings WHERE mechanic_id = ? AND status = 'COMPLETED'")
			.param(partner.mechanicId()).query(String.class).list()) {
			physical += revenue.sale(key).orElseThrow().split().mechanicCents();
		}
		assertThat(totals.get("virtualCents").asLong()).isEqualTo(virtual);
		assertThat(totals.get("physicalCents").asLong()).isEqualTo(physical + bayRental);
		assertThat(totals.get("feesCents").asLong()).isEqualTo(-7_000);
		// $420.50: platform 15% $63.08, remainder $357.42, workshop 20% $71.48, mechanic $285.94
		assertThat(revenue.sale(jdbc.sql("SELECT sale_key FROM bay_bookings WHERE id = ?").param(job).query(String.class).single())
			.orElseThrow().split().mechanicCents()).isEqualTo(28_594);

		// sessions and jobs: all completed today, so this week holds them and no other week has any
		assertThat(totals.get("sessions").asLong()).isEqualTo(3);
		assertThat(totals.get("jobs").asLong()).isEqualTo(2);
		String thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
		JsonNode weeks = report.get("weeks");
		assertThat(weeks.get(0).get("start").asString()).isEqualTo(from.toString());
		assertThat(weeks.get(weeks.size() - 1).get("end").asString()).isEqualTo(today.toString());
		for (int i = 0; i < weeks.size(); i++) {
			boolean current = i == weeks.size() - 1;
			assertThat(weeks.get(i).get("sessions").asLong()).as(weeks.get(i).toString()).isEqualTo(current ? 3 : 0);
			assertThat(weeks.get(i).get("jobs").asLong()).as(weeks.get(i).toString()).isEqualTo(current ? 2 : 0);
		}
		assertThat(weeks.get(weeks.size() - 1).get("start").asString()).isEqualTo(later(thisWeek, from.toString()));
		JsonNode currentMonth = report.get("months").get(11);
		assertThat(currentMonth.get("sessions").asLong()).isEqualTo(3);
		assertThat(currentMonth.get("jobs").asLong()).isEqualTo(2);

		// ratings 5, 4 and 4
		assertThat(report.get("ratings").get("count").asLong()).isEqualTo(3);
		assertThat(report.get("ratings").get("average").decimalValue()).isEqualByComparingTo("4.33");
		assertThat(report.get("ratings").get("fourStars").asLong()).isEqualTo(2);

		// three clients, all new this month; none judged for retention yet (their visits are today)
		assertThat(totals.get("clients").asLong()).isEqualTo(3);
		assertThat(totals.get("newClients").asLong()).isEqualTo(3);
		assertThat(totals.get("returningClients").asLong()).isZero();
		assertThat(currentMonth.get("newClients").asLong()).isEqualTo(3);
		assertThat(report.get("retention").get("judged").asLong()).isZero();
		assertThat(report.get("retention").get("ratePercent").isNull()).isTrue();

		// one referred customer signed up and converted with her first consultation: the $10 bonus
		assertThat(totals.get("signUps").asLong()).isEqualTo(1);
		assertThat(totals.get("signUpsConverted").asLong()).isEqualTo(1);
		assertThat(totals.get("conversions").asLong()).isEqualTo(1);
		assertThat(totals.get("bonusCents").asLong()).isEqualTo(1_000);
		assertThat(currentMonth.get("conversions").asLong()).isEqualTo(1);

		// the CSV has the same totals, in dollars
		var csv = api.get("/api/mechanic/analytics.csv", partner.token());
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		String[] lines = csv.body().split("\r\n");
		assertThat(lines[0]).startsWith("type,start,end,virtual,physical,fees,net,sessions,jobs,ratings,average_rating,clients");
		assertThat(lines[1]).isEqualTo(String.join(",", "TOTAL", from.toString(), today.toString(),
				Money.ofCents(totals.get("virtualCents").asLong()).plain(), Money.ofCents(totals.get("physicalCents").asLong()).plain(),
				"-70.00", Money.ofCents(totals.get("netCents").asLong()).plain(), "3", "2", "3", "4.33", "3", "3", "0", "0", "0", "", "1",
				"1", "10.00"));
		assertThat(lines).hasSize(2 + 12 + weeks.size());
		assertThat(lines[13]).startsWith("MONTH," + today.withDayOfMonth(1) + "," + today + ",");

		// a period of the bay rental's booking month only
		JsonNode last = scenario.analytics(partner.token(), "from=" + rentalMonth.atDay(1) + "&to=" + rentalMonth.atEndOfMonth());
		assertThat(last.get("totals").get("feesCents").asLong()).isEqualTo(-7_000);
		assertThat(last.get("months").size()).isEqualTo(1);
		if (rentalMonth.isBefore(calendar.currentMonth())) {
			assertThat(last.get("totals").get("physicalCents").asLong()).isEqualTo(bayRental);
			assertThat(last.get("totals").get("sessions").asLong()).isZero();
		}

		// another mechanic sees none of it
		var stranger = new Onboard(port).verified("analytics-stranger", "Jamie Roy");
		JsonNode theirs = scenario.analytics(stranger.token(), null);
		for (String column : List.of("virtualCents", "physicalCents", "feesCents", "sessions", "jobs", "clients", "signUps", "conversions")) {
			assertThat(theirs.get("totals").get(column).asLong()).as(column).isZero();
		}
		assertThat(theirs.get("ratings").get("count").asLong()).isZero();
	}

	@Test
	void newReturningAndNinetyDayRetentionFollowTheirDefinitionsOnAHandBuiltHistory() {
		var mechanic = new Onboard(port).verified("analytics-retention", "Casey Tremblay");
		long id = new Api(port).get("/api/mechanic/profile", mechanic.token()).json().get("id").asLong();
		Instant now = Instant.now();
		Instant d = now.minus(Duration.ofDays(1));
		// P visited before the period, then at -250 and -200 days (50 days later): returning, came back
		// (visits are added out of time order too: each takes its place between its client's visits)
		long p = client(id, "P");
		visit(id, p, d.minus(Duration.ofDays(200)));
		visit(id, p, d.minus(Duration.ofDays(400)));
		visit(id, p, d.minus(Duration.ofDays(250)));
		// Q: new at -240, next visit 140 days later: judged, did not come back in time
		long q = client(id, "Q");
		visit(id, q, d.minus(Duration.ofDays(240)));
		visit(id, q, d.minus(Duration.ofDays(100)));
		// R: new at -150, back 70 days later
		long r = client(id, "R");
		visit(id, r, d.minus(Duration.ofDays(150)));
		visit(id, r, d.minus(Duration.ofDays(80)));
		// S: new 30 days ago: too recent to judge
		long s = client(id, "S");
		visit(id, s, d.minus(Duration.ofDays(30)));
		// T: back exactly 90 days later (counts); U: back 90 days and one hour later (does not)
		long t = client(id, "T");
		visit(id, t, d.minus(Duration.ofDays(220)));
		visit(id, t, d.minus(Duration.ofDays(130)));
		long u = client(id, "U");
		visit(id, u, d.minus(Duration.ofDays(120)).plus(Duration.ofHours(1)));
		visit(id, u, d.minus(Duration.ofDays(210)));
		// V: a client added by hand who never visited
		client(id, "V");

		LocalDate today = calendar.today();
		LocalDate from = today.minusDays(300);
		JsonNode report = new AnalyticsScenario(port, mechanics, jdbc).analytics(mechanic.token(), "from=" + from + "&to=" + today);
		JsonNode totals = report.get("totals");
		assertThat(totals.get("clients").asLong()).isEqualTo(6);
		assertThat(totals.get("newClients").asLong()).isEqualTo(5);
		assertThat(totals.get("returningClients").asLong()).isEqualTo(1);
		JsonNode retention = report.get("retention");
		assertThat(retention.get("days").asInt()).isEqualTo(90);
		assertThat(retention.get("clients").asLong()).isEqualTo(6);
		assertThat(retention.get("judged").asLong()).isEqualTo(5);
		assertThat(retention.get("returned").asLong()).isEqualTo(3);
		assertThat(retention.get("ratePercent").decimalValue()).isEqualByComparingTo("60.0");

		// by month: every new client is new in exactly one month, and each month's clients are new or returning
		long newInMonths = 0;
		long returned = 0;
		for (JsonNode month : report.get("months")) {
			newInMonths += month.get("newClients").asLong();
			returned += month.get("retentionReturned").asLong();
			assertThat(month.get("newClients").asLong() + month.get("returningClients").asLong()).isEqualTo(month.get("clients").asLong());
		}
		assertThat(newInMonths).isEqualTo(5);
		// each visit within 90 days of the month's first visit: P at -250 (back at -200), R at -150, T at -220, and P's,
		// Q's, R's and U's later visits only where another followed within 90 days (none did)
		assertThat(returned).isEqualTo(3);
		YearMonth sMonth = YearMonth.from(d.minus(Duration.ofDays(30)).atZone(calendar.zone()));
		assertThat(monthOf(report, sMonth).get("newClients").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(monthOf(report, sMonth).get("retentionJudged").asLong()).isZero();

		// a period starting after P's and Q's first visits makes them returning
		JsonNode later = new AnalyticsScenario(port, mechanics, jdbc).analytics(mechanic.token(),
				"from=" + today.minusDays(160) + "&to=" + today);
		assertThat(later.get("totals").get("clients").asLong()).isEqualTo(5);
		assertThat(later.get("totals").get("newClients").asLong()).isEqualTo(2);
		assertThat(later.get("totals").get("returningClients").asLong()).isEqualTo(3);
	}

	@Test
	void badPeriodsAreRefusedWithTheFieldAtFault() {
		var mechanic = new Onboard(port).verified("analytics-bad-input", "Riley Singh");
		Api api = new Api(port);
		for (String[] bad : new String[][] { { "from=2026-13-01", "from" }, { "to=01/02/2026", "to" }, { "from=yesterday&to=2026-01-01", "from" },
				{ "from=2026-03-01&to=2026-02-28", "from" }, { "from=2022-01-01&to=2025-01-01", "to" } }) {
			var reply = api.get("/api/mechanic/analytics?" + bad[0], mechanic.token());
			assertThat(reply.status()).as(bad[0]).isEqualTo(400);
			List<String> fields = new ArrayList<>();
			reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
			assertThat(fields).as(bad[0]).contains(bad[1]);
			assertThat(api.get("/api/mechanic/analytics.csv?" + bad[0], mechanic.token()).status()).as(bad[0]).isEqualTo(400);
		}
		// exactly three years is allowed
		assertThat(api.get("/api/mechanic/analytics?from=2022-01-01&to=2024-12-31", mechanic.token()).status()).isEqualTo(200);
		assertThat(api.get("/api/mechanic/analytics?from=2026-02-28&to=2026-02-28", mechanic.token()).status()).isEqualTo(200);
		assertThat(api.get("/api/mechanic/analytics", null).status()).isEqualTo(401);
	}

	private static JsonNode monthOf(JsonNode report, YearMonth month) {
		for (JsonNode m : report.get("months")) {
			if (m.get("month").asString().equals(month.toString())) {
				return m;
			}
		}
		throw new AssertionError("No month " + month);
	}

	/** Virtual, physical and fees of a period's ledger lines, classified as the monthly statement does. */
	private long[] statementTotals(MechanicId mechanic, Instant from, Instant to) {
		long[] sums = new long[3];
		for (LedgerLine line : ledger.lines(LedgerAccount.MECHANIC, mechanic.value(), from, to)) {
			switch (line.line()) {
				case BAY_FEE, MEMBERSHIP_FEE -> sums[2] += line.amountCents();
				case PAYOUT -> { }
				default -> sums[line.serviceKind() == ServiceKind.VIRTUAL_CONSULTATION ? 0 : 1] += line.amountCents();
			}
		}
		return sums;
	}

	private long client(long mechanicId, String name) {
		return jdbc.sql("""
				INSERT INTO clients (mechanic_id, name, created_from, created_at, updated_at, search_text)
				VALUES (?, ?, 'MANUAL', ?, ?, ?) RETURNING id""")
			.params(mechanicId, name, SqlTime.of(Instant.now()), SqlTime.of(Instant.now()), name.toLowerCase())
			.query(Long.class).single();
	}

	private static String later(String a, String b) {
		return a.compareTo(b) > 0 ? a : b;
	}

	private void visit(long mechanicId, long clientId, Instant at) {
		clientRows.addVisit(new ClientRows.NewVisit(clientId, mechanicId, ClientSource.CONSULTATION, "hand:" + System.nanoTime(), null, null,
				at, "Chat consultation", null, 2500, 2125));
	}
}
