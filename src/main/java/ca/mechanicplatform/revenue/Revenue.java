package ca.mechanicplatform.revenue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.internal.Ledger;
import ca.mechanicplatform.revenue.internal.LedgerRows;
import ca.mechanicplatform.revenue.internal.Once;
import ca.mechanicplatform.revenue.internal.PaymentRows;
import ca.mechanicplatform.revenue.internal.Posting;
import ca.mechanicplatform.revenue.internal.SaleRows;
import ca.mechanicplatform.workshops.Workshops;

/**
 * Records money earned on the platform: sales (split and posted to the ledger), bay fees and membership fees. Every
 * operation is idempotent by a business key: recording the same key again, later or concurrently, posts nothing more
 * and returns the first recording; the same key with different figures is refused.
 */
@Service
public class Revenue {

	/** How far a clock may run ahead of the platform's before a time is taken as "in the future". */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final SaleRows sales;
	private final PaymentRows payments;
	private final LedgerRows ledgerRows;
	private final Ledger ledger;
	private final Once once;
	private final FeeRules feeRules;
	private final Mechanics mechanics;
	private final Workshops workshops;
	private final Accounts accounts;
	private final AccountingCalendar calendar;
	private final ApplicationEventPublisher events;

	Revenue(SaleRows sales, PaymentRows payments, LedgerRows ledgerRows, Ledger ledger, Once once, FeeRules feeRules,
			Mechanics mechanics, Workshops workshops, Accounts accounts, AccountingCalendar calendar,
			ApplicationEventPublisher events) {
		this.sales = sales;
		this.payments = payments;
		this.ledgerRows = ledgerRows;
		this.ledger = ledger;
		this.once = once;
		this.feeRules = feeRules;
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.accounts = accounts;
		this.calendar = calendar;
		this.events = events;
	}

	/**
	 * Records a completed consultation or job: splits it with the fee rule in force when it happened and posts one
	 * balanced ledger transaction (the customer payment applied, the platform fee, the workshop's share and any bay
	 * fee, the mechanic's share). Publishes {@link SaleRecorded} the first time.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field at fault; nothing is stored
	 * @throws NotFoundException      if the mechanic, workshop, customer or payment does not exist
	 * @throws BusinessRuleException  if the model does not fit the mechanic (an employee's consultation under a
	 *                                non-employee model, or another workshop), the payment cannot pay for it, or the
	 *                                key was recorded with different figures
	 */
	@Transactional
	public RecordedSale recordSale(Sale sale) {
		InputCheck check = new InputCheck();
		String key = businessKey(check, sale.businessKey());
		check.require(sale.model() != null, "model", "Choose the revenue model");
		amount(check, "gross", sale.gross());
		check.require(sale.mechanic() != null, "mechanic", "Name the mechanic who did the work");
		occurredAt(check, sale.occurredAt());
		String description = check.optionalText("description", sale.description(), 300);
		String paymentKey = check.optionalText("paymentKey", sale.paymentKey(), 200);
		check.throwIfInvalid();

		var outcome = once.record(() -> sales.findByKey(key), () -> create(key, sale,
				description == null ? sale.model().kind().label() : description, paymentKey));
		if (!outcome.alreadyRecorded()) {
			return outcome.value();
		}
		RecordedSale first = outcome.value();
		boolean same = first.split().kind() == sale.model().kind() && first.split().grossCents() == sale.gross().cents()
				&& first.mechanic().equals(sale.mechanic()) && Objects.equals(first.workshop(), sale.model().workshop());
		if (!same) {
			throw new BusinessRuleException("businessKey", "Sale " + key + " was already recorded with different figures ("
					+ first.split().kind() + ", " + Money.ofCents(first.split().grossCents()) + ")");
		}
		return first.asAlreadyRecorded();
	}

