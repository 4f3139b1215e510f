package ca.mechanicplatform.bookings;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.workshops.OpeningHours;
import ca.mechanicplatform.workshops.WeeklyHours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingCalendarTest {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static WeeklyHours everyDay(ZoneId zone, String opens, String closes) {
		List<OpeningHours> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.add(new OpeningHours(day, LocalTime.parse(opens), LocalTime.parse(closes)));
		}
		return new WeeklyHours(zone, days);
	}

	@Test
	void openingHoursAreLocalSoTheSpringForwardDayIsAnHourShorterAndTheFallBackDayAnHourLonger() {
		WeeklyHours hours = everyDay(TORONTO, "00:00", "23:59");
		var spring = BookingCalendar.openWindows(hours, Set.of(), LocalDate.of(2027, 3, 14), LocalDate.of(2027, 3, 14));
		assertThat(spring).hasSize(1);
		assertThat(spring.get(0).length()).isEqualTo(Duration.ofHours(23));
		var fall = BookingCalendar.openWindows(hours, Set.of(), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1));
		assertThat(fall.get(0).length()).isEqualTo(Duration.ofHours(25));
		var week = BookingCalendar.openWindows(hours, Set.of(LocalDate.of(2026, 11, 4)), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 7));
		assertThat(week).as("days open until midnight join up; the blackout day splits them").hasSize(2);
	}

	@Test
	void aNineToFiveDayInStJohnsStartsAtHalfPastTheUtcHour() {
		WeeklyHours hours = everyDay(ZoneId.of("America/St_Johns"), "09:00", "17:00");
		var winter = BookingCalendar.openWindows(hours, Set.of(), LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 14)).get(0);
		assertThat(winter.start()).isEqualTo(Instant.parse("2027-01-14T12:30:00Z"));
		var summer = BookingCalendar.openWindows(hours, Set.of(), LocalDate.of(2027, 7, 14), LocalDate.of(2027, 7, 14)).get(0);
		assertThat(summer.start()).isEqualTo(Instant.parse("2027-07-14T11:30:00Z"));
	}

	@Test
	void aLocalTimeTheClocksSkipIsRefusedAndARepeatedOneIsTheFirstUnlessAnOffsetSaysOtherwise() {
		assertThatThrownBy(() -> BookingCalendar.parse("2027-03-14T02:30", TORONTO)).hasMessageContaining("does not exist");
		assertThat(BookingCalendar.parse("2026-11-01T01:30", TORONTO)).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
		assertThat(BookingCalendar.parse("2026-11-01T01:30-05:00", TORONTO)).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
		assertThat(BookingCalendar.parse("2026-11-01T06:30:00Z", TORONTO)).isEqualTo(Instant.parse("2026-11-01T06:30:00Z"));
		assertThatThrownBy(() -> BookingCalendar.parse("soon", TORONTO)).hasMessageContaining("like 2026-05-04T09:00");
	}

	@Test
	void thePolicyReportsEveryBrokenRule() {
		WeeklyHours hours = everyDay(TORONTO, "08:00", "17:00");
		Instant now = Instant.parse("2026-12-02T12:00:00Z");
		InputCheck check = new InputCheck();
		Instant start = LocalDate.of(2026, 12, 2).atTime(7, 0).atZone(TORONTO).toInstant();
		BookingPolicy.check(check, new Interval(start, start.plus(Duration.ofMinutes(30))), BookingRules.DEFAULTS, hours, Map.of(), now);
		assertThatThrownBy(check::throwIfInvalid).isInstanceOfSatisfying(ca.mechanicplatform.kernel.InvalidInputException.class,
				e -> assertThat(e.fieldErrors()).containsKeys("start", "end"));
		InputCheck fine = new InputCheck();
		Instant ok = LocalDate.of(2026, 12, 4).atTime(9, 0).atZone(TORONTO).toInstant();
		BookingPolicy.check(fine, new Interval(ok, ok.plus(Duration.ofHours(2))), BookingRules.DEFAULTS, hours, Map.of(), now);
		assertThat(fine.passed()).isTrue();
		InputCheck blackout = new InputCheck();
		BookingPolicy.check(blackout, new Interval(ok, ok.plus(Duration.ofHours(2))), BookingRules.DEFAULTS, hours,
				Map.of(LocalDate.of(2026, 12, 4), "Stocktaking"), now);
		assertThat(blackout.passed()).isFalse();
	}

	@Test
	void theBayFeeIsTheHourlyRateForTheTimeBookedOrTheDailyRateWhicheverIsLess() {
		Money hourly = Money.ofDollars("45");
		Money daily = Money.ofDollars("300");
		assertThat(JobCompletion.bayFee(hourly, daily, Duration.ofHours(2))).isEqualTo(Money.ofDollars("90"));
		assertThat(JobCompletion.bayFee(hourly, daily, Duration.ofMinutes(100))).isEqualTo(Money.ofDollars("75"));
		assertThat(JobCompletion.bayFee(hourly, daily, Duration.ofHours(8))).isEqualTo(Money.ofDollars("300"));
		assertThat(JobCompletion.bayFee(Money.ofDollars("10"), null, Duration.ofMinutes(7))).isEqualTo(Money.ofCents(117));
		assertThat(JobCompletion.bayFee(null, daily, Duration.ofHours(25))).isEqualTo(Money.ofDollars("600"));
		assertThat(JobCompletion.bayFee(null, null, Duration.ofHours(3))).isEqualTo(Money.zero());
	}
}
