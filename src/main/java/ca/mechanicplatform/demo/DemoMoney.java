package ca.mechanicplatform.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.accounts.Customer;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.ConsultationChannel;
import ca.mechanicplatform.revenue.ConsultationPrices;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.PaymentRequest;
import ca.mechanicplatform.revenue.Payments;
import ca.mechanicplatform.revenue.PayoutLine;
import ca.mechanicplatform.revenue.PayoutRun;
import ca.mechanicplatform.revenue.Payouts;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel;
import ca.mechanicplatform.revenue.Sale;
import ca.mechanicplatform.statements.StatementRun;
import ca.mechanicplatform.statements.Statements;
import ca.mechanicplatform.statements.TaxProfileForm;
import ca.mechanicplatform.statements.TaxProfiles;
import ca.mechanicplatform.workshops.Workshop;

/**
 * A few months of money for the demo log-ins: paid consultations, bay-rental jobs, a refund, statements for the months
 * that are over, a payout run (one line failed and restored) and tax profiles, all through the revenue and statements
 * facades, so the earnings, statements, payouts, reconciliation and T4A pages show real figures.
 * <p>
 * The past months are recorded straight into revenue, dated in the past, because no other module can act in the past.
 * That includes the partner mechanic's bay-rental jobs at the Toronto workshop (at its "King West bays by the hour"
 * rate): revenue records a partnership job against the workshop, not against a partnership, so they stand for the
 * history before the demo's partnership, which is made today ({@link DemoPartnership}). From today on, bay-rental money
 * comes only from that partnership's bookings; there is no membership partnership, so no membership fee.
 */
@Component
class DemoMoney {

	/** The demo people the money flows between. */
	record People(Mechanic partner, Mechanic virtualOnly, Mechanic employee, Workshop toronto, List<Customer> customers) {
	}

	static final int MONTHS_OF_HISTORY = 4;
	/** The hourly rate of the Toronto workshop's bay-rental program, "King West bays by the hour". */
	private static final Money KING_WEST_HOURLY = Money.ofDollars("40");
	private static final List<String> CONSULTATIONS = List.of("Brake noise at low speed", "Check engine light P0420",
			"Battery drains overnight", "Transmission slips when cold", "Pre-purchase questions on a used SUV",
			"Winter tire and alignment advice", "AC blows warm air", "Coolant smell after driving");
	private static final List<String> JOBS = List.of("Front brake pads and rotors", "Timing belt replacement",
			"Check engine light diagnosis and O2 sensor", "Suspension inspection and sway bar links", "Alternator replacement",
			"Winter tires mounted and balanced");

	private final Revenue revenue;
	private final Payments payments;
	private final Payouts payouts;
	private final ConsultationPrices prices;
	private final Statements statements;
	private final TaxProfiles taxProfiles;
	private final AccountingCalendar calendar;
	private final TransactionTemplate transaction;
	private final Random random = new Random(2026);
	private int sequence;

	DemoMoney(Revenue revenue, Payments payments, Payouts payouts, ConsultationPrices prices, Statements statements,
			TaxProfiles taxProfiles, AccountingCalendar calendar, TransactionTemplate transaction) {
		this.revenue = revenue;
		this.payments = payments;
		this.payouts = payouts;
		this.prices = prices;
		this.statements = statements;
		this.taxProfiles = taxProfiles;
		this.calendar = calendar;
		this.transaction = transaction;
	}

	/** Loads the history, issues the past months' statements, then pays out and records this month so far. */
	void load(People people) {
		YearMonth current = calendar.currentMonth();
		transaction.executeWithoutResult(status -> {
			for (int back = MONTHS_OF_HISTORY; back >= 1; back--) {
				month(people, current.minusMonths(back), 1.0);
			}
		});
		// Issuing a month closes it; each generation runs in transactions of its own after the history is committed.
		for (int back = MONTHS_OF_HISTORY; back >= 1; back--) {
			statements.generate(current.minusMonths(back), StatementRun.Trigger.DEMO, null);
		}
		transaction.executeWithoutResult(status -> {
			PayoutRun run = payouts.run(null);
			for (PayoutLine line : payouts.lines(run.id())) {
				if (line.party() == LedgerAccount.MECHANIC && line.partyId() == people.employee().id().value()) {
					payouts.markFailed(line.id(), null, "The bank returned the deposit: account closed");
				}
				else {
					payouts.markPaid(line.id(), null);
				}
			}
			double elapsed = (double) calendar.today().getDayOfMonth() / current.lengthOfMonth();
			month(people, current, elapsed);
			refundOneConsultation(people);
			payments.capture(new PaymentRequest("demo-payment-in-progress", people.customers().get(0).id(), prices.priceOf(
					ConsultationChannel.VIDEO), "Video consultation requested, not yet held", null));
			taxProfiles.save(LedgerAccount.MECHANIC, people.partner().id().value(), new TaxProfileForm("Alexandre Moreau",
					"221 Dundas St W", "Toronto", "ON", "M6H 2N4", "SIN", "046 454 286"), people.partner().userId());
			taxProfiles.save(LedgerAccount.WORKSHOP, people.toronto().id().value(), new TaxProfileForm("AutoFix Toronto Inc.",
					"450 King St W", "Toronto", "ON", "M5V 1K4", "BN", "123456789"), people.toronto().adminUserId());
		});
	}