	private RecordedSale create(String key, Sale sale, String description, String paymentKey) {
		RevenueModel model = sale.model();
		Mechanic mechanic = mechanics.get(sale.mechanic());
		requireModelFits(mechanic, model);
		if (model.workshop() != null) {
			workshops.get(model.workshop());
		}
		if (sale.customer() != null) {
			accounts.customer(sale.customer());
		}
		Long paymentId = paymentKey == null ? null : usablePayment(paymentKey, sale).id();

		FeeRule rule = feeRules.inForce(model.serviceKind(), model.kind().relationship(), sale.occurredAt());
		Split split;
		try {
			split = SplitCalculator.split(model, sale.gross().cents(), rule.percentage());
		}
		catch (IllegalArgumentException refused) {
			throw new BusinessRuleException("bayFee", refused.getMessage());
		}
		Instant now = calendar.now();
		long saleId = sales.insert(key, split, sale.mechanic(), model.workshop(), sale.customer(), description,
				sale.occurredAt(), now, paymentId);
		ledger.post(salePosting(key, saleId, split, sale.mechanic(), model.workshop(), description, sale.occurredAt()));
		events.publishEvent(new SaleRecorded(saleId, key, split.kind().serviceKind(), split.kind(), sale.mechanic(),
				model.workshop(), sale.customer(), split.grossCents(), split.platformFeeCents(), split.workshopCents(),
				split.mechanicCents(), sale.occurredAt()));
		return sales.find(saleId).orElseThrow();
	}

	static Posting salePosting(String key, long saleId, Split split, MechanicId mechanic, WorkshopId workshop,
			String description, Instant occurredAt) {
		ServiceKind service = split.kind().serviceKind();
		RevenueModelKind model = split.kind();
		Posting posting = new Posting("sale/" + key, TransactionKind.SALE, description, occurredAt).forSale(saleId)
			.add(LedgerAccount.CUSTOMER_PAYMENTS, -split.grossCents(), LineKind.SALE_GROSS, service, model)
			.add(LedgerAccount.PLATFORM_REVENUE, split.platformFeeCents(), LineKind.PLATFORM_FEE, service, model)
			.add(LedgerAccount.MECHANIC, mechanic.value(), split.mechanicShareCents(), LineKind.MECHANIC_SHARE, service, model);
		if (workshop != null) {
			posting.add(LedgerAccount.WORKSHOP, workshop.value(), split.workshopShareCents(), LineKind.WORKSHOP_SHARE, service, model)
				.add(LedgerAccount.MECHANIC, mechanic.value(), -split.bayFeeCents(), LineKind.BAY_FEE, service, model)
				.add(LedgerAccount.WORKSHOP, workshop.value(), split.bayFeeCents(), LineKind.BAY_FEE, service, model);
		}
		return posting;
	}

	/**
	 * An employee's consultations are routed to their own workshop by an employee model; nobody else's are.
	 * Partnership jobs are open to any mechanic the partnership admitted.
	 */
	private static void requireModelFits(Mechanic mechanic, RevenueModel model) {
		if (model.serviceKind() != ServiceKind.VIRTUAL_CONSULTATION) {
			return;
		}
		boolean employeeModel = model instanceof RevenueModel.EmployeeOnShift
				|| model instanceof RevenueModel.EmployeeOffShiftLocalExclusion
				|| model instanceof RevenueModel.EmployeeOffShiftRevenueShare;
		if (mechanic.isEmployee() && !employeeModel) {
			throw new BusinessRuleException("model", mechanic.name() + " is a workshop employee: record their consultations as on shift "
					+ "or off shift");
		}
		if (employeeModel && !mechanic.isEmployee()) {
			throw new BusinessRuleException("model", mechanic.name() + " is not a workshop employee");
		}
		if (employeeModel && !mechanic.workshopId().equals(model.workshop())) {
			throw new BusinessRuleException("model", mechanic.name() + " is employed by another workshop");
		}
	}

	private Payment usablePayment(String paymentKey, Sale sale) {
		Payment payment = payments.lockByKey(paymentKey)
			.orElseThrow(() -> new NotFoundException("Payment " + paymentKey + " was not found"));
		if (payment.isRefunded()) {
			throw new BusinessRuleException("paymentKey", "Payment " + paymentKey + " was refunded and cannot pay for a sale");
		}
		if (!payment.amount().equals(sale.gross())) {
			throw new BusinessRuleException("paymentKey", "Payment " + paymentKey + " of " + payment.amount()
					+ " does not match the sale's gross of " + sale.gross());
		}
		if (payment.customer() != null && sale.customer() != null && !payment.customer().equals(sale.customer())) {
			throw new BusinessRuleException("paymentKey", "Payment " + paymentKey + " was made by another customer");
		}
		sales.ofPayment(payment.id()).ifPresent(other -> {
			throw new BusinessRuleException("paymentKey", "Payment " + paymentKey + " already pays for sale " + other.businessKey());
		});
		return payment;
	}

