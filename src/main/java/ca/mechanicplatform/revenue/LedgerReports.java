package ca.mechanicplatform.revenue;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.revenue.internal.LedgerPeriodRows;
import ca.mechanicplatform.revenue.internal.ReconciliationRows;
import ca.mechanicplatform.revenue.internal.ReportRows;

/**
 * Read models over the ledger for statements, reconciliation and tax slips, and the closing of months. Readers that
 * cover every party stream the rows (a month of a large platform never sits in memory); they must run inside a
 * transaction for the database driver to stream.
 */
@Service
@Transactional(readOnly = true)
public class LedgerReports {

	private final ReportRows rows;
	private final ReconciliationRows reconciliation;
	private final LedgerPeriodRows period;
	private final AccountingCalendar calendar;

	LedgerReports(ReportRows rows, ReconciliationRows reconciliation, LedgerPeriodRows period, AccountingCalendar calendar) {
		this.rows = rows;
		this.reconciliation = reconciliation;
		this.period = period;
		this.calendar = calendar;
	}

	/**
	 * Closes the ledger through {@code month}, in a transaction of its own that waits for postings in flight: from
	 * then on, anything that happened in a closed month is booked in the open one, so statements issued for closed
	 * months never change.
	 *
	 * @throws BusinessRuleException if the month is not over yet
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void closeThrough(YearMonth month) {
		if (!month.isBefore(calendar.currentMonth())) {
			throw new BusinessRuleException("month", month + " is not over yet; its statements are issued after it ends");
		}
		period.closeThrough(month);
	}

	/** The last closed month, if any. */
	public Optional<YearMonth> closedThrough() {
		return period.closedThrough();
	}

	/** Every mechanic's and workshop's balance from the entries booked before {@code instant} (non-zero ones only). */
	public void balancesBefore(Instant instant, Consumer<PartyAmount> each) {
		rows.balancesBefore(instant, each);
	}

	/**
	 * Every party's earnings booked in [from, to) by service kind — every line but fees and payouts, as a monthly
	 * statement counts them (shares and referral bonuses) —, and its bay and membership fees.
	 */
	public void earningsBetween(Instant from, Instant to, Consumer<PartyEarnings> each) {
		rows.earningsBetween(from, to, each);
	}

	/** Every party's lines booked in [from, to), grouped by party (mechanics then workshops, by id), in booking order. */
	public void linesBetween(Instant from, Instant to, Consumer<PartyLine> each) {
		rows.linesBetween(from, to, each);
	}

	/** One party's lines booked in [from, to), in booking order. */
	public List<LedgerLine> lines(LedgerAccount party, long partyId, Instant from, Instant to) {
		return rows.lines(party, partyId, from, to);
	}

	/** One party's balance from the entries booked before {@code instant}. */
	public long balanceBefore(LedgerAccount party, long partyId, Instant instant) {
		return rows.balanceBefore(party, partyId, instant);
	}

	/**
	 * Each party's fees for services booked in [from, to): its shares of sales, net of refunds (bay and membership
	 * fees between partners are not fees for services paid by the platform).
	 */
	public List<PartyAmount> serviceFees(Instant from, Instant to) {
		return rows.serviceFees(from, to);
	}

	/** Payments, splits and the ledger of a month, checked against each other. */
	public Reconciliation reconcile(YearMonth month) {
		return reconciliation.reconcile(month, calendar.startOf(month), calendar.endOf(month));
	}
}
