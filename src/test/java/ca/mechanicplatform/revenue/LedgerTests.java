package ca.mechanicplatform.revenue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.RevenueModel.BayRental;
import ca.mechanicplatform.revenue.RevenueModel.EmployeeOffShiftRevenueShare;
import ca.mechanicplatform.revenue.RevenueModel.EmployeeOnShift;
import ca.mechanicplatform.revenue.RevenueModel.RevenueShare;
import ca.mechanicplatform.revenue.RevenueModel.VirtualIndependent;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sales, bay and membership fees on the real ledger in PostgreSQL; the ledger balances after every scenario. */
@PlatformTest
class LedgerTests {

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
	void aConsultationIsPostedAsOneBalancedTransaction() {
		Mechanic mechanic = parties.mechanic("Jordan Blake");
		var customer = parties.customer("Sam Patel");
		RecordedSale sale = revenue.recordSale(new Sale(Parties.key("consultation"), new VirtualIndependent(),
				Money.ofDollars("25"), mechanic.id(), customer.id(), now(), "Video consultation", null));

		assertThat(sale.alreadyRecorded()).isFalse();
		assertThat(sale.split().platformFeeCents()).isEqualTo(375);
		assertThat(revenue.balance(mechanic.id())).isEqualTo(Money.ofDollars("21.25"));
		var entries = jdbc.sql("""
				SELECT e.account, e.amount_cents FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
				WHERE t.business_key = ? ORDER BY e.id""").param("sale/" + sale.businessKey())
			.query((rs, i) -> rs.getString(1) + " " + rs.getLong(2)).list();
		assertThat(entries).containsExactly("CUSTOMER_PAYMENTS -2500", "PLATFORM_REVENUE 375", "MECHANIC 2125");
	}