	/**
	 * Charges a bay fee on its own: moves it from the mechanic's balance to the workshop's.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field at fault; nothing is stored
	 * @throws NotFoundException     if the mechanic or workshop does not exist
	 * @throws BusinessRuleException if the key was charged with different figures
	 */
	@Transactional
	public FeeCharge chargeBayFee(BayFee fee) {
		InputCheck check = new InputCheck();
		String key = businessKey(check, fee.businessKey());
		check.require(fee.mechanic() != null, "mechanic", "Name the mechanic");
		check.require(fee.workshop() != null, "workshop", "Name the workshop");
		amount(check, "amount", fee.amount());
		occurredAt(check, fee.occurredAt());
		String description = check.optionalText("description", fee.description(), 300);
		check.throwIfInvalid();
		return charge("bay-fee/" + key, TransactionKind.BAY_FEE, LineKind.BAY_FEE, fee.mechanic(), fee.workshop(), fee.amount(),
				description == null ? "Bay fee" : description, fee.occurredAt());
	}

	/**
	 * Charges a mechanic a partnership's monthly membership fee for one month, for the workshop. The month the
	 * partnership starts is prorated by day: the fee is divided between the active and inactive days by the largest
	 * remainder method and the active part charged (a $100 fee from the 17th of a 31-day month is $48.39).
	 * Charging the same workshop, mechanic and month again charges nothing more.
	 *
	 * @param month             the month charged, not after the current one
	 * @param partnershipStarts the day the partnership became active, not after the month
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field at fault; nothing is stored
	 * @throws NotFoundException     if the mechanic or workshop does not exist
	 * @throws BusinessRuleException if the month was charged with a different fee
	 */
	@Transactional
	public FeeCharge chargeMembershipFee(WorkshopId workshop, MechanicId mechanic, YearMonth month, Money monthlyFee,
			LocalDate partnershipStarts) {
		InputCheck check = new InputCheck();
		check.require(workshop != null, "workshop", "Name the workshop");
		check.require(mechanic != null, "mechanic", "Name the mechanic");
		check.require(month != null, "month", "Choose the month");
		check.require(month == null || !month.isAfter(calendar.currentMonth()), "month", "A month cannot be charged before it starts");
		amount(check, "monthlyFee", monthlyFee);
		check.require(partnershipStarts != null, "partnershipStarts", "Give the day the partnership started");
		check.require(month == null || partnershipStarts == null || !partnershipStarts.isAfter(month.atEndOfMonth()),
				"partnershipStarts", "The partnership starts after that month, so there is nothing to charge");
		check.throwIfInvalid();

		int days = month.lengthOfMonth();
		int active = partnershipStarts.isBefore(month.atDay(1)) ? days : days - partnershipStarts.getDayOfMonth() + 1;
		Money fee = active == days ? monthlyFee : monthlyFee.allocate(active, days - active).get(0);
		String monthName = month.getMonth().getDisplayName(TextStyle.FULL, Locale.CANADA) + " " + month.getYear();
		String description = active == days ? "Membership fee for " + monthName
				: "Membership fee for " + monthName + ", prorated from the " + ordinal(partnershipStarts.getDayOfMonth()) + ": "
						+ monthlyFee + " × " + active + "/" + days + " days = " + fee;
		Instant occurredAt = calendar.startOf(active == days ? month.atDay(1) : partnershipStarts);
		return charge("membership/" + workshop + "/" + mechanic + "/" + month, TransactionKind.MEMBERSHIP_FEE,
				LineKind.MEMBERSHIP_FEE, mechanic, workshop, fee, description, occurredAt);
	}

