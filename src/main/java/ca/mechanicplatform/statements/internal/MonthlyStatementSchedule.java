package ca.mechanicplatform.statements.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.revenue.AccountingCalendar;

/** On the 1st of each month (02:00 in the accounting time zone by default), issues the previous month's statements. */
@Component
class MonthlyStatementSchedule {

	private final MonthlyStatementJob job;
	private final AccountingCalendar calendar;

	MonthlyStatementSchedule(MonthlyStatementJob job, AccountingCalendar calendar) {
		this.job = job;
		this.calendar = calendar;
	}

	@Scheduled(cron = "${platform.statements.schedule:0 0 2 1 * *}", zone = "${platform.accounting.time-zone:America/Toronto}")
	void onFirstOfTheMonth() {
		job.generate(calendar.currentMonth().minusMonths(1));
	}
}
