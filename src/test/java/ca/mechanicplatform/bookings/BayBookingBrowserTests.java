package ca.mechanicplatform.bookings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.PlatformTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Done-when of bay booking in two browsers: a partnered mechanic books a free slot, the workshop confirms it from
 * its bays × days grid and moves another, the mechanic cancels that one (free of charge) and completes the job, and
 * both see the split.
 */
@PlatformTest
class BayBookingBrowserTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");
	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void bookConfirmMoveCancelAndCompleteAJobWithTheSplitShownToBoth() {
		var scenario = new BookingScenario(port);
		var shop = scenario.workshop("Browser Garage", "ON", "M5V 1K4", "America/Toronto", "07:00", "19:00", 2);
		scenario.rules(shop, 15, 60, 600, 60, 60, false, 24);
		var partner = scenario.partner(shop, scenario.publishedProgram(shop, BookingScenario.bayRental()), "Alex Moreau", "M6H 2N4");
		LocalDate day = LocalDate.now(TORONTO).plusDays(3);
		long other = scenario.book(partner, shop.bays().get(1), day + "T13:00", day + "T15:00").json().get("id").asLong();

		Page mechanic = logIn(browser.newPage(base()), partner.email());
		mechanic.navigate("/mechanic/bay-bookings");
		assertThat(mechanic.locator("#calendar")).isVisible();
		mechanic.getByLabel("Day").fill(day.toString());
		mechanic.getByLabel("Day").dispatchEvent("change");
		assertThat(mechanic.locator("#slots")).containsText("Bay 1 · 07:00");
		mechanic.locator("#slots input[type=radio]").first().check();
		Browser.screenshot(mechanic, "bay-booking-form");
		mechanic.locator("#book").click();
		assertThat(mechanic.locator(".alert-success")).containsText("waiting for the workshop to confirm");
		assertThat(mechanic.locator(".booking").first()).containsText("Browser Garage · Bay 1");
		Browser.screenshot(mechanic, "bay-bookings-calendar");

		Page workshop = logIn(browser.newPage(base()), shop.email());
		workshop.navigate("/workshop/bay-bookings?from=" + day);
		assertThat(workshop.locator("#bay-grid")).containsText("07:00–09:00 Alex Moreau");
		workshop.locator("#bay-grid .booking-chip", new Page.LocatorOptions().setHasText("07:00–09:00")).click();
		assertThat(workshop.locator("#panel")).containsText("Alex Moreau");
		workshop.locator("#confirm-booking").click();
		assertThat(workshop.locator(".alert-success")).containsText("Confirmed Alex Moreau in Bay 1");
		Browser.screenshot(workshop, "workshop-bay-grid");

		workshop.locator("#bay-grid .booking-chip", new Page.LocatorOptions().setHasText("13:00–15:00")).click();
		assertThat(workshop.locator("#panel")).containsText("Bay 2");
		workshop.locator("#panel input[name=start]").fill(day + "T16:00");
		workshop.locator("#panel input[name=end]").fill(day + "T18:00");
		workshop.locator("#panel").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Move booking")).click();
		assertThat(workshop.locator(".alert-success")).containsText("may cancel free of charge");
		assertThat(workshop.locator("#bay-grid")).containsText("16:00–18:00 Alex Moreau");

		mechanic.navigate("/mechanic/bay-bookings");
		var moved = mechanic.locator("#booking-" + other);
		assertThat(moved).containsText("you may cancel it free of charge");
		moved.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Cancel booking")).click();
		assertThat(mechanic.locator(".alert-success")).containsText("Cancelled Bay 2");

		// The confirmed booking's time comes: it is moved into the just-past, two hours long as booked.
		long confirmed = jdbc.sql("SELECT id FROM bay_bookings WHERE bay_id = ? AND status = 'CONFIRMED'").param(shop.bays().get(0))
			.query(Long.class).single();
		Instant end = Instant.now().minus(Duration.ofMinutes(10));
		jdbc.sql("UPDATE bay_bookings SET starts_at = ?, ends_at = ?, buffered_until = ? WHERE id = ?").params(
				SqlTime.of(end.minus(Duration.ofHours(2))), SqlTime.of(end), SqlTime.of(end.plus(Duration.ofMinutes(15))), confirmed).update();
		mechanic.navigate("/mechanic/bay-bookings?from=" + LocalDate.now(TORONTO).minusDays(1));
		var card = mechanic.locator("#booking-" + confirmed);
		card.locator("summary").click();
		card.getByLabel("Customer").fill("Jordan Blake");
		card.getByLabel("Vehicle").fill("2016 Honda Civic");
		card.getByLabel("Work done").fill("Front brakes and rotors");
		card.getByLabel("Labour ($)").fill("300");
		card.getByLabel("Parts ($)").fill("120.50");
		card.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Complete and record")).click();
		assertThat(mechanic.locator(".alert-success")).containsText("Job completed in Bay 1");
		assertThat(mechanic.locator("#booking-" + confirmed + " .split")).containsText("platform $63.08");
		assertThat(mechanic.locator("#booking-" + confirmed + " .split")).containsText("mechanic $267.42");
		Browser.screenshot(mechanic, "bay-job-completed");

		workshop.navigate("/workshop/bay-bookings?from=" + LocalDate.now(TORONTO).minusDays(1));
		workshop.locator("#bay-grid [data-booking='" + confirmed + "']").click();
		assertThat(workshop.locator("#panel .split")).containsText("workshop $90.00");
		Browser.screenshot(workshop, "workshop-job-split");
		org.assertj.core.api.Assertions.assertThat(new ca.mechanicplatform.testing.Api(port)
			.get("/api/mechanic/bay-bookings/" + confirmed, partner.token()).json().get("status").asString()).isEqualTo("COMPLETED");
	}

	private Page logIn(Page page, String email) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(BookingScenario.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		return page;
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
