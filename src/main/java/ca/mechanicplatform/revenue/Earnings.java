package ca.mechanicplatform.revenue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.revenue.internal.EarningsRows;
import ca.mechanicplatform.revenue.internal.LedgerDays;

/** Earnings breakdowns read from the ledger: virtual against physical, by month and by revenue model. */
@Service
@Transactional(readOnly = true)
public class Earnings {

	public static final int MAX_MONTHS = 36;

	private final EarningsRows rows;
	private final LedgerDays days;
	private final AccountingCalendar calendar;

	Earnings(EarningsRows rows, LedgerDays days, AccountingCalendar calendar) {
		this.rows = rows;
		this.days = days;
		this.calendar = calendar;
	}

	/**
	 * A mechanic's earnings over the last {@code months} months, the current one included.
	 *
	 * @param months 1 to 36
	 */
	public EarningsBreakdown ofMechanic(MechanicId mechanic, int months) {
		return breakdown(LedgerAccount.MECHANIC, mechanic.value(), months);
	}

	/** A workshop's earnings over the last {@code months} months: employee and partnership shares, bay and membership fees. */
	public EarningsBreakdown ofWorkshop(WorkshopId workshop, int months) {
		return breakdown(LedgerAccount.WORKSHOP, workshop.value(), months);
	}

	/**
	 * A mechanic's entries booked from {@code from} to {@code to} (days in the accounting time zone, both included),
	 * summed per day, days without entries left out, oldest first; read from the parties' daily sums
	 * ({@code ledger_party_days}), which equal the entries to the cent. The columns are those of {@link #ofMechanic}, so
	 * the days of a month add up to that month's figures.
	 */
	public List<EarningsDay> ofMechanicByDay(MechanicId mechanic, LocalDate from, LocalDate to) {
		return days.between(LedgerAccount.MECHANIC, mechanic.value(), from, to);
	}

	/** The party's most recent ledger lines, newest first. */
	public List<LedgerLine> recentLines(LedgerAccount account, long partyId, int limit) {
		return rows.recentLines(account, partyId, Math.max(1, Math.min(limit, 200)));
	}

	private EarningsBreakdown breakdown(LedgerAccount account, long partyId, int months) {
		int span = Math.max(1, Math.min(months, MAX_MONTHS));
		YearMonth to = calendar.currentMonth();
		YearMonth from = to.minusMonths(span - 1L);
		Instant start = calendar.startOf(from);

		Map<YearMonth, long[]> byMonth = new LinkedHashMap<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			byMonth.put(month, new long[4]);
		}
		long[] totals = new long[4];
		for (EarningsDay day : days.between(account, partyId, from.atDay(1), to.atEndOfMonth())) {
			long[] month = byMonth.get(YearMonth.from(day.day()));
			long[] values = { day.virtualCents(), day.physicalCents(), day.feesCents(), day.paidOutCents() };
			for (int i = 0; i < 4; i++) {
				month[i] += values[i];
				totals[i] += values[i];
			}
		}
		List<EarningsBreakdown.Month> monthRows = new ArrayList<>();
		byMonth.forEach((month, sums) -> monthRows.add(new EarningsBreakdown.Month(month, sums[0], sums[1], sums[2],
				sums[0] + sums[1] + sums[2], sums[3])));
		List<EarningsBreakdown.Mode> modes = account == LedgerAccount.MECHANIC
				? rows.modesOfMechanic(partyId, start) : rows.modesOfWorkshop(partyId, start);
		return new EarningsBreakdown(account.name(), partyId, from, to, rows.balance(account, partyId), totals[0], totals[1],
				totals[2], totals[0] + totals[1] + totals[2], totals[3], monthRows, modes);
	}
}
