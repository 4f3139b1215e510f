package ca.mechanicplatform.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.bookings.JobActivity;
import ca.mechanicplatform.consultations.ConsultationActivity;
import ca.mechanicplatform.consultations.RatingCounts;
import ca.mechanicplatform.consultations.SessionActivity;
import ca.mechanicplatform.crm.ClientActivity;
import ca.mechanicplatform.crm.ClientMonth;
import ca.mechanicplatform.crm.ClientPeriod;
import ca.mechanicplatform.crm.ClientRetention;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.profiles.ReferralActivity;
import ca.mechanicplatform.profiles.ReferralMonth;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.Earnings;
import ca.mechanicplatform.revenue.EarningsDay;

/**
 * A mechanic's business analytics. Each figure is grouped in the database by the module that owns it (per day or per
 * month in the accounting time zone); this class only places days into the period's weeks and months, so a report
 * costs five small queries whatever the history's size.
 */
@Service
@Transactional(readOnly = true)
public class BusinessAnalytics {

	private final Mechanics mechanics;
	private final Earnings earnings;
	private final ConsultationActivity consultations;
	private final JobActivity jobs;
	private final ClientActivity clients;
	private final ReferralActivity referrals;
	private final AccountingCalendar calendar;

	BusinessAnalytics(Mechanics mechanics, Earnings earnings, ConsultationActivity consultations, JobActivity jobs,
			ClientActivity clients, ReferralActivity referrals, AccountingCalendar calendar) {
		this.mechanics = mechanics;
		this.earnings = earnings;
		this.consultations = consultations;
		this.jobs = jobs;
		this.clients = clients;
		this.referrals = referrals;
		this.calendar = calendar;
	}

	/**
	 * The period asked for, with today in the accounting time zone for the defaults.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException for malformed dates, from after to, or more than three years
	 */
	public AnalyticsPeriod period(String from, String to) {
		return AnalyticsPeriod.of(from, to, calendar.today());
	}

	/** The signed-in mechanic's report. */
	public BusinessReport forMechanic(UserId mechanicUser, AnalyticsPeriod period) {
		return report(mechanics.mine(mechanicUser).id(), period);
	}

