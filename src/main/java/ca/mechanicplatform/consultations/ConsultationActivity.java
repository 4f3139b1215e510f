package ca.mechanicplatform.consultations;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.consultations.internal.ConsultationActivityRows;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.revenue.AccountingCalendar;

/**
 * A mechanic's completed consultations over a period, counted in the database: for analytics. Days are calendar days
 * in the platform's accounting time zone, {@code from} and {@code to} both included.
 */
@Service
@Transactional(readOnly = true)
public class ConsultationActivity {

	private final ConsultationActivityRows rows;
	private final AccountingCalendar calendar;

	ConsultationActivity(ConsultationActivityRows rows, AccountingCalendar calendar) {
		this.rows = rows;
		this.calendar = calendar;
	}

	/** Sessions completed per day and their ratings, in one query. */
	public SessionActivity inPeriod(MechanicId mechanic, LocalDate from, LocalDate to) {
		return rows.inPeriod(mechanic, calendar.startOf(from), calendar.startOf(to.plusDays(1)), calendar.zone());
	}
}
