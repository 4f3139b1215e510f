package ca.mechanicplatform.profiles;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.profiles.internal.ReferralActivityRows;
import ca.mechanicplatform.revenue.AccountingCalendar;

/**
 * A mechanic's referral sign-ups and conversions over a period, counted in the database: for analytics. Days are
 * calendar days in the platform's accounting time zone, {@code from} and {@code to} both included.
 */
@Service
@Transactional(readOnly = true)
public class ReferralActivity {

	private final ReferralActivityRows rows;
	private final AccountingCalendar calendar;

	ReferralActivity(ReferralActivityRows rows, AccountingCalendar calendar) {
		this.rows = rows;
		this.calendar = calendar;
	}

	/** One row per month with a sign-up or a conversion, oldest first. */
	public List<ReferralMonth> byMonth(MechanicId mechanic, LocalDate from, LocalDate to) {
		return rows.byMonth(mechanic, calendar.startOf(from), calendar.startOf(to.plusDays(1)), calendar.zone());
	}
}
