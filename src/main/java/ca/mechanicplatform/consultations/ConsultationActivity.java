package ca.mechanicplatform.consultations;

import java.time.LocalDate;
import java.util.Map;

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

	/** Sessions completed per day (days without any left out), oldest first. */
	public Map<LocalDate, Long> completedByDay(MechanicId mechanic, LocalDate from, LocalDate to) {
		return rows.completedByDay(mechanic, calendar.startOf(from), calendar.startOf(to.plusDays(1)), calendar.zone());
	}

	/** The customers' ratings of the sessions completed in the period. */
	public RatingCounts ratings(MechanicId mechanic, LocalDate from, LocalDate to) {
		return rows.ratings(mechanic, calendar.startOf(from), calendar.startOf(to.plusDays(1)));
	}
}
