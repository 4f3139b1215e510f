package ca.mechanicplatform.crm;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.crm.internal.ClientActivityRows;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.revenue.AccountingCalendar;

/**
 * Acquisition and retention from a mechanic's service history, computed in the database: for analytics. A visit is a
 * completed consultation or bay job recorded in the history (refunded ones included: the client came). Periods are
 * calendar days in the accounting time zone, {@code from} and {@code to} both included.
 *
 * <p>New client: their first visit ever with the mechanic falls in the month (or period); returning: they visited in
 * it and had visited before. 90-day retention: of the clients with a visit in the month (or period), taking each one's
 * first visit in it, the share who visit again within {@value #RETENTION_DAYS} days (90 × 24 hours) after that visit.
 * Clients whose visit is less than {@value #RETENTION_DAYS} days ago cannot be judged yet and are left out of the share.
 */
@Service
@Transactional(readOnly = true)
public class ClientActivity {

	public static final int RETENTION_DAYS = 90;

	private final ClientActivityRows rows;
	private final AccountingCalendar calendar;

	ClientActivity(ClientActivityRows rows, AccountingCalendar calendar) {
		this.rows = rows;
		this.calendar = calendar;
	}

	/** The period as a whole and month by month, in one pass over the period's visits. */
	public ClientPeriod inPeriod(MechanicId mechanic, LocalDate from, LocalDate to) {
		List<ClientActivityRows.MonthSpan> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
			LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
			months.add(new ClientActivityRows.MonthSpan(month, calendar.startOf(first), calendar.startOf(last.plusDays(1))));
		}
		return rows.inPeriod(mechanic, months, RETENTION_DAYS * 24, judgedUntil());
	}

	private java.time.Instant judgedUntil() {
		return calendar.now().minus(Duration.ofDays(RETENTION_DAYS));
	}
}
