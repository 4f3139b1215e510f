package ca.mechanicplatform.revenue;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.internal.Ledger;
import ca.mechanicplatform.revenue.internal.LedgerRows;
import ca.mechanicplatform.revenue.internal.PayoutRows;
import ca.mechanicplatform.revenue.internal.Posting;
import ca.mechanicplatform.workshops.Workshops;

/**
 * Pays mechanics and workshops what the platform owes them. A run creates one pending line per positive balance,
 * marks the entries each line settles and moves the amount to payouts clearing; the payout file goes to the bank;
 * each line is then confirmed paid, or failed, which restores the payee's balance with a reversing transaction.
 */
@Service
public class Payouts {

	private final PayoutRows rows;
	private final LedgerRows ledgerRows;
	private final Ledger ledger;
	private final Mechanics mechanics;
	private final Workshops workshops;
	private final AccountingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final AuditLog audit;

	Payouts(PayoutRows rows, LedgerRows ledgerRows, Ledger ledger, Mechanics mechanics, Workshops workshops,
			AccountingCalendar calendar, ApplicationEventPublisher events, AuditLog audit) {
		this.audit = audit;
		this.rows = rows;
		this.ledgerRows = ledgerRows;
		this.ledger = ledger;
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.calendar = calendar;
		this.events = events;
	}

	/** Who would be paid by a run now, and how much. */
	@Transactional(readOnly = true)
	public List<PayableBalance> payable() {
		return rows.payable();
	}

	/**
	 * Pays every positive mechanic and workshop balance: one pending line each, the settled entries marked, the
	 * amount posted from the payee's account to payouts clearing. Runs are serialized by a database lock, so two
	 * runs at once never pay one balance twice.
	 *
	 * @param operator who started it, {@code null} for the platform
	 * @return the run; it may have no lines when nothing is owed
	 */
	@Transactional
	public PayoutRun run(UserId operator) {
		rows.lock();
		Instant now = calendar.now();
		long runId = rows.insertRun(operator, now);
		for (PayableBalance payable : rows.payable()) {
			String payee = payable.party() == LedgerAccount.MECHANIC
					? mechanics.get(new MechanicId(payable.partyId())).name()
					: workshops.get(new WorkshopId(payable.partyId())).name();
			long lineId = rows.insertLine(runId, payable.party(), payable.partyId(), payee, payable.amountCents());
			// Entries committed since payable() was read are settled too; the line pays exactly what it marked.
			long amount = rows.settleEntries(lineId, payable.party(), payable.partyId());
			if (amount <= 0) {
				rows.deleteLine(lineId);
				continue;
			}
			rows.updateAmount(lineId, amount);
			var posted = ledger.post(new Posting("payout/" + lineId, TransactionKind.PAYOUT, "Payout to " + payee + " (IMP-PAYOUT-"
					+ lineId + ")", now).forPayoutLine(lineId)
				.add(payable.party(), payable.partyId(), -amount, LineKind.PAYOUT, null, null)
				.add(LedgerAccount.PAYOUTS_CLEARING, amount, LineKind.PAYOUT, null, null));
			rows.settlePayoutEntry(lineId, posted.transactionId(), payable.party());
			audit.record(operator, "payout.created", "payout-line:" + lineId, null, Money.ofCents(amount) + " to " + payee + " ("
					+ payable.party().name().toLowerCase(java.util.Locale.ROOT) + " " + payable.partyId() + "), run " + runId);
		}
		return rows.run(runId).orElseThrow();
	}

	/**
	 * Records that the bank paid the line: the money leaves payouts clearing and the funds held. Confirming again
	 * changes nothing.
	 *
	 * @throws NotFoundException     if there is no such line
	 * @throws BusinessRuleException if the line already failed
	 */
	@Transactional
	public PayoutLine markPaid(long lineId, UserId operator) {
		PayoutLine line = line(lineId);
		if (line.status() == PayoutLine.Status.PAID) {
			return line;
		}
		if (!rows.settle(lineId, PayoutLine.Status.PAID, calendar.now(), operator, null)) {
			return requireStatus(lineId, PayoutLine.Status.PAID);
		}
		ledger.post(new Posting("payout-paid/" + lineId, TransactionKind.PAYOUT_PAID, "Payout " + line.reference()
				+ " paid to " + line.payeeName(), calendar.now()).forPayoutLine(lineId)
			.add(LedgerAccount.PAYOUTS_CLEARING, -line.amount().cents(), LineKind.PAYOUT_SETTLED, null, null)
			.add(LedgerAccount.FUNDS_HELD, line.amount().cents(), LineKind.PAYOUT_SETTLED, null, null));
		audit.record(operator, "payout.paid", "payout-line:" + lineId, line.status().name(), "PAID " + line.amount() + " to "
				+ line.payeeName());
		events.publishEvent(new PayoutCompleted(lineId, line.party(), line.partyId(), line.amount().cents()));
		return line(lineId);
	}

