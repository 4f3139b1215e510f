package ca.mechanicplatform.revenue.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.revenue.AccountingCalendar;

/**
 * Posts balanced transactions and decides when each is booked: when it happened, unless that month is closed (its
 * statements are issued), in which case it is booked now, in the open month, and shows the day it happened.
 */
@Component
public class Ledger {

	/** A posted transaction's id and booking instant. */
	public record Posted(long transactionId, Instant bookedAt) {
	}

	private final LedgerRows rows;
	private final LedgerPeriodRows period;
	private final AccountingCalendar calendar;

	Ledger(LedgerRows rows, LedgerPeriodRows period, AccountingCalendar calendar) {
		this.rows = rows;
		this.period = period;
		this.calendar = calendar;
	}

	/**
	 * @throws IllegalStateException if the posting does not balance; nothing is stored
	 * @throws org.springframework.dao.DuplicateKeyException if its business key is already recorded
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Posted post(Posting posting) {
		posting.requireBalanced();
		Instant now = calendar.now();
		Optional<YearMonth> closed = period.closedThroughForPosting();
		Instant bookedAt = closed.isPresent() && !calendar.monthOf(posting.occurredAt()).isAfter(closed.get())
				? now : posting.occurredAt();
		return new Posted(rows.insert(posting, bookedAt, now), bookedAt);
	}

	/**
	 * Posts the mirror image of a stored transaction: every entry negated, pointing back at it.
	 *
	 * @throws org.springframework.dao.DuplicateKeyException if it was already reversed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Posted reverse(LedgerRows.StoredTransaction original, String businessKey,
			ca.mechanicplatform.revenue.TransactionKind kind, String description, Instant occurredAt) {
		Posting reversal = new Posting(businessKey, kind, description, occurredAt).reverses(original.id());
		if (original.saleId() != null) {
			reversal.forSale(original.saleId());
		}
		if (original.payoutLineId() != null) {
			reversal.forPayoutLine(original.payoutLineId());
		}
		for (Posting.Entry entry : rows.entriesOf(original.id())) {
			reversal.entry(new Posting.Entry(entry.account(), entry.partyId(), Math.negateExact(entry.amountCents()), entry.line(),
					entry.serviceKind(), entry.model()));
		}
		return post(reversal);
	}
}
