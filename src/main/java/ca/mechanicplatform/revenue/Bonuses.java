package ca.mechanicplatform.revenue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.internal.Ledger;
import ca.mechanicplatform.revenue.internal.LedgerRows;
import ca.mechanicplatform.revenue.internal.Once;
import ca.mechanicplatform.revenue.internal.Posting;

/**
 * Bonuses the platform pays mechanics from its own revenue: platform revenue −amount, the mechanic +amount, one
 * balanced transaction, audited. Idempotent by business key like every other recording: paying the same key again
 * pays nothing more; the same key with another amount or mechanic is refused.
 */
@Service
public class Bonuses {

	private static final String KEY_PREFIX = "referral-bonus/";
	/**
	 * A referral bonus is earned through the referred customer's virtual consultation, so statements count it with the
	 * virtual earnings; it is not a share of a sale, so the T4A's fees for services leave it out.
	 */
	private static final ServiceKind REFERRED_SERVICE = ServiceKind.VIRTUAL_CONSULTATION;

	private final Ledger ledger;
	private final LedgerRows ledgerRows;
	private final Once once;
	private final Mechanics mechanics;
	private final AuditLog audit;
	private final AccountingCalendar calendar;

	Bonuses(Ledger ledger, LedgerRows ledgerRows, Once once, Mechanics mechanics, AuditLog audit, AccountingCalendar calendar) {
		this.ledger = ledger;
		this.ledgerRows = ledgerRows;
		this.once = once;
		this.mechanics = mechanics;
		this.audit = audit;
		this.calendar = calendar;
	}

	/**
	 * Pays a mechanic a referral bonus once per business key (stored as {@code referral-bonus/<key>}).
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field at fault; nothing is stored
	 * @throws ca.mechanicplatform.kernel.NotFoundException if the mechanic does not exist
	 * @throws BusinessRuleException if the key was paid with different figures
	 */
	@Transactional
	public BonusPayment payReferralBonus(String businessKey, MechanicId mechanic, Money amount, String description,
			Instant occurredAt) {
		InputCheck check = new InputCheck();
		String key = KEY_PREFIX + check.text("businessKey", businessKey, 200, "Give the business key that makes this unique");
		check.require(mechanic != null, "mechanic", "Name the mechanic");
		Revenue.amount(check, "amount", amount);
		check.require(occurredAt != null && !occurredAt.isAfter(calendar.now().plus(Revenue.CLOCK_SKEW)), "occurredAt",
				"Say when it happened, not in the future");
		String text = check.optionalText("description", description, 300);
		check.throwIfInvalid();

		var outcome = once.record(() -> find(key), () -> {
			mechanics.get(mechanic);
			String what = text == null ? TransactionKind.REFERRAL_BONUS.label() : text;
			ledger.post(new Posting(key, TransactionKind.REFERRAL_BONUS, what, occurredAt)
				.add(LedgerAccount.PLATFORM_REVENUE, -amount.cents(), LineKind.REFERRAL_BONUS, REFERRED_SERVICE, null)
				.add(LedgerAccount.MECHANIC, mechanic.value(), amount.cents(), LineKind.REFERRAL_BONUS, REFERRED_SERVICE, null));
			audit.record(null, "referral-bonus.paid", "mechanic:" + mechanic.value() + ":" + key, null, amount + " " + what);
			return find(key).orElseThrow();
		});
		BonusPayment payment = outcome.value();
		if (!outcome.alreadyRecorded()) {
			return payment;
		}
		if (!payment.amount().equals(amount) || !payment.mechanic().equals(mechanic)) {
			throw new BusinessRuleException("businessKey", key + " was already paid with different figures (" + payment.amount() + ")");
		}
		return new BonusPayment(payment.transactionId(), payment.businessKey(), payment.mechanic(), payment.amount(),
				payment.description(), payment.occurredAt(), payment.bookedAt(), true);
	}

	/** The referral bonus paid under a business key (as given to {@link #payReferralBonus}), if any. */
	public Optional<BonusPayment> referralBonus(String businessKey) {
		return find(KEY_PREFIX + businessKey);
	}

	private Optional<BonusPayment> find(String key) {
		return ledgerRows.findByKey(key).map(tx -> {
			List<Posting.Entry> entries = ledgerRows.entriesOf(tx.id());
			Posting.Entry mechanicEntry = entries.stream().filter(e -> e.account() == LedgerAccount.MECHANIC).findFirst().orElseThrow();
			return new BonusPayment(tx.id(), tx.businessKey(), new MechanicId(mechanicEntry.partyId()),
					Money.ofCents(mechanicEntry.amountCents()), tx.description(), tx.occurredAt(), tx.bookedAt(), false);
		});
	}
}
