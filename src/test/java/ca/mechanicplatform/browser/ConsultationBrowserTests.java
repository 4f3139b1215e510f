package ca.mechanicplatform.browser;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A consultation in two browsers side by side: the customer requests, the request appears on the mechanic's open feed
 * without a reload, the mechanic accepts, they chat, the mechanic completes and the customer rates.
 */
@PlatformTest
class ConsultationBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Accounts accounts;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void aCustomerAndAMechanicGoFromRequestToRatingWithoutReloadingTheFeed() {
		String word = "Civic" + Long.toString(System.nanoTime(), 36);
		String customerEmail = Unique.email("browser-customer");
		String mechanicEmail = Unique.email("browser-mechanic");
		var api = new Api(port);
		api.post("/api/signup/customer", null, Map.of("name", "Sam Patel", "email", customerEmail, "password", "a-long-password",
				"postalCode", "V6B 2W9"));
		api.post("/api/signup/mechanic", null, Map.of("name", "Alex Moreau", "email", mechanicEmail, "password", "a-long-password",
				"postalCode", "M6H 2N4"));
		var mechanic = mechanics.mine(accounts.findByEmail(mechanicEmail).orElseThrow().id());
		mechanics.chooseTier(mechanic.id(), ServiceTier.VIRTUAL_ONLY);
		mechanics.markVerified(mechanic.id());

		Page garage = logIn(browser.newPage(base()), mechanicEmail);
		garage.navigate("/mechanic/consultations");
		assertThat(garage.locator("#access")).containsText("not available");
		garage.locator("#availability button").click();
		assertThat(garage.locator("#access")).containsText("every open request");
		garage.waitForTimeout(500);

		Page owner = logIn(browser.newPhonePage(base()), customerEmail);
		owner.navigate("/customer/dashboard");
		owner.getByText("Chat with a mechanic").first().click();
		owner.getByLabel("Year").fill("2016");
		owner.getByLabel("Make").fill("Honda");
		owner.getByLabel("Model").fill(word);
		owner.getByLabel("What is the vehicle doing?").fill("Grinding noise from the front left when braking below 30 km/h.");
		Browser.screenshot(owner, "consultation-request-phone");
		owner.locator("#send-request").click();
		assertThat(owner.locator("#waiting")).containsText("Waiting for a mechanic");

		Locator card = garage.locator(".request-card", new Page.LocatorOptions().setHasText(word));
		assertThat(card).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
		assertThat(card).containsText("over 200 km");
		assertThat(card).containsText("$12.75");
		Browser.screenshot(garage, "consultation-feed");
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
		assertThat(garage).hasURL(Pattern.compile(".*/mechanic/consultations/\\d+$"));

		assertThat(owner.locator("#session-status")).hasText("In progress",
				new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(10_000));
		owner.getByLabel("Message").fill("It started after I changed the pads myself.");
		owner.locator("#send-message").click();
		assertThat(garage.locator("#messages")).containsText("changed the pads myself",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		garage.getByLabel("Message").fill("Check the caliper slide pins; they may not have been greased.");
		garage.locator("#send-message").click();
		assertThat(owner.locator("#messages")).containsText("caliper slide pins",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		Browser.screenshot(owner, "consultation-chat-customer-phone");
		Browser.screenshot(garage, "consultation-chat-mechanic");

		garage.locator("#complete-session").click();
		assertThat(garage.locator("#session-status")).hasText("Completed");
		assertThat(owner.locator("#rate")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
		owner.locator("label[for=rating-5]").click();
		owner.getByLabel("Comment").fill("Clear and quick, fixed it myself.");
		owner.locator("#send-rating").click();
		assertThat(owner.locator("#rating")).containsText("Clear and quick");
		Browser.screenshot(owner, "consultation-rated-phone");

		garage.navigate("/mechanic/consultations");
		assertThat(garage.locator("#stat-completed")).hasText("1");
		assertThat(garage.locator("#stat-rating")).containsText("5.0");
		assertThat(garage.locator("#stat-earnings")).hasText("$12.75");
		Browser.screenshot(garage, "consultation-feed-after");
	}

	private Page logIn(Page page, String email) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill("a-long-password");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		return page;
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
