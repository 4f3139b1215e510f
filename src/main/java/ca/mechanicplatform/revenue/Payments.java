package ca.mechanicplatform.revenue;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.revenue.internal.Ledger;
import ca.mechanicplatform.revenue.internal.LedgerRows;
import ca.mechanicplatform.revenue.internal.Once;
import ca.mechanicplatform.revenue.internal.PaymentRows;
import ca.mechanicplatform.revenue.internal.Posting;
import ca.mechanicplatform.revenue.internal.SaleRows;

/**
 * Customer payments through the {@link PaymentGateway}: capture and full refund, both idempotent by business key.
 * A captured payment sits in the customer payments clearing account until a sale uses it
 * ({@link Sale#paymentKey()}); a refund reverses that sale's split and returns the money.
 */
@Service
public class Payments {

	private final PaymentRows payments;
	private final SaleRows sales;
	private final LedgerRows ledgerRows;
	private final Ledger ledger;
	private final Once once;
	private final PaymentGateway gateway;
	private final Accounts accounts;
	private final Revenue revenue;
	private final AccountingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;

	Payments(PaymentRows payments, SaleRows sales, LedgerRows ledgerRows, Ledger ledger, Once once, PaymentGateway gateway,
			Accounts accounts, Revenue revenue, AccountingCalendar calendar, ApplicationEventPublisher events, AuditLog audit) {
		this.audit = audit;
		this.payments = payments;
		this.sales = sales;
		this.ledgerRows = ledgerRows;
		this.ledger = ledger;
		this.once = once;
		this.gateway = gateway;
		this.accounts = accounts;
		this.revenue = revenue;
		this.calendar = calendar;
		this.events = events;
	}

	/**
	 * Takes a customer's money through the gateway and records it: funds held, owed to the customer payments
	 * clearing account. Capturing the same key again returns the first capture and charges nothing more.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field at fault; nothing is charged
	 * @throws NotFoundException     if the customer does not exist
	 * @throws BusinessRuleException if the key was captured with a different amount or customer
	 */
	@Transactional
	public Payment capture(PaymentRequest request) {
		InputCheck check = new InputCheck();
		String key = revenue.businessKey(check, request.businessKey());
		Revenue.amount(check, "amount", request.amount());
		String description = check.text("description", request.description(), 300, "Say what the payment is for");
		check.require(request.capturedAt() == null || !request.capturedAt().isAfter(calendar.now().plus(Revenue.CLOCK_SKEW)),
				"capturedAt", "A payment cannot be recorded before it is taken");
		check.throwIfInvalid();

		var outcome = once.record(() -> payments.findByKey(key), () -> {
			if (request.customer() != null) {
				accounts.customer(request.customer());
			}
			Instant at = request.capturedAt() == null ? calendar.now() : request.capturedAt();
			String reference = gateway.capture(key, request.amount(), description);
			long id = payments.insert(key, request.customer(), request.amount(), description, gateway.name(), reference, at);
			ledger.post(new Posting("payment/" + key, TransactionKind.PAYMENT_CAPTURE, description, at).forPayment(id)
				.add(LedgerAccount.FUNDS_HELD, -request.amount().cents(), LineKind.PAYMENT, null, null)
				.add(LedgerAccount.CUSTOMER_PAYMENTS, request.amount().cents(), LineKind.PAYMENT, null, null));
			audit.record(null, "payment.captured", "payment:" + key, null, request.amount() + " from "
					+ (request.customer() == null ? "a customer off the platform" : "customer " + request.customer().value())
					+ " via " + gateway.name() + " (" + reference + "): " + description);
			events.publishEvent(new PaymentCaptured(id, key, request.customer(), request.amount().cents()));
			return payments.find(id).orElseThrow();
		});
		Payment payment = outcome.value();
		if (!outcome.alreadyRecorded()) {
			return payment;
		}
		if (!payment.amount().equals(request.amount()) || !java.util.Objects.equals(payment.customer(), request.customer())) {
			throw new BusinessRuleException("businessKey", "Payment " + key + " was already captured with different figures ("
					+ payment.amount() + ")");
		}
		return payment.asAlreadyRecorded();
	}

	/**
	 * Refunds a captured payment in full through the gateway. If a sale used it, the sale's split is reversed first
	 * (every entry negated, pointing back at the sale), so the platform, the workshop and the mechanic give back
	 * exactly what they got. Refunding again returns the first refund and moves no money.
	 *
	 * @throws NotFoundException if there is no payment with that key
	 * @throws ca.mechanicplatform.kernel.InvalidInputException if the reason is missing or too long
	 */
	@Transactional
	public Payment refund(String paymentKey, String reason) {
		InputCheck check = new InputCheck();
		String why = check.text("reason", reason, 300, "Say why the payment is refunded");
		check.throwIfInvalid();
		Payment payment = payments.lockByKey(paymentKey == null ? "" : paymentKey.trim())
			.orElseThrow(() -> new NotFoundException("Payment " + paymentKey + " was not found"));
		if (payment.isRefunded()) {
			return payment.asAlreadyRecorded();
		}
		Instant now = calendar.now();
		String reference = gateway.refund("refund/" + payment.businessKey(), payment.gatewayReference(), payment.amount());
		payments.markRefunded(payment.id(), now, reference, why);

		Long reversedSale = null;
		var sale = sales.ofPayment(payment.id());
		if (sale.isPresent()) {
			var original = ledgerRows.ofSale(sale.get().id(), TransactionKind.SALE).orElseThrow();
			ledger.reverse(original, "sale-reversal/" + sale.get().businessKey(), TransactionKind.SALE_REVERSAL,
					"Refunded: " + sale.get().description(), now);
			reversedSale = sale.get().id();
		}
		ledger.post(new Posting("refund/" + payment.businessKey(), TransactionKind.PAYMENT_REFUND, "Refund: " + why, now)
			.forPayment(payment.id())
			.add(LedgerAccount.CUSTOMER_PAYMENTS, -payment.amount().cents(), LineKind.REFUND, null, null)
			.add(LedgerAccount.FUNDS_HELD, payment.amount().cents(), LineKind.REFUND, null, null));
		audit.record(null, "payment.refunded", "payment:" + payment.businessKey(), "CAPTURED " + payment.amount(),
				"REFUNDED " + payment.amount() + " (" + reference + ")" + (reversedSale == null ? "" : ", sale " + reversedSale
						+ " reversed") + ": " + why);
		events.publishEvent(new PaymentRefunded(payment.id(), payment.businessKey(), payment.customer(), payment.amount().cents(),
				reversedSale));
		return payments.find(payment.id()).orElseThrow();
	}

	/** A payment by its business key. */
	public java.util.Optional<Payment> find(String businessKey) {
		return payments.findByKey(businessKey);
	}
}