	private FeeCharge charge(String key, TransactionKind kind, LineKind line, MechanicId mechanic, WorkshopId workshop,
			Money amount, String description, Instant occurredAt) {
		var outcome = once.record(() -> findCharge(key), () -> {
			mechanics.get(mechanic);
			workshops.get(workshop);
			Posting posting = new Posting(key, kind, description, occurredAt)
				.add(LedgerAccount.MECHANIC, mechanic.value(), -amount.cents(), line, ServiceKind.WORKSHOP_JOB, modelOf(kind))
				.add(LedgerAccount.WORKSHOP, workshop.value(), amount.cents(), line, ServiceKind.WORKSHOP_JOB, modelOf(kind));
			ledger.post(posting);
			events.publishEvent(new FeeCharged(key, kind, mechanic, workshop, amount.cents()));
			return findCharge(key).orElseThrow();
		});
		FeeCharge charge = outcome.value();
		if (outcome.alreadyRecorded()) {
			if (!charge.amount().equals(amount) || !charge.mechanic().equals(mechanic) || !charge.workshop().equals(workshop)) {
				throw new BusinessRuleException("businessKey", key + " was already charged with different figures (" + charge.amount() + ")");
			}
			return new FeeCharge(charge.transactionId(), charge.businessKey(), charge.kind(), charge.mechanic(), charge.workshop(),
					charge.amount(), charge.description(), charge.occurredAt(), charge.bookedAt(), true);
		}
		return charge;
	}

	private Optional<FeeCharge> findCharge(String key) {
		return ledgerRows.findByKey(key).map(tx -> {
			List<Posting.Entry> entries = ledgerRows.entriesOf(tx.id());
			Posting.Entry workshopEntry = entries.stream().filter(e -> e.account() == LedgerAccount.WORKSHOP).findFirst().orElseThrow();
			Posting.Entry mechanicEntry = entries.stream().filter(e -> e.account() == LedgerAccount.MECHANIC).findFirst().orElseThrow();
			return new FeeCharge(tx.id(), tx.businessKey(), tx.kind(), new MechanicId(mechanicEntry.partyId()),
					new WorkshopId(workshopEntry.partyId()), Money.ofCents(workshopEntry.amountCents()), tx.description(),
					tx.occurredAt(), tx.bookedAt(), false);
		});
	}

	private static RevenueModelKind modelOf(TransactionKind kind) {
		return kind == TransactionKind.BAY_FEE ? RevenueModelKind.BAY_RENTAL : RevenueModelKind.MEMBERSHIP;
	}

	/** A sale recorded under a business key. */
	public Optional<RecordedSale> sale(String businessKey) {
		return sales.findByKey(businessKey);
	}

	/** What the platform owes the mechanic now (negative when the mechanic owes fees). */
	public Money balance(MechanicId mechanic) {
		return Money.ofCents(ledgerRows.balance(LedgerAccount.MECHANIC, mechanic.value()));
	}

	/** What the platform owes the workshop now. */
	public Money balance(WorkshopId workshop) {
		return Money.ofCents(ledgerRows.balance(LedgerAccount.WORKSHOP, workshop.value()));
	}

	/** The balance of one of the platform's own accounts. */
	public Money balance(LedgerAccount account) {
		if (account.perParty()) {
			throw new IllegalArgumentException(account + " has one balance per party");
		}
		return Money.ofCents(ledgerRows.balance(account));
	}

	/** The sum of every ledger entry ever posted; zero unless the ledger is broken. */
	public Money sumOfAllEntries() {
		return Money.ofCents(ledgerRows.sumOfAllEntries());
	}

	String businessKey(InputCheck check, String key) {
		return check.text("businessKey", key, 200, "Give the business key that makes this unique");
	}

	static void amount(InputCheck check, String field, Money amount) {
		check.require(amount != null, field, "Enter the amount");
		check.require(amount == null || amount.isPositive(), field, "The amount must be more than $0.00");
		check.require(amount == null || amount.cents() <= RevenueSplits.MAX_GROSS_CENTS, field,
				"The amount must be at most " + Money.ofCents(RevenueSplits.MAX_GROSS_CENTS));
	}

	void occurredAt(InputCheck check, Instant occurredAt) {
		check.require(occurredAt != null, "occurredAt", "Say when it happened");
		check.require(occurredAt == null || !occurredAt.isAfter(calendar.now().plus(CLOCK_SKEW)), "occurredAt",
				"It cannot be recorded before it happens");
	}

	private static String ordinal(int day) {
		String suffix = (day % 100 >= 11 && day % 100 <= 13) ? "th" : switch (day % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return day + suffix;
	}
}
