package ca.mechanicplatform.browser;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The mechanic shares the profile and prints the QR code; a visitor opens the profile, signs up through it as the
 * mechanic's referral, has a consultation, and the mechanic sees the conversion and the bonus, paid once.
 */
@PlatformTest
class ProfileBrowserTests {

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
	void aMechanicSharesTheProfileAndAVisitorSignsUpThroughItAsAReferral() {
		var api = new Api(port);
		var onboard = new Onboard(port);
		var signedUp = onboard.signUp("browser-profile", "Alex Moreau", "M6H 2N4");
		onboard.chooseVirtualOnly(signedUp);
		onboard.profile(signedUp, "ON", "M6H 2N4");
		var mechanic = mechanics.mine(accounts.findByEmail(signedUp.email()).orElseThrow().id());
		mechanics.markVerified(mechanic.id());
		mechanics.setAvailability(mechanic.id(), true);

		Page garage = logIn(browser.newPage(base()), signedUp.email());
		garage.navigate("/mechanic/dashboard");
		garage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share").setExact(true)).click();
		assertThat(garage.locator("#profile-url")).hasValue(Pattern.compile(".*/mechanic/public/\\d+-alex-moreau$"));
		assertThat(garage.locator("#share-facebook")).hasAttribute("href", Pattern.compile("^https://www\\.facebook\\.com/sharer/.*"));
		garage.waitForFunction("() => document.getElementById('qr-code').complete && document.getElementById('qr-code').naturalWidth > 0");
		Browser.screenshot(garage, "profile-share");
		String profilePath = garage.locator("#profile-url").inputValue().replaceFirst("^https?://[^/]+", "");
		garage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Printable page")).click();
		assertThat(garage.locator("img[alt='QR code of the public profile']")).isVisible();
		garage.waitForFunction("() => { const img = document.querySelector(\"img[alt='QR code of the public profile']\"); "
				+ "return img.complete && img.naturalWidth > 0; }");
		Object qrWidth = garage.locator("img[alt='QR code of the public profile']").evaluate("img => img.naturalWidth");
		org.assertj.core.api.Assertions.assertThat(((Number) qrWidth).intValue()).isEqualTo(1024);
		Browser.screenshot(garage, "profile-qr-print");

		Page visitor = browser.newPhonePage(base());
		visitor.navigate(profilePath);
		assertThat(visitor.locator("h1")).hasText("Alex Moreau");
		assertThat(visitor.locator("#service-area")).hasText("Ontario · M6H");
		Browser.screenshot(visitor, "profile-public-phone");
		visitor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a free account")).click();
		assertThat(visitor.locator("body")).containsText("You were invited by a mechanic");
		String email = Unique.email("browser-referred");
		visitor.getByLabel("Your name").fill("Jo Lee");
		visitor.getByLabel("E-mail address").fill(email);
		visitor.getByLabel("Password").fill("a-long-password");
		visitor.getByLabel("Postal code").fill("M4W 1A8");
		visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
		assertThat(visitor).hasURL(Pattern.compile(".*/customer/dashboard$"));

		garage.navigate("/mechanic/referrals");
		await().atMost(Duration.ofSeconds(15)).until(() -> {
			garage.reload();
			return "1".equals(garage.locator("#referred").textContent().trim());
		});

		String customer = api.token(email, "a-long-password");
		for (int i = 0; i < 2; i++) {
			var created = api.post("/api/customer/consultations", customer, Map.of("kind", "CHAT", "vehicleYear", "2016",
					"vehicleMake", "Honda", "vehicleModel", "Civic", "problem", "Grinding noise when braking at low speed"));
			long id = created.json().get("id").asLong();
			api.post("/api/mechanic/sessions/virtual/" + id + "/accept", signedUp.token(), Map.of());
			api.post("/api/mechanic/sessions/virtual/" + id + "/complete", signedUp.token(), Map.of());
		}
		await().atMost(Duration.ofSeconds(15)).until(() -> {
			garage.reload();
			return "1".equals(garage.locator("#converted").textContent().trim());
		});
		assertThat(garage.locator("#bonus-earned")).hasText("$10.00");
		assertThat(garage.locator("tbody")).containsText("Jo L.");
		Browser.screenshot(garage, "profile-referrals");
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
