package ca.mechanicplatform.bookings;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.bookings.internal.JobActivityRows;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.revenue.AccountingCalendar;

/**
 * A mechanic's completed bay jobs over a period, counted in the database: for analytics. A job is a bay booking the
 * mechanic completed, with or without a job sale. Days are calendar days in the platform's accounting time zone,
 * {@code from} and {@code to} both included.
 */
@Service
@Transactional(readOnly = true)
public class JobActivity {

	private final JobActivityRows rows;
	private final AccountingCalendar calendar;

	JobActivity(JobActivityRows rows, AccountingCalendar calendar) {
		this.rows = rows;
		this.calendar = calendar;
	}

	/** Bay jobs completed per day (days without any left out), oldest first. */
	public Map<LocalDate, Long> completedByDay(MechanicId mechanic, LocalDate from, LocalDate to) {
		return rows.completedByDay(mechanic, calendar.startOf(from), calendar.startOf(to.plusDays(1)), calendar.zone());
	}
}
