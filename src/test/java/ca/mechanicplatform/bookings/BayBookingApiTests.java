package ca.mechanicplatform.bookings;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.TestMailServer;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Booking a bay over the API: rules, conflicts, the workshop's decisions and overrides, who may see what. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BayBookingApiTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	BookingScenario scenario;
	Api api;
	BookingScenario.Shop shop;
	BookingScenario.Partner partner;
	LocalDate day;

	@BeforeAll
	void partneredMechanic() {
		scenario = new BookingScenario(port);
		api = scenario.api();
		shop = scenario.workshop("Queen St Garage", "ON", "M5V 1K4", "America/Toronto", "07:00", "19:00", 6);
		scenario.rules(shop, 15, 60, 600, 120, 60, false, 24);
		partner = scenario.partner(shop, scenario.publishedProgram(shop, BookingScenario.bayRental()), "Alex Moreau", "M6H 2N4");
		day = LocalDate.now(TORONTO).plusDays(3);
	}

	@Test
	void aPartnerBooksAFreeSlotTheWorkshopConfirmsAndBuffersKeepOthersOut() {
		long bay = shop.bays().get(0);
		var booked = scenario.book(partner, bay, day + "T09:00", day + "T11:00");
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		var booking = booked.json();
		long id = booking.get("id").asLong();
		assertThat(booking.get("status").asString()).isEqualTo("PENDING");
		assertThat(booking.get("minutes").asLong()).isEqualTo(120);
		assertThat(booking.get("startLocal").asString()).startsWith(day + "T09:00");
		assertThat(booking.get("start").asString()).isEqualTo(day.atTime(9, 0).atZone(TORONTO).toInstant().toString());
		assertThat(booking.get("timeZone").asString()).isEqualTo("America/Toronto");

		var overlapping = scenario.book(partner, bay, day + "T10:00", day + "T12:00");
		assertThat(overlapping.status()).isEqualTo(409);
		assertThat(overlapping.json().get("detail").asString()).contains("Bay 1 is already booked").contains("09:00").contains("11:00");
		assertThat(overlapping.json().get("conflictStart").asString()).isEqualTo(booking.get("start").asString());
		var inTheBuffer = scenario.book(partner, bay, day + "T11:10", day + "T12:10");
		assertThat(inTheBuffer.status()).as("the 15-minute buffer after the booking is held too").isEqualTo(409);
		var beforeWithBuffer = scenario.book(partner, bay, day + "T07:30", day + "T08:50");
		assertThat(beforeWithBuffer.status()).as("ending 10 minutes before leaves less than the buffer").isEqualTo(409);
		var afterTheBuffer = scenario.book(partner, bay, day + "T11:15", day + "T12:15");
		assertThat(afterTheBuffer.status()).as(afterTheBuffer.body()).isEqualTo(201);
		assertThat(scenario.book(partner, shop.bays().get(1), day + "T10:00", day + "T12:00").status())
			.as("another bay is free").isEqualTo(201);

		var workshopList = api.get("/api/workshop/bay-bookings?from=" + day + "&to=" + day + "&status=PENDING", shop.token()).json();
		assertThat(workshopList.findValues("id").stream().map(n -> n.asLong()).toList()).contains(id);
		var confirmed = api.post("/api/workshop/bay-bookings/" + id + "/confirm", shop.token(), Map.of());
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
		assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(api.post("/api/workshop/bay-bookings/" + id + "/confirm", shop.token(), Map.of()).status())
			.as("confirming twice is refused").isEqualTo(409);
		assertThat(api.get("/api/mechanic/bay-bookings/" + id, partner.token()).json().get("status").asString()).isEqualTo("CONFIRMED");
		var mine = api.get("/api/mechanic/bay-bookings?from=" + day + "&to=" + day, partner.token()).json();
		assertThat(mine.findValues("id").stream().map(n -> n.asLong()).toList()).contains(id);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestMailServer.to(partner.email()))
			.extracting(TestMailServer.Mail::subject).anyMatch(s -> s.startsWith("Booking confirmed: Bay 1")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject = ?").param("bay-booking:" + id).query(Long.class).single())
			.isEqualTo(2);
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsStored() {
		long bay = shop.bays().get(2);
		long before = count();
		assertThat(errors(scenario.book(partner, bay, "tomorrow", ""))).containsKeys("start", "end");
		assertThat(errors(scenario.book(partner, bay, day + "T11:00", day + "T10:00"))).containsKey("end");
		assertThat(errors(scenario.book(partner, bay, day + "T09:00", day + "T09:30")).get("end")).contains("at least 1 hour");
		assertThat(errors(scenario.book(partner, bay, day + "T07:00", day + "T18:00")).get("end")).contains("at most 10 hours");
		assertThat(errors(scenario.book(partner, bay, day + "T05:00", day + "T07:30")).get("start")).contains("not open");
		assertThat(errors(scenario.book(partner, bay, day + "T18:00", day + "T20:00")).get("start")).contains("not open");
		LocalDate today = LocalDate.now(TORONTO);
		assertThat(errors(scenario.book(partner, bay, today.minusDays(1) + "T09:00", today.minusDays(1) + "T10:00")).get("start"))
			.contains("before the start");
		LocalDate farAway = today.plusDays(90);
		assertThat(errors(scenario.book(partner, bay, farAway + "T09:00", farAway + "T10:00")).get("start")).contains("60 days ahead");
		var badJob = api.post("/api/mechanic/bay-bookings", partner.token(), Map.of("bayId", bay, "start", day + "T09:00", "end",
				day + "T10:00", "job", Map.of("customerName", " ", "vehicle", "2016 Honda Civic", "labourCents", -5, "partsCents", 0)));
		assertThat(errors(badJob)).containsKeys("job.customerName", "job.description", "job.labourCents");
		assertThat(api.postRaw("/api/mechanic/bay-bookings", partner.token(), "{not json").status()).isEqualTo(400);
		assertThat(errors(api.post("/api/mechanic/bay-bookings", partner.token(), Map.of("start", day + "T09:00")))).containsKey("bayId");

		LocalDate closed = day.plusDays(1);
		var blackout = api.post("/api/workshop/bay-bookings/blackouts", shop.token(), Map.of("day", closed.toString(), "reason", "Inventory"));
		assertThat(blackout.status()).as(blackout.body()).isEqualTo(201);
		assertThat(errors(scenario.book(partner, bay, closed + "T09:00", closed + "T10:00")).get("start")).contains("Inventory");
		assertThat(errors(api.post("/api/workshop/bay-bookings/blackouts", shop.token(), Map.of("day", "2020-01-01", "reason", "x"))))
			.containsKey("day");
		assertThat(errors(api.put("/api/workshop/bay-bookings/rules", shop.token(), Map.of("bufferMinutes", -1, "minLengthMinutes", 120,
				"maxLengthMinutes", 60, "minNoticeMinutes", 0, "maxDaysAhead", 0, "cancellationNoticeHours", 1))))
			.containsKeys("bufferMinutes", "maxLengthMinutes", "maxDaysAhead");
		assertThat(count()).isEqualTo(before);
		assertThat(api.get("/api/workshop/bay-bookings/rules", shop.token()).json().get("bufferMinutes").asInt()).isEqualTo(15);
	}

	@Test
	void onlyPartnersBookAndNobodySeesAnotherPartysBookings() {
		long bay = shop.bays().get(3);
		var booked = scenario.book(partner, bay, day + "T13:00", day + "T14:00");
		assertThat(booked.status()).isEqualTo(201);
		long id = booked.json().get("id").asLong();

		String stranger = new Onboard(port).workshopPartner(Unique.email("stranger"), "Sam Rivera", "M6H 2N4").token();
		var refused = api.post("/api/mechanic/bay-bookings", stranger, Map.of("bayId", bay, "start", day + "T16:00", "end", day + "T17:00"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("active partnership");
		assertThat(api.get("/api/mechanic/bay-bookings/availability?workshopId=" + shop.id(), stranger).status()).isEqualTo(403);
		assertThat(api.get("/api/mechanic/bay-bookings/" + id, stranger).status()).isEqualTo(404);
		assertThat(api.delete("/api/mechanic/bay-bookings/" + id, stranger).status()).isEqualTo(404);
		assertThat(api.post("/api/mechanic/bay-bookings", partner.token(), Map.of("bayId", 987654321, "start", day + "T16:00",
				"end", day + "T17:00")).status()).isEqualTo(404);

		var other = scenario.workshop("Other Garage", "ON", "M4C 1B5", "America/Toronto", "07:00", "19:00", 1);
		assertThat(api.get("/api/workshop/bay-bookings/" + id, other.token()).status()).isEqualTo(404);
		assertThat(api.post("/api/workshop/bay-bookings/" + id + "/confirm", other.token(), Map.of()).status()).isEqualTo(404);
		assertThat(scenario.book(partner, other.bays().get(0), day + "T09:00", day + "T10:00").status())
			.as("a workshop the mechanic is not partnered with").isEqualTo(403);
		assertThat(api.get("/api/workshop/bay-bookings", partner.token()).status()).isEqualTo(403);
		assertThat(api.get("/api/mechanic/bay-bookings", shop.token()).status()).isEqualTo(403);
		assertThat(api.get("/api/mechanic/bay-bookings", null).status()).isEqualTo(401);
	}

	@Test
	void theWorkshopDeclinesWithAReasonOrMovesABookingAndTheMechanicMayThenCancelFree() {
		long bay = shop.bays().get(4);
		long toDecline = scenario.book(partner, bay, day + "T08:00", day + "T09:00").json().get("id").asLong();
		assertThat(errors(api.post("/api/workshop/bay-bookings/" + toDecline + "/decline", shop.token(), Map.of("reason", " "))))
			.containsKey("reason");
		var declined = api.post("/api/workshop/bay-bookings/" + toDecline + "/decline", shop.token(), Map.of("reason", "Lift under repair"));
		assertThat(declined.json().get("status").asString()).isEqualTo("DECLINED");
		assertThat(declined.json().get("declineReason").asString()).isEqualTo("Lift under repair");
		assertThat(scenario.book(partner, bay, day + "T08:00", day + "T09:00").status()).as("a declined booking frees the bay").isEqualTo(201);

		LocalDate soon = LocalDate.now(TORONTO).plusDays(1);
		var booked = scenario.book(partner, bay, soon + "T15:00", soon + "T17:00");
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		long id = booked.json().get("id").asLong();
		long otherBay = shop.bays().get(5);
		var blocker = scenario.book(partner, otherBay, soon + "T10:00", soon + "T11:00");
		assertThat(api.post("/api/workshop/bay-bookings/" + id + "/reschedule", shop.token(), Map.of("bayId", otherBay,
				"start", soon + "T10:30", "end", soon + "T12:00")).status()).as("never onto another booking").isEqualTo(409);
		assertThat(api.post("/api/workshop/bay-bookings/" + id + "/reschedule", shop.token(), Map.of("bayId", shop.bays().get(0) + 100000,
				"start", soon + "T12:00", "end", soon + "T13:00")).status()).isEqualTo(404);
		var moved = api.post("/api/workshop/bay-bookings/" + id + "/reschedule", shop.token(), Map.of("bayId", otherBay,
				"start", soon + "T19:00", "end", soon + "T21:00"));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("bayId").asLong()).isEqualTo(otherBay);
		assertThat(moved.json().get("startLocal").asString()).startsWith(soon + "T19:00");
		assertThat(moved.json().get("freeCancellation").asBoolean()).isTrue();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestMailServer.to(partner.email()))
			.extracting(TestMailServer.Mail::subject).anyMatch(s -> s.startsWith("Booking moved: Bay 6")));
		var cancelled = api.delete("/api/mechanic/bay-bookings/" + id, partner.token());
		assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.json().get("cancelledLate").asBoolean()).as("within 24 hours, but the workshop moved it").isFalse();

		long late = blocker.json().get("id").asLong();
		scenario.rules(shop, 15, 60, 600, 120, 60, false, 72);
		var lateCancel = api.delete("/api/mechanic/bay-bookings/" + late, partner.token());
		scenario.rules(shop, 15, 60, 600, 120, 60, false, 24);
		assertThat(lateCancel.json().get("cancelledLate").asBoolean()).as("within the 72-hour notice period").isTrue();
		assertThat(api.delete("/api/mechanic/bay-bookings/" + late, partner.token()).status()).isEqualTo(409);
	}

	@Test
	void availabilityOffersOnlyTimeThatCanBeBookedWithBuffers() {
		LocalDate free = day.plusDays(5);
		long bay = shop.bays().get(5);
		assertThat(scenario.book(partner, bay, free + "T10:00", free + "T12:00").status()).isEqualTo(201);
		var availability = api.get("/api/mechanic/bay-bookings/availability?workshopId=" + shop.id() + "&bayId=" + bay + "&from=" + free
				+ "&to=" + free, partner.token());
		assertThat(availability.status()).as(availability.body()).isEqualTo(200);
		var slots = availability.json().get("bays").get(0).get("free");
		assertThat(slots.size()).isEqualTo(2);
		assertThat(slots.get(0).get("startLocal").asString()).startsWith(free + "T07:00");
		assertThat(slots.get(0).get("endLocal").asString()).startsWith(free + "T09:45");
		assertThat(slots.get(1).get("startLocal").asString()).startsWith(free + "T12:15");
		assertThat(slots.get(1).get("endLocal").asString()).startsWith(free + "T19:00");
		var all = api.get("/api/workshop/bay-bookings/availability?from=" + free + "&to=" + free.plusDays(1), shop.token()).json();
		assertThat(all.get("bays").size()).isEqualTo(6);
		assertThat(errors(api.get("/api/workshop/bay-bookings/availability?from=" + free + "&to=" + free.plusDays(90), shop.token())))
			.containsKey("to");
	}

	@Test
	void aProgramThatOffersChosenBaysLetsItsPartnersBookOnlyThose() {
		var chosen = scenario.workshop("Chosen Bays Garage", "ON", "M5V 1K4", "America/Toronto", "07:00", "19:00", 3);
		scenario.rules(chosen, 15, 60, 600, 120, 60, true, 24);
		Map<String, Object> program = new java.util.HashMap<>(BookingScenario.bayRental());
		program.put("bayIds", java.util.List.of(chosen.bays().get(0), chosen.bays().get(1)));
		var member = scenario.join(chosen, scenario.publishedProgram(chosen, program), partner.email(), partner.name(), partner.token());
		var offered = scenario.book(member, chosen.bays().get(1), day + "T09:00", day + "T10:00");
		assertThat(offered.status()).as(offered.body()).isEqualTo(201);
		assertThat(offered.json().get("status").asString()).as("the workshop auto-confirms").isEqualTo("CONFIRMED");
		var notOffered = scenario.book(member, chosen.bays().get(2), day + "T09:00", day + "T10:00");
		assertThat(notOffered.status()).isEqualTo(403);
		assertThat(notOffered.json().get("detail").asString()).contains("Bay 3 is not one of the bays").contains("Bay 1, Bay 2");
		var free = api.get("/api/mechanic/bay-bookings/availability?workshopId=" + chosen.id() + "&from=" + day + "&to=" + day, member.token());
		assertThat(free.json().get("bays").findValues("bayName").stream().map(n -> n.asString()).toList()).containsExactly("Bay 1", "Bay 2");
	}

	@Test
	void aWeekLongBookingHoldsItsBayOnEveryDayItSpansAndBlackoutDaysAndBaysOutOfServiceOfferNothing() {
		var allDay = scenario.workshop("Round The Clock Garage", "ON", "M5V 1K4", "America/Toronto", "00:00", "23:59", 3);
		scenario.rules(allDay, 240, 60, 10080, 0, 60, true, 24);
		var member = scenario.join(allDay, scenario.publishedProgram(allDay, BookingScenario.bayRental()), partner.email(), partner.name(),
				partner.token());
		LocalDate start = day.plusDays(1);
		LocalDate end = start.plusDays(7);
		long bay = allDay.bays().get(0);
		var week = scenario.book(member, bay, start + "T08:00", end + "T08:00");
		assertThat(week.status()).as(week.body()).isEqualTo(201);
		long id = week.json().get("id").asLong();

		var lastFullDay = api.get("/api/mechanic/bay-bookings/availability?workshopId=" + allDay.id() + "&from=" + end.minusDays(1)
				+ "&to=" + end.minusDays(1), member.token()).json().get("bays");
		assertThat(lastFullDay.get(0).get("bayId").asLong()).isEqualTo(bay);
		assertThat(lastFullDay.get(0).get("free").size()).as("held all day by a booking that began six days earlier").isZero();
		assertThat(lastFullDay.get(1).get("free").get(0).get("minutes").asLong()).isEqualTo(24 * 60);
		var lastDay = api.get("/api/workshop/bay-bookings/availability?bayId=" + bay + "&from=" + end + "&to=" + end, allDay.token())
			.json().get("bays").get(0).get("free");
		assertThat(lastDay.size()).isEqualTo(1);
		assertThat(lastDay.get(0).get("startLocal").asString()).as("free after the 4-hour buffer").startsWith(end + "T12:00");
		assertThat(api.get("/api/workshop/bay-bookings?from=" + end.minusDays(1) + "&to=" + end.minusDays(1), allDay.token()).json()
			.findValues("id").stream().map(n -> n.asLong()).toList()).containsExactly(id);
		assertThat(api.get("/api/mechanic/bay-bookings?from=" + end.minusDays(1) + "&to=" + end.minusDays(1), member.token()).json()
			.findValues("id").stream().map(n -> n.asLong()).toList()).contains(id);

		LocalDate closed = end.plusDays(2);
		assertThat(api.post("/api/workshop/bay-bookings/blackouts", allDay.token(), Map.of("day", closed.toString(), "reason", "Inventory"))
			.status()).isEqualTo(201);
		assertThat(api.put("/api/workshop/bays/" + allDay.bays().get(2), allDay.token(), Map.of("name", "Bay 3", "type", "LIFT",
				"active", false)).status()).isEqualTo(200);
		var around = api.get("/api/mechanic/bay-bookings/availability?workshopId=" + allDay.id() + "&from=" + closed.minusDays(1) + "&to="
				+ closed.plusDays(1), member.token()).json().get("bays");
		assertThat(around.findValues("bayName").stream().map(n -> n.asString()).toList()).as("out of service").containsExactly("Bay 1", "Bay 2");
		var free = around.get(1).get("free");
		assertThat(free.size()).as("the blackout day splits the open time").isEqualTo(2);
		assertThat(free.get(0).get("endLocal").asString()).startsWith(closed + "T00:00");
		assertThat(free.get(1).get("startLocal").asString()).startsWith(closed.plusDays(1) + "T00:00");
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM bay_bookings").query(Long.class).single();
	}

	private static Map<String, String> errors(Api.Reply reply) {
		assertThat(reply.status()).as(reply.body()).isEqualTo(400);
		Map<String, String> errors = new java.util.HashMap<>();
		var list = reply.json().get("errors");
		if (list != null) {
			list.forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
		}
		return errors;
	}
}