	/**
	 * One month of activity; {@code share} scales the counts for a month still under way. The current month has no
	 * bay-rental jobs of its own: this month's come from the partnership's bookings.
	 */
	private void month(People people, YearMonth month, double share) {
		for (int i = 0; i < count(6, share); i++) {
			consultation(people.partner(), new RevenueModel.VirtualIndependent(), people, month);
		}
		for (int i = 0; i < count(10, share); i++) {
			consultation(people.virtualOnly(), new RevenueModel.VirtualIndependent(), people, month);
		}
		for (int i = 0; i < count(4, share); i++) {
			consultation(people.employee(), new RevenueModel.EmployeeOnShift(people.toronto().id()), people, month);
		}
		for (int i = 0; i < count(3, share); i++) {
			consultation(people.employee(), new RevenueModel.EmployeeOffShiftLocalExclusion(people.toronto().id()), people, month);
		}
		if (month.isBefore(calendar.currentMonth())) {
			for (int i = 0; i < 3; i++) {
				Money bayFee = KING_WEST_HOURLY.times(2 + random.nextInt(3));
				job(people.partner(), new RevenueModel.BayRental(people.toronto().id(), bayFee), people, month);
			}
		}
	}

	private void consultation(Mechanic mechanic, RevenueModel model, People people, YearMonth month) {
		ConsultationChannel channel = random.nextInt(3) == 0 ? ConsultationChannel.CHAT : ConsultationChannel.VIDEO;
		String description = channel.label() + " consultation: " + CONSULTATIONS.get(random.nextInt(CONSULTATIONS.size()));
		sale(mechanic, model, prices.priceOf(channel), description, people, month);
	}

	private void job(Mechanic mechanic, RevenueModel model, People people, YearMonth month) {
		Money gross = Money.ofCents((280 + random.nextInt(35) * 10) * 100L);
		sale(mechanic, model, gross, JOBS.get(random.nextInt(JOBS.size())), people, month);
	}

	private void sale(Mechanic mechanic, RevenueModel model, Money gross, String description, People people, YearMonth month) {
		Customer customer = people.customers().get(random.nextInt(people.customers().size()));
		Instant at = momentIn(month);
		int n = ++sequence;
		String paymentKey = "demo-payment-" + n;
		payments.capture(new PaymentRequest(paymentKey, customer.id(), gross, description, at.minus(Duration.ofMinutes(30))));
		revenue.recordSale(new Sale("demo-sale-" + n, model, gross, mechanic.id(), customer.id(), at, description, paymentKey));
	}

	/** A customer's money back for one of this month's consultations by the partner mechanic: the split is reversed. */
	private void refundOneConsultation(People people) {
		revenue.recordSale(new Sale("demo-sale-refunded", new RevenueModel.VirtualIndependent(), prices.priceOf(ConsultationChannel.CHAT),
				people.partner().id(), people.customers().get(1).id(), momentIn(calendar.currentMonth()),
				"Chat consultation: mechanic could not diagnose", capture("demo-payment-refunded", people)));
		payments.refund("demo-payment-refunded", "The mechanic could not help; the customer was refunded in full");
	}

	private String capture(String key, People people) {
		payments.capture(new PaymentRequest(key, people.customers().get(1).id(), prices.priceOf(ConsultationChannel.CHAT),
				"Chat consultation", calendar.startOf(calendar.currentMonth())));
		return key;
	}

	/** A time during opening hours on a day of the month, never in the future. */
	private Instant momentIn(YearMonth month) {
		LocalDate last = month.equals(calendar.currentMonth()) ? calendar.today() : month.atEndOfMonth();
		LocalDate day = month.atDay(1 + random.nextInt(last.getDayOfMonth()));
		Instant at = calendar.startOf(day).plus(Duration.ofMinutes(9 * 60 + random.nextInt(11 * 60)));
		Instant latest = calendar.now().minus(Duration.ofMinutes(5));
		return at.isAfter(latest) ? latest.minus(Duration.ofMinutes(random.nextInt(60))) : at;
	}

	private int count(int full, double share) {
		return (int) Math.max(share >= 1 ? full : 0, Math.round(full * share + random.nextDouble() - 0.5));
	}
}
