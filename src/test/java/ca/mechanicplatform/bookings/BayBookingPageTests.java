package ca.mechanicplatform.bookings;


import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import jakarta.servlet.http.Cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The booking pages (calendar, free slots, the workshop's grid and panel, rules) and the iCalendar feeds. */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BayBookingPageTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

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
		shop = scenario.workshop("Page Garage", "ON", "M5V 1K4", "America/Toronto", "08:00", "18:00", 2);
		scenario.rules(shop, 15, 60, 600, 60, 60, false, 24);
		partner = scenario.partner(shop, scenario.publishedProgram(shop, BookingScenario.bayRental()), "Alex Moreau", "M6H 2N4");
		day = LocalDate.now(TORONTO).plusDays(4);
	}

	@Test
	void theMechanicBooksAnOfferedSlotAndTheWorkshopConfirmsItFromItsGrid() throws Exception {
		Cookie mechanic = logIn(partner.email());
		mvc.perform(get("/mechanic/bay-bookings").cookie(mechanic)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Book a bay")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Page Garage")));
		String slots = mvc.perform(get("/mechanic/bay-bookings/slots").cookie(mechanic).param("workshopId", String.valueOf(shop.id()))
				.param("day", day.toString()).param("minutes", "120")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String first = day.atTime(8, 0).atZone(TORONTO).toInstant().toString();
		String slot = shop.bays().get(0) + "|" + first + "|" + day.atTime(10, 0).atZone(TORONTO).toInstant();
		assertThat(slots).contains(slot).contains("Bay 1 · 08:00 EST – 10:00 EST");
		mvc.perform(post("/mechanic/bay-bookings").cookie(mechanic).with(csrf()).param("slot", slot).param("note", "Brakes"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/mechanic/bay-bookings"));
		long id = jdbc.sql("SELECT id FROM bay_bookings WHERE bay_id = ? AND starts_at = ?").params(shop.bays().get(0),
				java.time.OffsetDateTime.parse(first)).query(Long.class).single();
		String after = mvc.perform(get("/mechanic/bay-bookings/slots").cookie(mechanic).param("workshopId", String.valueOf(shop.id()))
				.param("day", day.toString()).param("minutes", "120")).andReturn().getResponse().getContentAsString();
		assertThat(after).as("a booked slot is no longer offered").doesNotContain(slot).contains("Bay 1 · 10:15 EST");
		mvc.perform(post("/mechanic/bay-bookings").cookie(mechanic).with(csrf()).param("slot", slot))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("is already booked")));
		mvc.perform(post("/mechanic/bay-bookings").cookie(mechanic).with(csrf()).param("slot", "nonsense"))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Choose one of the free slots")));

		Cookie workshop = logIn(shop.email());
		mvc.perform(get("/workshop/bay-bookings").cookie(workshop).param("from", day.toString())).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("08:00–10:00 Alex Moreau")));
		mvc.perform(get("/workshop/bay-bookings/" + id + "/panel").cookie(workshop)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Confirm")));
		mvc.perform(post("/workshop/bay-bookings/" + id + "/confirm").cookie(workshop).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT status FROM bay_bookings WHERE id = ?").param(id).query(String.class).single()).isEqualTo("CONFIRMED");
		mvc.perform(post("/workshop/bay-bookings/" + id + "/confirm").cookie(workshop).with(csrf())).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("flashError",
					"Only a pending booking can be confirmed; this one is confirmed"));
		mvc.perform(get("/workshop/bay-bookings/" + id + "/panel").cookie(mechanic)).andExpect(status().isForbidden());
		Cookie stranger = logIn(scenario.workshop("Stranger Garage", "ON", "M4C 1B5", "America/Toronto", "08:00", "18:00", 1).email());
		mvc.perform(get("/workshop/bay-bookings/" + id + "/panel").cookie(stranger)).andExpect(status().isNotFound());
		mvc.perform(post("/workshop/bay-bookings/" + id + "/decline").cookie(stranger).with(csrf()).param("reason", "no"))
			.andExpect(status().isNotFound());
	}

	@Test
	void rulesFormShowsFieldMessagesAndBlackoutDaysCanBeAddedAndRemoved() throws Exception {
		Cookie workshop = logIn(shop.email());
		mvc.perform(post("/workshop/bay-bookings/rules").cookie(workshop).with(csrf()).param("bufferMinutes", "-5")
				.param("minLengthMinutes", "60").param("maxLengthMinutes", "600").param("minNoticeMinutes", "60")
				.param("maxDaysAhead", "60").param("cancellationNoticeHours", "24"))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Enter 0 to 240 minutes")));
		LocalDate closed = day.plusDays(10);
		mvc.perform(post("/workshop/bay-bookings/blackouts").cookie(workshop).with(csrf()).param("day", closed.toString())
				.param("reason", "Stocktaking")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/workshop/bay-bookings").cookie(workshop)).andExpect(content().string(org.hamcrest.Matchers.containsString("Stocktaking")));
		mvc.perform(post("/workshop/bay-bookings/blackouts/" + closed + "/remove").cookie(workshop).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM booking_blackouts WHERE workshop_id = ?").param(shop.id()).query(Long.class).single()).isZero();
	}

	@Test
	void feedsAreValidICalendarWithUtcTimesStableUidsAndCancelledBookingsAndCanBeRevoked() throws Exception {
		LocalDate feedDay = day.plusDays(2);
		long kept = scenario.book(partner, shop.bays().get(1), feedDay + "T09:00", feedDay + "T11:00").json().get("id").asLong();
		long cancelled = scenario.book(partner, shop.bays().get(1), feedDay + "T13:00", feedDay + "T14:00").json().get("id").asLong();
		api.delete("/api/mechanic/bay-bookings/" + cancelled, partner.token());

		var created = api.post("/api/mechanic/bay-bookings/feed", partner.token(), Map.of());
		assertThat(created.status()).isEqualTo(201);
		String url = created.json().get("url").asString();
		String path = url.substring(url.indexOf("/calendar-feeds/"));
		var feed = api.get(path, null);
		assertThat(feed.status()).as("no sign-in needed").isEqualTo(200);
		assertThat(feed.contentType()).startsWith("text/calendar");
		assertThat(feed.body()).contains("DTSTART:" + compact(feedDay.atTime(9, 0).atZone(TORONTO).toInstant()));
		ICalendar calendar = Biweekly.parse(feed.body()).first();
		assertThat(calendar).isNotNull();
		VEvent event = calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals("bay-booking-" + kept + "@mechanic-platform"))
			.findFirst().orElseThrow();
		assertThat(event.getDateStart().getValue().toInstant()).isEqualTo(feedDay.atTime(9, 0).atZone(TORONTO).toInstant());
		assertThat(event.getDateEnd().getValue().toInstant()).isEqualTo(feedDay.atTime(11, 0).atZone(TORONTO).toInstant());
		assertThat(event.getStatus().getValue()).isEqualTo("TENTATIVE");
		assertThat(event.getSummary().getValue()).contains("Bay 2 at Page Garage");
		VEvent gone = calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals("bay-booking-" + cancelled + "@mechanic-platform"))
			.findFirst().orElseThrow();
		assertThat(gone.getStatus().getValue()).isEqualTo("CANCELLED");
		assertThat(calendar.validate(biweekly.ICalVersion.V2_0).isEmpty()).as(calendar.validate(biweekly.ICalVersion.V2_0).toString()).isTrue();

		// The workshop's feed has the same UIDs; moving a booking keeps its UID.
		String workshopUrl = api.post("/api/workshop/bay-bookings/feed", shop.token(), Map.of()).json().get("url").asString();
		api.post("/api/workshop/bay-bookings/" + kept + "/reschedule", shop.token(), Map.of("start", feedDay + "T15:00", "end", feedDay + "T17:00"));
		ICalendar workshopCalendar = Biweekly.parse(api.get(workshopUrl.substring(workshopUrl.indexOf("/calendar-feeds/")), null).body()).first();
		VEvent moved = workshopCalendar.getEvents().stream().filter(e -> e.getUid().getValue().equals("bay-booking-" + kept + "@mechanic-platform"))
			.findFirst().orElseThrow();
		assertThat(moved.getDateStart().getValue().toInstant()).isEqualTo(feedDay.atTime(15, 0).atZone(TORONTO).toInstant());
		assertThat(moved.getSequence().getValue()).isEqualTo(1);

		var renewed = api.post("/api/mechanic/bay-bookings/feed", partner.token(), Map.of()).json().get("url").asString();
		assertThat(api.get(path, null).status()).as("a new address revokes the old").isEqualTo(404);
		String renewedPath = renewed.substring(renewed.indexOf("/calendar-feeds/"));
		assertThat(api.get(renewedPath, null).status()).isEqualTo(200);
		assertThat(api.delete("/api/mechanic/bay-bookings/feed", partner.token()).status()).isEqualTo(204);
		assertThat(api.get(renewedPath, null).status()).isEqualTo(404);
		assertThat(api.get("/calendar-feeds/not-a-real-token-at-all-xxxxxxxx.ics", null).status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_feeds WHERE token_sha256 LIKE '%" + "calendar" + "%'").query(Long.class).single())
			.as("only hashes are stored").isZero();
	}

	@Test
	void aMechanicWithoutPartnershipsAndAWorkshopWithoutBaysSeeWhatToDoFirst() throws Exception {
		String email = ca.mechanicplatform.testing.Unique.email("no-partner");
		assertThat(api.post("/api/signup/mechanic", null, Map.of("name", "Jordan Blake", "email", email, "password",
				BookingScenario.PASSWORD, "postalCode", "M6H 2N4")).status()).isEqualTo(201);
		mvc.perform(get("/mechanic/bay-bookings").cookie(logIn(email))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("workshops you have an active partnership with")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("No bookings in these 30 days")));
		mvc.perform(get("/mechanic/bay-bookings/slots").cookie(logIn(email)).param("workshopId", String.valueOf(shop.id())))
			.andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("active partnership")));
		var bare = scenario.workshop("Bare Garage", "ON", "M4C 1B5", "America/Toronto", "08:00", "18:00", 0);
		mvc.perform(get("/workshop/bay-bookings").cookie(logIn(bare.email()))).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Add bays")));
	}

	private static String compact(Instant instant) {
		return instant.toString().replace("-", "").replace(":", "").replace(".000", "");
	}

	private Cookie logIn(String email) throws Exception {
		return mvc.perform(formLogin("/login").user("email", email).password(BookingScenario.PASSWORD)).andReturn().getResponse()
			.getCookie("SESSION");
	}

}
