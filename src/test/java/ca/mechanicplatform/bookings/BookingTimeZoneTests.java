package ca.mechanicplatform.bookings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bookings are instants shown in the workshop's zone: the nights Toronto's clocks spring forward and fall back, a
 * workshop in St. John's (UTC−3:30, −2:30 in summer), and a booking across midnight.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingTimeZoneTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");
	static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");

	@LocalServerPort
	int port;

	BookingScenario scenario;
	Api api;
	BookingScenario.Shop toronto;
	BookingScenario.Shop stJohns;
	BookingScenario.Partner atToronto;
	BookingScenario.Partner atStJohns;

	@BeforeAll
	void workshops() {
		scenario = new BookingScenario(port);
		api = scenario.api();
		toronto = scenario.workshop("Night Owl Garage", "ON", "M5V 1K4", "America/Toronto", "00:00", "23:59", 4);
		scenario.rules(toronto, 0, 60, 1440, 60, 365, false, 24);
		atToronto = scenario.partner(toronto, scenario.publishedProgram(toronto, BookingScenario.bayRental()), "Alex Moreau", "M6H 2N4");
		stJohns = scenario.workshop("Harbour Garage", "NL", "A1C 5M2", "America/St_Johns", "08:00", "17:00", 1);
		scenario.rules(stJohns, 0, 60, 600, 60, 365, false, 24);
		atStJohns = scenario.join(stJohns, scenario.publishedProgram(stJohns, BookingScenario.revenueShare("30")), atToronto.email(),
				atToronto.name(), atToronto.token());
	}

	@Test
	void onTheSpringForwardNightABookingFromOneToFourLastsTwoHoursAndTwoThirtyDoesNotExist() {
		LocalDate night = transition(true).getDateTimeBefore().toLocalDate();
		var booked = scenario.book(atToronto, toronto.bays().get(0), night + "T01:00", night + "T04:00");
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().get("minutes").asLong()).isEqualTo(120);
		assertThat(booked.json().get("startLocal").asString()).isEqualTo(night + "T01:00-05:00");
		assertThat(booked.json().get("endLocal").asString()).isEqualTo(night + "T04:00-04:00");
		assertThat(booked.json().get("start").asString()).isEqualTo(night + "T06:00:00Z");
		assertThat(booked.json().get("end").asString()).isEqualTo(night + "T08:00:00Z");

		var skipped = scenario.book(atToronto, toronto.bays().get(1), night + "T02:30", night + "T04:00");
		assertThat(skipped.status()).isEqualTo(400);
		assertThat(skipped.json().get("errors").get(0).get("message").asString()).contains("does not exist");

		var free = api.get("/api/mechanic/bay-bookings/availability?workshopId=" + toronto.id() + "&bayId=" + toronto.bays().get(2)
				+ "&from=" + night + "&to=" + night, atToronto.token()).json().get("bays").get(0).get("free");
		assertThat(free.size()).isEqualTo(1);
		assertThat(free.get(0).get("minutes").asLong()).as("the day is 23 hours long").isEqualTo(23 * 60);
	}

	@Test
	void onTheFallBackNightABookingFromHalfPastMidnightToHalfPastTwoLastsThreeHoursAndOneThirtyMayBeEither() {
		LocalDate night = transition(false).getDateTimeBefore().toLocalDate();
		var booked = scenario.book(atToronto, toronto.bays().get(0), night + "T00:30", night + "T02:30");
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().get("minutes").asLong()).isEqualTo(180);
		assertThat(booked.json().get("startLocal").asString()).isEqualTo(night + "T00:30-04:00");
		assertThat(booked.json().get("endLocal").asString()).isEqualTo(night + "T02:30-05:00");

		var first = scenario.book(atToronto, toronto.bays().get(1), night + "T01:30", night + "T03:00");
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("startLocal").asString()).as("the first 01:30, daylight time").isEqualTo(night + "T01:30-04:00");
		assertThat(first.json().get("minutes").asLong()).isEqualTo(150);
		var second = scenario.book(atToronto, toronto.bays().get(3), night + "T01:30-05:00", night + "T03:00-05:00");
		assertThat(second.status()).as(second.body()).isEqualTo(201);
		assertThat(second.json().get("minutes").asLong()).as("the second 01:30, standard time").isEqualTo(90);

		var free = api.get("/api/mechanic/bay-bookings/availability?workshopId=" + toronto.id() + "&bayId=" + toronto.bays().get(2)
				+ "&from=" + night + "&to=" + night, atToronto.token()).json().get("bays").get(0).get("free");
		assertThat(free.get(0).get("minutes").asLong()).as("the day is 25 hours long").isEqualTo(25 * 60);
		var listed = api.get("/api/mechanic/bay-bookings?from=" + night + "&to=" + night, atToronto.token()).json();
		assertThat(listed.size()).isEqualTo(3);
	}

	@Test
	void aBookingRunsAcrossMidnightWhenTheWorkshopIsOpenOnBothSides() {
		LocalDate day = LocalDate.now(TORONTO).plusDays(20);
		var booked = scenario.book(atToronto, toronto.bays().get(2), day + "T22:00", day.plusDays(1) + "T02:00");
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.json().get("minutes").asLong()).isEqualTo(240);
		var listedOnEitherDay = api.get("/api/mechanic/bay-bookings?from=" + day.plusDays(1) + "&to=" + day.plusDays(1), atToronto.token());
		assertThat(listedOnEitherDay.json().findValues("id").stream().map(n -> n.asLong()).toList())
			.contains(booked.json().get("id").asLong());
		var st = scenario.book(atStJohns, stJohns.bays().get(0), day + "T16:00", day.plusDays(1) + "T09:00");
		assertThat(st.status()).as("St. John's closes at 17:00").isEqualTo(400);
	}

	@Test
	void aStJohnsWorkshopIsThreeAndAHalfHoursBehindUtcInWinterAndTwoAndAHalfInSummer() {
		LocalDate winter = next(MonthDay.of(1, 14));
		LocalDate summer = next(MonthDay.of(7, 14));
		var inWinter = scenario.book(atStJohns, stJohns.bays().get(0), winter + "T09:00", winter + "T10:00");
		assertThat(inWinter.status()).as(inWinter.body()).isEqualTo(201);
		assertThat(inWinter.json().get("start").asString()).isEqualTo(winter + "T12:30:00Z");
		assertThat(inWinter.json().get("startLocal").asString()).isEqualTo(winter + "T09:00-03:30");
		var inSummer = scenario.book(atStJohns, stJohns.bays().get(0), summer + "T09:00", summer + "T10:00");
		assertThat(inSummer.status()).as(inSummer.body()).isEqualTo(201);
		assertThat(inSummer.json().get("start").asString()).isEqualTo(summer + "T11:30:00Z");
		assertThat(inSummer.json().get("startLocal").asString()).isEqualTo(summer + "T09:00-02:30");
		var early = scenario.book(atStJohns, stJohns.bays().get(0), summer + "T07:30", summer + "T08:30");
		assertThat(early.status()).as("opening hours are local: 07:30 is before 08:00 in St. John's").isEqualTo(400);
		var conflict = scenario.book(atStJohns, stJohns.bays().get(0), summer + "T09:30", summer + "T10:30");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.json().get("detail").asString()).contains("09:00 NDT").contains("10:00 NDT");
	}

	/** The next daylight-saving change in Toronto more than two days away: clocks going forward or back. */
	private static ZoneOffsetTransition transition(boolean forward) {
		Instant from = Instant.now().plusSeconds(3 * 86400);
		ZoneOffsetTransition t = TORONTO.getRules().nextTransition(from);
		while (t.isGap() != forward) {
			t = TORONTO.getRules().nextTransition(t.getInstant());
		}
		return t;
	}

	private static LocalDate next(MonthDay monthDay) {
		LocalDate today = LocalDate.now(ST_JOHNS);
		LocalDate date = monthDay.atYear(today.getYear());
		return date.isAfter(today.plusDays(2)) ? date : monthDay.atYear(today.getYear() + 1);
	}
}
