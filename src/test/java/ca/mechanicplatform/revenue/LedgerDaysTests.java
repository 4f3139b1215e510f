package ca.mechanicplatform.revenue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.RevenueModel.VirtualIndependent;
import ca.mechanicplatform.revenue.internal.LedgerDays;
import ca.mechanicplatform.revenue.internal.Posting;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each party's daily sums ({@code ledger_party_days}): written with every posting, on the accounting zone's days
 * (daylight saving included), exact under concurrent postings, and rebuilt from the entries when the zone they were
 * summed in is not the configured one. {@link LedgerChecks} compares them with the entries after every money test.
 */
@PlatformTest
class LedgerDaysTests {

	@Autowired
	Revenue revenue;

	@Autowired
	Earnings earnings;

	@Autowired
	LedgerDays days;

	@Autowired
	AccountingCalendar calendar;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Workshops workshops;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	Parties parties;

	@BeforeEach
	void parties() {
		parties = new Parties(mechanics, workshops, accounts);
	}

	@AfterEach
	void theDaysStillMatchTheEntries() {
		LedgerChecks.assertBalanced(jdbc);
	}

	@Test
	void entriesLandOnTheirLocalDayAcrossADaylightSavingChange() {
		Mechanic mechanic = parties.mechanic("Day Sums Mechanic");
		Workshop workshop = parties.workshop("Day Sums Garage Inc.");
		long m = mechanic.id().value();
		long w = workshop.id().value();
		// 2025-11-02: Toronto falls back at 06:00 UTC. 03:30 UTC is still the 1st locally (23:30 EDT); 05:30 UTC is
		// 01:30 EDT on the 2nd, and 04:30 UTC on the 3rd is 23:30 EST on the 2nd. (The ledger books a posting in a closed
		// month today, so the days are written here directly, in a transaction that is rolled back.)
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			days.add(List.of(new Posting.Entry(LedgerAccount.MECHANIC, m, 17_00, LineKind.MECHANIC_SHARE, ServiceKind.VIRTUAL_CONSULTATION,
					null)), Instant.parse("2025-11-02T03:30:00Z"));
			days.add(List.of(new Posting.Entry(LedgerAccount.MECHANIC, m, 25_50, LineKind.MECHANIC_SHARE, ServiceKind.VIRTUAL_CONSULTATION,
					null)), Instant.parse("2025-11-02T05:30:00Z"));
			days.add(List.of(new Posting.Entry(LedgerAccount.PLATFORM_REVENUE, null, 75_00, LineKind.PLATFORM_FEE, ServiceKind.WORKSHOP_JOB,
					null), new Posting.Entry(LedgerAccount.WORKSHOP, w, 85_00, LineKind.WORKSHOP_SHARE, ServiceKind.WORKSHOP_JOB, null),
					new Posting.Entry(LedgerAccount.MECHANIC, m, 340_00, LineKind.MECHANIC_SHARE, ServiceKind.WORKSHOP_JOB, null)),
					Instant.parse("2025-11-03T04:30:00Z"));
			days.add(List.of(new Posting.Entry(LedgerAccount.MECHANIC, m, -75_00, LineKind.BAY_FEE, ServiceKind.WORKSHOP_JOB, null),
					new Posting.Entry(LedgerAccount.WORKSHOP, w, 75_00, LineKind.BAY_FEE, ServiceKind.WORKSHOP_JOB, null)),
					Instant.parse("2025-11-03T04:45:00Z"));
			days.add(List.of(new Posting.Entry(LedgerAccount.MECHANIC, m, -200_00, LineKind.PAYOUT, null, null)),
					Instant.parse("2025-11-03T05:30:00Z"));

			assertThat(earnings.ofMechanicByDay(mechanic.id(), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 30))).containsExactly(
					new EarningsDay(LocalDate.of(2025, 11, 1), 17_00, 0, 0, 0),
					new EarningsDay(LocalDate.of(2025, 11, 2), 25_50, 340_00, -75_00, 0),
					new EarningsDay(LocalDate.of(2025, 11, 3), 0, 0, 0, 200_00));
			assertThat(days.between(LedgerAccount.WORKSHOP, w, LocalDate.of(2025, 11, 2), LocalDate.of(2025, 11, 2)))
				.containsExactly(new EarningsDay(LocalDate.of(2025, 11, 2), 0, 85_00, 75_00, 0));
			assertThat(earnings.ofMechanicByDay(mechanic.id(), LocalDate.of(2025, 11, 2), LocalDate.of(2025, 11, 2)))
				.as("a one-day period").hasSize(1);
			status.setRollbackOnly();
		});
	}

	@Test
	void concurrentPostingsForOneMechanicAndDayAllCount() throws Exception {
		Mechanic mechanic = parties.mechanic("Busy Day Mechanic");
		Instant at = calendar.startOf(calendar.today()).plusSeconds(3_600);
		LedgerTests.concurrently(12, () -> sale(mechanic, "10", at));

		assertThat(earnings.ofMechanicByDay(mechanic.id(), calendar.today(), calendar.today()))
			.containsExactly(new EarningsDay(calendar.today(), 12 * 8_50, 0, 0, 0));
	}

	@Test
	void theDaysAreRebuiltFromTheEntriesWhenTheyWereSummedInAnotherZone() {
		Mechanic mechanic = parties.mechanic("Rebuilt Mechanic");
		RecordedSale sale = sale(mechanic, "40", calendar.now().minusSeconds(60));
		LocalDate day = calendar.dateOf(jdbc.sql("SELECT booked_at FROM ledger_transactions WHERE business_key = ?")
			.param("sale/" + sale.businessKey()).query(java.time.OffsetDateTime.class).single().toInstant());
		assertThat(days.rebuildIfStale()).as("already summed in the configured zone").isFalse();

		// as if the days had been summed in another zone, with a row that is wrong in any zone
		jdbc.sql("UPDATE ledger_party_days_zone SET zone = 'Europe/Paris'").update();
		jdbc.sql("UPDATE ledger_party_days SET virtual_cents = 1, booked_on = ? WHERE account = 'MECHANIC' AND party_id = ?")
			.params(day.minusDays(1), mechanic.id().value()).update();
		assertThat(days.rebuildIfStale()).isTrue();

		assertThat(jdbc.sql("SELECT zone FROM ledger_party_days_zone").query(String.class).single()).isEqualTo(calendar.zone().getId());
		assertThat(earnings.ofMechanicByDay(mechanic.id(), day.minusDays(3), day.plusDays(3)))
			.containsExactly(new EarningsDay(day, 34_00, 0, 0, 0));
	}

	private RecordedSale sale(Mechanic mechanic, String dollars, Instant at) {
		return revenue.recordSale(new Sale(Parties.key("consultation"), new VirtualIndependent(), Money.ofDollars(dollars),
				mechanic.id(), null, at, "Chat consultation", null));
	}
}