	/**
	 * Records that the bank could not pay the line: the payout is reversed, restoring the payee's balance, which the
	 * next run pays again. Failing again changes nothing.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException if the reason is missing
	 * @throws NotFoundException     if there is no such line
	 * @throws BusinessRuleException if the line was already paid
	 */
	@Transactional
	public PayoutLine markFailed(long lineId, UserId operator, String reason) {
		InputCheck check = new InputCheck();
		String why = check.text("reason", reason, 300, "Say why the bank could not pay");
		check.throwIfInvalid();
		PayoutLine line = line(lineId);
		if (line.status() == PayoutLine.Status.FAILED) {
			return line;
		}
		if (!rows.settle(lineId, PayoutLine.Status.FAILED, calendar.now(), operator, why)) {
			return requireStatus(lineId, PayoutLine.Status.FAILED);
		}
		var payout = ledgerRows.findByKey("payout/" + lineId).orElseThrow();
		ledger.reverse(payout, "payout-failed/" + lineId, TransactionKind.PAYOUT_FAILED,
				"Payout " + line.reference() + " failed: " + why + "; balance restored", calendar.now());
		audit.record(operator, "payout.failed", "payout-line:" + lineId, line.status().name(), "FAILED " + line.amount() + " to "
				+ line.payeeName() + ": " + why);
		events.publishEvent(new PayoutFailed(lineId, line.party(), line.partyId(), line.amount().cents(), why));
		return line(lineId);
	}

	/** Confirms every pending line of a run paid. */
	@Transactional
	public PayoutRun markAllPaid(long runId, UserId operator) {
		PayoutRun run = run(runId);
		rows.linesOf(runId).stream().filter(l -> l.status() == PayoutLine.Status.PENDING)
			.forEach(l -> markPaid(l.id(), operator));
		return run(run.id());
	}

	public List<PayoutRun> runs() {
		return rows.runs(50);
	}

	public PayoutRun run(long runId) {
		return rows.run(runId).orElseThrow(() -> NotFoundException.of("Payout run", runId));
	}

	public List<PayoutLine> lines(long runId) {
		run(runId);
		return rows.linesOf(runId);
	}

	/**
	 * The payout file for the bank, as CSV: one row per line with the payee, amount and reference. The platform
	 * does not hold bank account details; the operator's banking system matches payees by their platform id.
	 */
	public String payoutFile(long runId) {
		StringWriter csv = new StringWriter();
		csv.append("reference,run,payee_type,payee_id,payee_name,amount,currency,status\r\n");
		for (PayoutLine line : lines(runId)) {
			csv.append(line.reference()).append(',').append(Long.toString(runId)).append(',').append(line.party().name())
				.append(',').append(Long.toString(line.partyId())).append(',').append(Csv.field(line.payeeName())).append(',')
				.append(line.amount().plain()).append(",CAD,").append(line.status().name()).append("\r\n");
		}
		return csv.toString();
	}

	/** Total still pending across runs. */
	public Money pendingTotal() {
		return runs().stream().flatMap(run -> rows.linesOf(run.id()).stream())
			.filter(l -> l.status() == PayoutLine.Status.PENDING).map(PayoutLine::amount).reduce(Money.zero(), Money::plus);
	}

	private PayoutLine line(long lineId) {
		return rows.line(lineId).orElseThrow(() -> NotFoundException.of("Payout line", lineId));
	}

	private PayoutLine requireStatus(long lineId, PayoutLine.Status wanted) {
		PayoutLine now = line(lineId);
		if (now.status() != wanted) {
			throw new BusinessRuleException("Payout " + now.reference() + " is already " + now.status().name().toLowerCase());
		}
		return now;
	}
}