	public BusinessReport report(MechanicId mechanic, AnalyticsPeriod period) {
		LocalDate from = period.from();
		LocalDate to = period.to();

		Map<YearMonth, long[]> money = new HashMap<>();
		long[] moneyTotals = new long[4];
		for (EarningsDay day : earnings.ofMechanicByDay(mechanic, from, to)) {
			long[] month = money.computeIfAbsent(YearMonth.from(day.day()), m -> new long[4]);
			long[] values = { day.virtualCents(), day.physicalCents(), day.feesCents(), day.paidOutCents() };
			for (int i = 0; i < 4; i++) {
				month[i] += values[i];
				moneyTotals[i] += values[i];
			}
		}
		SessionActivity sessions = consultations.inPeriod(mechanic, from, to);
		DayCounts sessionDays = new DayCounts(from, to, sessions.completedByDay());
		DayCounts jobDays = new DayCounts(from, to, jobs.completedByDay(mechanic, from, to));
		ClientPeriod clientPeriod = clients.inPeriod(mechanic, from, to);
		Map<YearMonth, ClientMonth> clientMonths = new HashMap<>();
		clientPeriod.months().forEach(m -> clientMonths.put(m.month(), m));
		Map<YearMonth, ReferralMonth> referralMonths = new HashMap<>();
		referrals.byMonth(mechanic, from, to).forEach(m -> referralMonths.put(m.month(), m));

		List<BusinessReport.Month> months = new ArrayList<>();
		for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
			LocalDate start = later(month.atDay(1), from);
			LocalDate end = earlier(month.atEndOfMonth(), to);
			long[] m = money.getOrDefault(month, new long[4]);
			ClientMonth c = clientMonths.getOrDefault(month, new ClientMonth(month, 0, 0, 0, 0));
			ReferralMonth r = referralMonths.getOrDefault(month, new ReferralMonth(month, 0, 0, 0, 0));
			months.add(new BusinessReport.Month(month, start, end, m[0], m[1], m[2], m[0] + m[1] + m[2], sessionDays.between(start, end),
					jobDays.between(start, end), c.clients(), c.newClients(), c.returningClients(), c.judged(), c.returned(),
					percent(c.returned(), c.judged()), r.signUps(), r.conversions(), r.bonusCents()));
		}
		List<BusinessReport.Week> weeks = new ArrayList<>();
		for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
				monday = monday.plusWeeks(1)) {
			LocalDate start = later(monday, from);
			LocalDate end = earlier(monday.plusDays(6), to);
			weeks.add(new BusinessReport.Week(start, end, sessionDays.between(start, end), jobDays.between(start, end)));
		}

		ClientRetention overall = clientPeriod.overall();
		RatingCounts ratings = sessions.ratings();
		long signUps = referralMonths.values().stream().mapToLong(ReferralMonth::signUps).sum();
		long signUpsConverted = referralMonths.values().stream().mapToLong(ReferralMonth::signUpsConverted).sum();
		long conversions = referralMonths.values().stream().mapToLong(ReferralMonth::conversions).sum();
		long bonus = referralMonths.values().stream().mapToLong(ReferralMonth::bonusCents).sum();
		var totals = new BusinessReport.Totals(moneyTotals[0], moneyTotals[1], moneyTotals[2],
				moneyTotals[0] + moneyTotals[1] + moneyTotals[2], moneyTotals[3], sessionDays.total(), jobDays.total(), overall.clients(),
				overall.newClients(), overall.returningClients(), signUps, signUpsConverted, conversions, bonus);
		return new BusinessReport(from, to, calendar.zone().getId(), totals,
				new BusinessReport.Ratings(ratings.count(), ratings.average(), ratings.oneStar(), ratings.twoStars(),
						ratings.threeStars(), ratings.fourStars(), ratings.fiveStars()),
				new BusinessReport.Retention(ClientActivity.RETENTION_DAYS, overall.clients(), overall.judged(), overall.returned(),
						percent(overall.returned(), overall.judged())),
				months, weeks);
	}

	/**
	 * The report as CSV (RFC 4180, amounts in dollars with two decimals): one table whose {@code type} column says what a
	 * row is: {@code TOTAL} for the period, then {@code MONTH} and {@code WEEK} rows; columns a row has no figure for are
	 * empty.
	 */
	public String csv(BusinessReport report) {
		StringBuilder csv = new StringBuilder();
		csv.append("type,start,end,virtual,physical,fees,net,sessions,jobs,ratings,average_rating,clients,new_clients,")
			.append("returning_clients,retention_judged,retention_returned,retention_percent,referral_sign_ups,referral_conversions,")
			.append("referral_bonus\r\n");
		var t = report.totals();
		var retention = report.retention();
		row(csv, "TOTAL", report.from(), report.to(), dollars(t.virtualCents()), dollars(t.physicalCents()), dollars(t.feesCents()),
				dollars(t.netCents()), t.sessions(), t.jobs(), report.ratings().count(), report.ratings().average(), t.clients(),
				t.newClients(), t.returningClients(), retention.judged(), retention.returned(), retention.ratePercent(), t.signUps(),
				t.conversions(), dollars(t.bonusCents()));
		for (var m : report.months()) {
			row(csv, "MONTH", m.start(), m.end(), dollars(m.virtualCents()), dollars(m.physicalCents()), dollars(m.feesCents()),
					dollars(m.netCents()), m.sessions(), m.jobs(), null, null, m.clients(), m.newClients(), m.returningClients(),
					m.retentionJudged(), m.retentionReturned(), m.retentionPercent(), m.signUps(), m.conversions(), dollars(m.bonusCents()));
		}
		for (var w : report.weeks()) {
			row(csv, "WEEK", w.start(), w.end(), null, null, null, null, w.sessions(), w.jobs(), null, null, null, null, null, null, null,
					null, null, null, null);
		}
		return csv.toString();
	}

	/** The download's file name for a report. */
	public static String fileName(BusinessReport report) {
		return "analytics-" + report.from() + "-to-" + report.to() + ".csv";
	}

	private static void row(StringBuilder csv, String type, LocalDate start, LocalDate end, Object... values) {
		csv.append(type).append(',').append(start).append(',').append(end);
		for (Object value : values) {
			csv.append(',');
			// every value is a number the platform wrote (no free text), so none needs quoting
			if (value != null) {
				csv.append(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
			}
		}
		csv.append("\r\n");
	}

	private static String dollars(long cents) {
		return Money.ofCents(cents).plain();
	}

	private static BigDecimal percent(long part, long whole) {
		return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	/** Counts per day of the period as running totals, so any run of days is summed with one subtraction. */
	private static final class DayCounts {

		private final LocalDate from;
		private final long[] upTo;

		DayCounts(LocalDate from, LocalDate to, Map<LocalDate, Long> days) {
			this.from = from;
			this.upTo = new long[(int) (to.toEpochDay() - from.toEpochDay()) + 2];
			days.forEach((day, count) -> {
				long index = day.toEpochDay() - from.toEpochDay();
				if (index >= 0 && index < upTo.length - 1) {
					upTo[(int) index + 1] += count;
				}
			});
			for (int i = 1; i < upTo.length; i++) {
				upTo[i] += upTo[i - 1];
			}
		}

		/** From {@code start} to {@code end}, both included and inside the period. */
		long between(LocalDate start, LocalDate end) {
			return upTo[(int) (end.toEpochDay() - from.toEpochDay()) + 1] - upTo[(int) (start.toEpochDay() - from.toEpochDay())];
		}

		long total() {
			return upTo[upTo.length - 1];
		}
	}
}
