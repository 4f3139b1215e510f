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
import ca.mechanicplatform.revenue.internal.EarningsRows.PartyEntry;

/** Earnings breakdowns read from the ledger: virtual against physical, by month and by revenue model. */
@Service
@Transactional(readOnly = true)
public class Earnings {

	public static final int MAX_MONTHS = 36;

	private final EarningsRows rows;
	private final AccountingCalendar calendar;

	Earnings(EarningsRows rows, AccountingCalendar calendar) {
		this.rows = rows;
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
	 * summed per day in SQL, days without entries left out, oldest first. The columns are those of
	 * {@link #ofMechanic}, so the days of a month add up to that month's figures to the cent.
	 */
	public List<EarningsDay> ofMechanicByDay(MechanicId mechanic, LocalDate from, LocalDate to) {
		return rows.byDay(LedgerAccount.MECHANIC, mechanic.value(), calendar.startOf(from), calendar.startOf(to.plusDays(1)),
				calendar.zone());
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
		rows.entriesSince(account, partyId, start, entry -> {
			long[] month = byMonth.get(calendar.monthOf(entry.bookedAt()));
			if (month == null) {
				return;
			}
			int column = column(entry);
			month[column] += entry.amountCents();
			totals[column] += entry.amountCents();
		});
		List<EarningsBreakdown.Month> monthRows = new ArrayList<>();
		byMonth.forEach((month, sums) -> monthRows.add(new EarningsBreakdown.Month(month, sums[0], sums[1], sums[2],
				sums[0] + sums[1] + sums[2], -sums[3])));
		List<EarningsBreakdown.Mode> modes = account == LedgerAccount.MECHANIC
				? rows.modesOfMechanic(partyId, start) : rows.modesOfWorkshop(partyId, start);
		return new EarningsBreakdown(account.name(), partyId, from, to, rows.balance(account, partyId), totals[0], totals[1],
				totals[2], totals[0] + totals[1] + totals[2], -totals[3], monthRows, modes);
	}

	/** 0 virtual shares, 1 physical shares, 2 fees, 3 payouts; {@code EarningsRows#byDay} classifies alike in SQL. */
	private static int column(PartyEntry entry) {
		return switch (entry.line()) {
			case BAY_FEE, MEMBERSHIP_FEE -> 2;
			case PAYOUT -> 3;
			default -> entry.serviceKind() == ServiceKind.VIRTUAL_CONSULTATION ? 0 : 1;
		};
	}
}
