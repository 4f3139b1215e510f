package ca.mechanicplatform.revenue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform keeps its books in one time zone ({@code platform.accounting.time-zone}, America/Toronto by default):
 * it decides which month a ledger entry belongs to, which calendar year a T4A covers and when a fee rule dated a day
 * starts. One zone for every party keeps months and years identical across statements, reconciliation and tax slips.
 */
@Component
public class AccountingCalendar {

	private final ZoneId zone;
	private final Clock clock;

	AccountingCalendar(@Value("${platform.accounting.time-zone:America/Toronto}") String zone, Clock clock) {
		this.zone = ZoneId.of(zone);
		this.clock = clock;
	}

	public ZoneId zone() {
		return zone;
	}

	public Instant now() {
		return clock.instant();
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	public YearMonth currentMonth() {
		return YearMonth.from(today());
	}

	public YearMonth monthOf(Instant instant) {
		return YearMonth.from(instant.atZone(zone));
	}

	public LocalDate dateOf(Instant instant) {
		return instant.atZone(zone).toLocalDate();
	}

	/** The first instant of the month in the accounting zone. */
	public Instant startOf(YearMonth month) {
		return month.atDay(1).atStartOfDay(zone).toInstant();
	}

	/** The first instant of the day in the accounting zone. */
	public Instant startOf(LocalDate date) {
		return date.atStartOfDay(zone).toInstant();
	}

	/** The first instant after the month. */
	public Instant endOf(YearMonth month) {
		return startOf(month.plusMonths(1));
	}
}