	@Test
	void recordingTheSameSaleAgainPostsNothingMoreAndReturnsTheFirst() {
		Mechanic mechanic = parties.mechanic("Alex Moreau");
		Sale sale = new Sale(Parties.key("consultation"), new VirtualIndependent(), Money.ofDollars("35"), mechanic.id(), null,
				now(), null, null);
		RecordedSale first = revenue.recordSale(sale);
		RecordedSale again = revenue.recordSale(sale);

		assertThat(again.alreadyRecorded()).isTrue();
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.description()).isEqualTo("Virtual consultation by an independent mechanic");
		assertThat(transactionsWithKey("sale/" + sale.businessKey())).isEqualTo(1);
		assertThat(revenue.balance(mechanic.id())).isEqualTo(Money.ofDollars("29.75"));
	}

	@Test
	void theSameKeyWithDifferentFiguresIsRefused() {
		Mechanic mechanic = parties.mechanic("Alex Moreau");
		String key = Parties.key("consultation");
		revenue.recordSale(new Sale(key, new VirtualIndependent(), Money.ofDollars("35"), mechanic.id(), null, now(), null, null));
		assertThatThrownBy(() -> revenue.recordSale(new Sale(key, new VirtualIndependent(), Money.ofDollars("15"), mechanic.id(),
				null, now(), null, null)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("already recorded with different figures");
		assertThat(revenue.balance(mechanic.id())).isEqualTo(Money.ofDollars("29.75"));
	}

	@Test
	void eightConcurrentRecordingsOfOneSalePostOnce() throws Exception {
		Mechanic mechanic = parties.mechanic("Concurrent Mechanic");
		Sale sale = new Sale(Parties.key("concurrent"), new VirtualIndependent(), Money.ofDollars("25"), mechanic.id(), null,
				now(), "Chat consultation", null);
		List<RecordedSale> results = concurrently(8, () -> revenue.recordSale(sale));

		assertThat(results).extracting(RecordedSale::id).containsOnly(results.get(0).id());
		assertThat(results).filteredOn(r -> !r.alreadyRecorded()).hasSize(1);
		assertThat(transactionsWithKey("sale/" + sale.businessKey())).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sales WHERE business_key = ?").param(sale.businessKey()).query(Long.class).single())
			.isEqualTo(1);
		assertThat(revenue.balance(mechanic.id())).isEqualTo(Money.ofDollars("21.25"));
	}

	@Test
	void anOnShiftConsultationPaysTheWorkshopAtTheEmployeeRate() {
		Workshop workshop = parties.workshop("AutoFix Toronto Inc.");
		Mechanic employee = parties.employeeOf(workshop, "Mike Johnson");
		RecordedSale sale = revenue.recordSale(new Sale(Parties.key("on-shift"), new EmployeeOnShift(workshop.id()),
				Money.ofDollars("50"), employee.id(), null, now(), null, null));
		assertThat(sale.split().platformFeeCents()).isEqualTo(250);
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.ofDollars("47.50"));
		assertThat(revenue.balance(employee.id())).isEqualTo(Money.zero());

		revenue.recordSale(new Sale(Parties.key("off-shift"), new EmployeeOffShiftRevenueShare(workshop.id(), Percentage.of(30)),
				Money.ofDollars("50"), employee.id(), null, now(), null, null));
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.ofDollars("61.75"));
		assertThat(revenue.balance(employee.id())).isEqualTo(Money.ofDollars("33.25"));
	}

	@Test
	void aConsultationsModelMustFitWhoTheMechanicIs() {
		Workshop workshop = parties.workshop("AutoFix Toronto Inc.");
		Workshop other = parties.workshop("Square One Auto Care");
		Mechanic employee = parties.employeeOf(workshop, "Mike Johnson");
		Mechanic independent = parties.mechanic("Alex Moreau");
		assertThatThrownBy(() -> revenue.recordSale(new Sale(Parties.key("x"), new VirtualIndependent(), Money.ofDollars("50"),
				employee.id(), null, now(), null, null))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("on shift");
		assertThatThrownBy(() -> revenue.recordSale(new Sale(Parties.key("x"), new EmployeeOnShift(other.id()),
				Money.ofDollars("50"), employee.id(), null, now(), null, null))).hasMessageContaining("another workshop");
		assertThatThrownBy(() -> revenue.recordSale(new Sale(Parties.key("x"), new EmployeeOnShift(workshop.id()),
				Money.ofDollars("50"), independent.id(), null, now(), null, null))).hasMessageContaining("not a workshop employee");
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.zero());
	}

	@Test
	void badSaleInputIsRefusedFieldByFieldAndPostsNothing() {
		long before = count();
		var refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class,
				() -> revenue.recordSale(new Sale(" ", null, Money.ofCents(-5), null, null, now().plus(Duration.ofDays(1)), null, null)));
		assertThat(refused.fieldErrors()).containsKeys("businessKey", "model", "gross", "mechanic", "occurredAt");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aBayRentalJobPaysTheBayFeeToTheWorkshopOutOfTheMechanicsShare() {
		Workshop workshop = parties.workshop("Bow Valley Motors");
		Mechanic mechanic = parties.mechanic("Alex Moreau");
		revenue.recordSale(new Sale(Parties.key("job"), new BayRental(workshop.id(), Money.ofDollars("40")), Money.ofDollars("400"),
				mechanic.id(), null, now(), "Brake job", null));
		assertThat(revenue.balance(mechanic.id())).isEqualTo(Money.ofDollars("300"));
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.ofDollars("40"));
		assertThatThrownBy(() -> revenue.recordSale(new Sale(Parties.key("job"), new BayRental(workshop.id(), Money.ofDollars("400")),
				Money.ofDollars("400"), mechanic.id(), null, now(), null, null)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("more than the job leaves");
	}

	@Test
	void aBayFeeChargedOnItsOwnMovesMoneyFromTheMechanicToTheWorkshopOnce() {
		Workshop workshop = parties.workshop("Gastown Garage Ltd.");
		Mechanic mechanic = parties.mechanic("Alex Moreau");
		revenue.recordSale(new Sale(Parties.key("job"), new RevenueShare(workshop.id(), Percentage.of(20)), Money.ofDollars("500"),
				mechanic.id(), null, now(), null, null));
		BayFee fee = new BayFee(Parties.key("booking"), mechanic.id(), workshop.id(), Money.ofDollars("75"), now(), "Bay 2, 3 hours");
		FeeCharge first = revenue.chargeBayFee(fee);
		FeeCharge again = revenue.chargeBayFee(fee);
		assertThat(again.alreadyRecorded()).isTrue();
		assertThat(again.transactionId()).isEqualTo(first.transactionId());
		// $500: fee $75, workshop 20% of $425 = $85, mechanic $340; then the $75 bay fee.
		assertThat(revenue.balance(mechanic.id())).isEqualTo(Money.ofDollars("265"));
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.ofDollars("160"));
	}

	@Test
	void theFirstMembershipMonthIsProratedByDayAndEachMonthIsChargedOnce() {
		Workshop workshop = parties.workshop("Harbourside Auto");
		Mechanic mechanic = parties.mechanic("Alex Moreau");
		YearMonth october = YearMonth.of(2026, 10);
		FeeCharge first = revenue.chargeMembershipFee(workshop.id(), mechanic.id(), october, Money.ofDollars("100"),
				LocalDate.of(2026, 10, 17));
		assertThat(first.amount()).as("$100 × 15/31 days").isEqualTo(Money.ofDollars("48.39"));
		assertThat(first.description()).isEqualTo("Membership fee for October 2026, prorated from the 17th: $100.00 × 15/31 days = $48.39");
		FeeCharge full = revenue.chargeMembershipFee(workshop.id(), mechanic.id(), october.plusMonths(1), Money.ofDollars("100"),
				LocalDate.of(2026, 10, 17));
		assertThat(full.amount()).isEqualTo(Money.ofDollars("100"));
		assertThat(revenue.chargeMembershipFee(workshop.id(), mechanic.id(), october, Money.ofDollars("100"),
				LocalDate.of(2026, 10, 17)).alreadyRecorded()).isTrue();
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.ofDollars("148.39"));
		assertThat(revenue.balance(mechanic.id())).as("the mechanic owes the fees").isEqualTo(Money.ofDollars("-148.39"));

		assertThatThrownBy(() -> revenue.chargeMembershipFee(workshop.id(), mechanic.id(), october, Money.ofDollars("120"),
				LocalDate.of(2026, 10, 17))).isInstanceOf(BusinessRuleException.class).hasMessageContaining("different figures");
		var refused = org.assertj.core.api.Assertions.catchThrowableOfType(InvalidInputException.class, () -> revenue
			.chargeMembershipFee(workshop.id(), mechanic.id(), YearMonth.of(2026, 9), Money.ofDollars("100"), LocalDate.of(2026, 10, 17)));
		assertThat(refused.fieldErrors()).containsKey("partnershipStarts");
	}

	@Test
	void concurrentMembershipChargesForOneMonthChargeOnce() throws Exception {
		Workshop workshop = parties.workshop("Harbourside Auto");
		Mechanic mechanic = parties.mechanic("Alex Moreau");
		List<FeeCharge> charges = concurrently(6, () -> revenue.chargeMembershipFee(workshop.id(), mechanic.id(),
				calendar.currentMonth(), Money.ofDollars("99"), LocalDate.of(2020, 1, 1)));
		assertThat(charges).extracting(FeeCharge::transactionId).containsOnly(charges.get(0).transactionId());
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.ofDollars("99"));
	}

	@Test
	void postgresRefusesToChangeOrDeleteLedgerHistory() {
		Mechanic mechanic = parties.mechanic("Alex Moreau");
		revenue.recordSale(new Sale(Parties.key("history"), new VirtualIndependent(), Money.ofDollars("25"), mechanic.id(), null,
				now(), null, null));
		assertThatThrownBy(() -> jdbc.sql("UPDATE ledger_entries SET amount_cents = amount_cents + 1 WHERE account = 'MECHANIC' AND party_id = ?")
			.param(mechanic.id().value()).update()).hasMessageContaining("never changed or deleted");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM ledger_entries WHERE account = 'MECHANIC' AND party_id = ?")
			.param(mechanic.id().value()).update()).hasMessageContaining("never changed or deleted");
		assertThatThrownBy(() -> jdbc.sql("UPDATE fee_rules SET percentage = 1").update()).hasMessageContaining("never changed");
		assertThat(revenue.balance(mechanic.id())).isEqualTo(Money.ofDollars("21.25"));
	}

	private Instant now() {
		return calendar.now().minusSeconds(60);
	}

	private long transactionsWithKey(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM ledger_transactions WHERE business_key = ?").param(key).query(Long.class).single();
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM ledger_entries").query(Long.class).single();
	}

	/** Runs the same call on {@code threads} threads released together, and returns every result. */
	static <T> List<T> concurrently(int threads, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch ready = new CountDownLatch(threads);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return call.call();
				}));
			}
			ready.await();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
