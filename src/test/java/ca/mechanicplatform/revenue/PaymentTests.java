package ca.mechanicplatform.revenue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.Customer;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.RevenueModel.EmployeeOffShiftRevenueShare;
import ca.mechanicplatform.revenue.RevenueModel.VirtualIndependent;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Payments through the offline gateway: capture and refund are idempotent, and a refund reverses the split. */
@PlatformTest
class PaymentTests {

	@Autowired
	Payments payments;

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
	void aCapturedPaymentPaysForASaleAndARefundReversesTheWholeSplit() {
		Workshop workshop = parties.workshop("AutoFix Toronto Inc.");
		Mechanic employee = parties.employeeOf(workshop, "Mike Johnson");
		Customer customer = parties.customer("Sam Patel");
		String paymentKey = Parties.key("payment");
		Payment payment = payments.capture(new PaymentRequest(paymentKey, customer.id(), Money.ofDollars("50"),
				"Video consultation", null));
		assertThat(payment.gateway()).isEqualTo("offline");
		assertThat(payment.gatewayReference()).isEqualTo("offline-capture:" + paymentKey);

		RecordedSale sale = revenue.recordSale(new Sale(Parties.key("consultation"),
				new EmployeeOffShiftRevenueShare(workshop.id(), Percentage.of(30)), Money.ofDollars("50"), employee.id(),
				customer.id(), now(), "Video consultation", paymentKey));
		assertThat(sale.paymentId()).isEqualTo(payment.id());
		assertThat(revenue.balance(employee.id())).isEqualTo(Money.ofDollars("33.25"));
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.ofDollars("14.25"));

		Payment refunded = payments.refund(paymentKey, "Customer could not connect");
		assertThat(refunded.isRefunded()).isTrue();
		assertThat(refunded.refundReference()).isEqualTo("offline-refund:refund/" + paymentKey);
		assertThat(revenue.balance(employee.id())).isEqualTo(Money.zero());
		assertThat(revenue.balance(workshop.id())).isEqualTo(Money.zero());

		var reversal = jdbc.sql("""
				SELECT t.kind, t.reverses, o.business_key FROM ledger_transactions t JOIN ledger_transactions o ON o.id = t.reverses
				WHERE t.business_key = ?""").param("sale-reversal/" + sale.businessKey())
			.query((rs, i) -> rs.getString(1) + " of " + rs.getString(3)).single();
		assertThat(reversal).isEqualTo("SALE_REVERSAL of sale/" + sale.businessKey());
		assertThat(paymentNet(payment.id(), sale.id())).as("every account of the payment and sale nets to zero").isZero();
	}

	@Test
	void capturingOrRefundingTwiceMovesMoneyOnce() {
		Customer customer = parties.customer("Grace Lee");
		String key = Parties.key("payment");
		PaymentRequest request = new PaymentRequest(key, customer.id(), Money.ofDollars("15"), "Chat consultation", null);
		Payment first = payments.capture(request);
		Payment again = payments.capture(request);
		assertThat(again.alreadyRecorded()).isTrue();
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(transactions("payment/" + key)).isEqualTo(1);

		payments.refund(key, "Duplicate request");
		Payment secondRefund = payments.refund(key, "Duplicate request");
		assertThat(secondRefund.alreadyRecorded()).isTrue();
		assertThat(transactions("refund/" + key)).isEqualTo(1);

		assertThatThrownBy(() -> payments.capture(new PaymentRequest(key, customer.id(), Money.ofDollars("16"), "Chat", null)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("different figures");
	}

	@Test
	void concurrentCapturesAndRefundsOfOnePaymentMoveMoneyOnce() throws Exception {
		Customer customer = parties.customer("Noah Singh");
		String key = Parties.key("payment");
		List<Payment> captures = LedgerTests.concurrently(6, () -> payments.capture(new PaymentRequest(key, customer.id(),
				Money.ofDollars("35"), "Video consultation", null)));
		assertThat(captures).extracting(Payment::id).containsOnly(captures.get(0).id());
		List<Payment> refunds = LedgerTests.concurrently(6, () -> payments.refund(key, "Mechanic did not show up"));
		assertThat(refunds).filteredOn(p -> !p.alreadyRecorded()).hasSize(1);
		assertThat(transactions("payment/" + key)).isEqualTo(1);
		assertThat(transactions("refund/" + key)).isEqualTo(1);
	}

	@Test
	void aPaymentThatCannotPayForTheSaleIsRefused() {
		Mechanic mechanic = parties.mechanic("Jordan Blake");
		Customer customer = parties.customer("Ava MacDonald");
		String key = Parties.key("payment");
		payments.capture(new PaymentRequest(key, customer.id(), Money.ofDollars("15"), "Chat consultation", null));
		assertThatThrownBy(() -> revenue.recordSale(new Sale(Parties.key("consultation"), new VirtualIndependent(),
				Money.ofDollars("35"), mechanic.id(), customer.id(), now(), null, key)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("does not match");
		revenue.recordSale(new Sale(Parties.key("consultation"), new VirtualIndependent(), Money.ofDollars("15"), mechanic.id(),
				customer.id(), now(), null, key));
		assertThatThrownBy(() -> revenue.recordSale(new Sale(Parties.key("consultation"), new VirtualIndependent(),
				Money.ofDollars("15"), mechanic.id(), customer.id(), now(), null, key)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("already pays for sale");

		String refundedKey = Parties.key("payment");
		payments.capture(new PaymentRequest(refundedKey, customer.id(), Money.ofDollars("15"), "Chat consultation", null));
		payments.refund(refundedKey, "Cancelled");
		assertThatThrownBy(() -> revenue.recordSale(new Sale(Parties.key("consultation"), new VirtualIndependent(),
				Money.ofDollars("15"), mechanic.id(), customer.id(), now(), null, refundedKey)))
			.isInstanceOf(BusinessRuleException.class).hasMessageContaining("was refunded");
		assertThatThrownBy(() -> payments.refund("no-such-payment", "why")).isInstanceOf(NotFoundException.class);
		assertThat(revenue.balance(mechanic.id())).isEqualTo(Money.ofDollars("12.75"));
	}

	private long paymentNet(long paymentId, long saleId) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM (SELECT e.account, e.party_id, SUM(e.amount_cents) AS net FROM ledger_entries e
				JOIN ledger_transactions t ON t.id = e.transaction_id WHERE t.payment_id = ? OR t.sale_id = ?
				GROUP BY e.account, e.party_id) accounts WHERE net <> 0""").params(paymentId, saleId).query(Long.class).single();
	}

	private long transactions(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM ledger_transactions WHERE business_key = ?").param(key).query(Long.class).single();
	}

	private Instant now() {
		return calendar.now().minusSeconds(60);
	}
}
