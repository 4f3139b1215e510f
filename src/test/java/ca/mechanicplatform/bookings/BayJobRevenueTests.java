package ca.mechanicplatform.bookings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LedgerLine;
import ca.mechanicplatform.revenue.LedgerReports;
import ca.mechanicplatform.revenue.LineKind;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Phase 3 plan's scenario end to end, once per revenue model: the workshop creates a program, the mechanic applies,
 * is approved, both sign, the mechanic books a bay, the workshop confirms, the job is completed, and the split, both
 * balances and the lines of both statements are right to the cent.
 */
@PlatformTest
class BayJobRevenueTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Revenue revenue;

	@Autowired
	LedgerReports ledger;

	@Autowired
	ca.mechanicplatform.revenue.AccountingCalendar calendar;

	@Autowired
	ca.mechanicplatform.bookings.internal.MembershipFeeJob membershipFees;

	@Test
	void bayRentalTheMechanicKeepsTheJobAfterThePlatformFeeAndPaysTheBayFeeForTheBookedTime() {
		var done = scenario(BookingScenario.bayRental(), 42_050, 2);
		// $420.50: platform 15% = $63.075 → $63.08; remainder $357.42; bay fee 2 h × $45 = $90.00; mechanic $267.42.
		var split = revenue.sale(done.saleKey()).orElseThrow().split();
		assertThat(split.platformFeeCents()).isEqualTo(6_308);
		assertThat(split.bayFeeCents()).isEqualTo(9_000);
		assertThat(split.workshopShareCents()).isZero();
		assertThat(split.mechanicCents()).isEqualTo(26_742);
		assertThat(done.booking().get("bayFeeCents").asLong()).isEqualTo(9_000);
		done.assertMoved(26_742, 9_000);
		assertThat(done.mechanicLines()).extracting(LedgerLine::line).contains(LineKind.MECHANIC_SHARE, LineKind.BAY_FEE);
		assertThat(done.workshopLines()).extracting(LedgerLine::line).contains(LineKind.BAY_FEE);
	}

	@Test
	void bayRentalWhenTheJobCannotCoverTheBayFeeTheFeeIsChargedOnItsOwn() {
		var done = scenario(BookingScenario.bayRental(), 5_000, 2);
		// $50.00: platform $7.50; the mechanic keeps $42.50 and pays the $90.00 bay fee separately: net −$47.50.
		assertThat(revenue.sale(done.saleKey()).orElseThrow().split().bayFeeCents()).isZero();
		done.assertMoved(4_250 - 9_000, 9_000);
	}

	@Test
	void revenueShareTheWorkshopGetsItsPercentageOfWhatRemainsAfterThePlatformFee() {
		var done = scenario(BookingScenario.revenueShare("30"), 20_000, 3);
		// $200.00: platform $30.00; remainder $170.00; workshop 30% = $51.00; mechanic $119.00. No bay fee.
		var split = revenue.sale(done.saleKey()).orElseThrow().split();
		assertThat(split.platformFeeCents()).isEqualTo(3_000);
		assertThat(split.workshopShareCents()).isEqualTo(5_100);
		assertThat(split.mechanicCents()).isEqualTo(11_900);
		assertThat(done.booking().get("bayFeeCents").isNull()).isTrue();
		done.assertMoved(11_900, 5_100);
	}

	@Test
	void membershipJobsAreSplitByTheProgramsShareRoundedHalfUp() {
		var done = scenario(BookingScenario.membership("100", "10"), 33_333, 1);
		// $333.33: platform 15% = $49.9995 → $50.00; remainder $283.33; workshop 10% = $28.333 → $28.33; mechanic $255.00.
		var split = revenue.sale(done.saleKey()).orElseThrow().split();
		assertThat(split.platformFeeCents()).isEqualTo(5_000);
		assertThat(split.workshopShareCents()).isEqualTo(2_833);
		assertThat(split.mechanicCents()).isEqualTo(25_500);
		done.assertMoved(25_500, 2_833);
		// The membership itself: charged once for this month when it became active, prorated from today; the daily job
		// charges nothing more.
		String month = calendar.currentMonth().toString();
		String key = "membership/" + done.shop().id() + "/" + done.partner().mechanicId() + "/" + month;
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
				"SELECT COUNT(*) FROM ledger_transactions WHERE business_key = ?").param(key).query(Long.class).single()).isEqualTo(1));
		assertThat(membershipFees.charge(calendar.currentMonth())).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM ledger_transactions WHERE business_key = ?").param(key).query(Long.class).single())
			.isEqualTo(1);
	}

	record Done(Api api, BookingScenario.Shop shop, BookingScenario.Partner partner, tools.jackson.databind.JsonNode booking,
			String saleKey, long mechanicBefore, long workshopBefore, Revenue revenue, LedgerReports ledger, JdbcClient jdbc) {

		void assertMoved(long mechanicCents, long workshopCents) {
			assertThat(revenue.balance(new MechanicId(partner.mechanicId())).cents() - mechanicBefore).isEqualTo(mechanicCents);
			assertThat(revenue.balance(new WorkshopId(shop.id())).cents() - workshopBefore).isEqualTo(workshopCents);
			assertThat(api.get("/api/mechanic/earnings/breakdown?months=1", partner.token()).json().get("balanceCents").asLong())
				.isEqualTo(revenue.balance(new MechanicId(partner.mechanicId())).cents());
			assertThat(mechanicLines().stream().mapToLong(LedgerLine::amountCents).sum()).as("the mechanic's statement lines")
				.isEqualTo(mechanicCents);
			assertThat(workshopLines().stream().mapToLong(LedgerLine::amountCents).sum()).as("the workshop's statement lines")
				.isEqualTo(workshopCents);
			assertThat(jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("SELECT transaction_id FROM ledger_entries GROUP BY transaction_id HAVING SUM(amount_cents) <> 0")
				.query(Long.class).list()).isEmpty();
		}

		/** The mechanic's statement lines of this booking's job and bay fee. */
		List<LedgerLine> mechanicLines() {
			return ofThisBooking(ledger.lines(LedgerAccount.MECHANIC, partner.mechanicId(), Instant.now().minus(Duration.ofDays(2)),
					Instant.now().plus(Duration.ofDays(1))));
		}

		List<LedgerLine> workshopLines() {
			return ofThisBooking(ledger.lines(LedgerAccount.WORKSHOP, shop.id(), Instant.now().minus(Duration.ofDays(2)),
					Instant.now().plus(Duration.ofDays(1))));
		}

		private List<LedgerLine> ofThisBooking(List<LedgerLine> lines) {
			String id = saleKey.substring("bay-booking:".length());
			return lines.stream().filter(l -> l.reference() != null && (l.reference().endsWith("bay-booking:" + id)
					|| l.reference().endsWith("bay-booking-" + id))).toList();
		}
	}

	/** The whole scenario with a job of {@code grossCents} in a booking of {@code hours} hours. */
	private Done scenario(Map<String, Object> program, long grossCents, int hours) {
		var scenario = new BookingScenario(port);
		Api api = scenario.api();
		var shop = scenario.workshop("Job Garage", "ON", "M5V 1K4", "America/Toronto", "06:00", "22:00", 1);
		scenario.rules(shop, 15, 60, 600, 60, 60, false, 24);
		long programId = scenario.publishedProgram(shop, program);
		var partner = scenario.partner(shop, programId, "Alex Moreau", "M6H 2N4");
		long bay = shop.bays().get(0);
		LocalDate day = LocalDate.now(TORONTO).plusDays(2);
		var booked = api.post("/api/mechanic/bay-bookings", partner.token(), Map.of("bayId", bay, "start", day + "T09:00", "end",
				day + "T" + String.format("%02d", 9 + hours) + ":00", "job", Map.of("customerName", "Jordan Blake", "customerContact",
						"jordan@example.com", "vehicle", "2016 Honda Civic", "description", "Front brakes and rotors",
						"labourCents", grossCents - grossCents / 3, "partsCents", grossCents / 3)));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		long id = booked.json().get("id").asLong();
		assertThat(api.post("/api/mechanic/bay-bookings/" + id + "/complete", partner.token(), Map.of()).status())
			.as("a pending booking cannot be completed").isEqualTo(409);
		assertThat(api.post("/api/workshop/bay-bookings/" + id + "/confirm", shop.token(), Map.of()).status()).isEqualTo(200);
		assertThat(api.post("/api/mechanic/bay-bookings/" + id + "/complete", partner.token(), Map.of()).status())
			.as("not before the booking starts").isEqualTo(409);
		// The booked time arrives: the same length, just ended.
		Instant end = Instant.now().minus(Duration.ofMinutes(5));
		jdbc.sql("UPDATE bay_bookings SET starts_at = ?, ends_at = ?, buffered_until = ? WHERE id = ?")
			.params(SqlTime.of(end.minus(Duration.ofHours(hours))), SqlTime.of(end), SqlTime.of(end.plus(Duration.ofMinutes(15))), id)
			.update();
		long mechanicBefore = revenue.balance(new MechanicId(partner.mechanicId())).cents();
		long workshopBefore = revenue.balance(new WorkshopId(shop.id())).cents();
		var completed = api.post("/api/mechanic/bay-bookings/" + id + "/complete", partner.token(), Map.of());
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		assertThat(completed.json().get("status").asString()).isEqualTo("COMPLETED");
		assertThat(completed.json().get("job").get("grossCents").asLong()).isEqualTo(grossCents);
		assertThat(api.post("/api/mechanic/bay-bookings/" + id + "/complete", partner.token(), Map.of()).status())
			.as("completing twice moves no money twice").isEqualTo(409);
		assertThat(revenue.sale("bay-booking:" + id).orElseThrow().split().grossCents()).isEqualTo(grossCents);
		assertThat(Money.ofCents(grossCents).isPositive()).isTrue();
		return new Done(api, shop, partner, completed.json(), "bay-booking:" + id, mechanicBefore, workshopBefore, revenue, ledger, jdbc);
	}
}
