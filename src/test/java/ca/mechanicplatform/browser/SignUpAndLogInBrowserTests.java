package ca.mechanicplatform.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A person signs up, logs out, logs back in and lands on the right dashboard, in a real browser. */
@PlatformTest
class SignUpAndLogInBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void aMechanicSignsUpLogsOutAndLogsBackInToTheirDashboard() {
		Page page = browser.newPage("http://localhost:" + port);
		String email = Unique.email("browser-mechanic");

		page.navigate("/");
		Browser.screenshot(page, "home");
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Create your account")).click();
		page.locator("#signup-mechanic").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/signup/mechanic$"));

		page.getByLabel("Full name").fill("Alex Moreau");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill("short");
		page.getByLabel("Postal code").fill("Q1A 1A1");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create mechanic account")).click();
		assertThat(page.locator("#password-error")).containsText("at least 10 characters");
		assertThat(page.locator("#postalCode-error")).containsText("D, F, I, O, Q or U");
		Browser.screenshot(page, "signup-mechanic-errors");

		page.getByLabel("Password").fill("a-long-password");
		page.getByLabel("Postal code").fill("m6h2n4");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create mechanic account")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/mechanic/dashboard$"));
		assertThat(page.locator("#dashboard-heading")).containsText("Alex Moreau");
		Browser.screenshot(page, "mechanic-dashboard");
		// a mechanic's eleven links fit on one line at 1280 px, and fold behind the menu button below 1200 px
		assertThat(page.locator("nav.platform-nav .navbar-nav .nav-link")).hasCount(13);
		assertThat(page.locator("nav.platform-nav").boundingBox().height).isLessThan(70);
		page.setViewportSize(1100, 860);
		assertThat(page.locator(".navbar-toggler")).isVisible();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Analytics"))).isHidden();
		page.setViewportSize(1280, 860);

		page.locator("nav .dropdown-toggle").click();
		page.getByText("Log out").click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?signedOut$"));

		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill("a-long-password");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/mechanic/dashboard$"));
		assertThat(page.locator("#service-tier")).containsText("Not chosen yet");
		assertThat(Browser.screenshot(page, "mechanic-dashboard-after-login")).exists();
	}

	@Test
	void aWorkshopSignsUpOnAPhone() {
		Page page = browser.newPhonePage("http://localhost:" + port);
		page.navigate("/signup/workshop");
		page.getByLabel("Your name").fill("Siobhan Walsh");
		page.getByLabel("E-mail address").fill(Unique.email("browser-workshop"));
		page.getByLabel("Password").fill("a-long-password");
		page.getByLabel("Legal name").fill("Harbourside Auto");
		page.getByLabel("Street address").fill("155 Water St");
		page.getByLabel("City").fill("St. John's");
		page.getByLabel("Province or territory").selectOption("NL");
		assertThat(page.getByLabel("Time zone")).hasValue("America/St_Johns");
		page.getByLabel("Postal code").fill("A1C 1B1");
		Browser.screenshot(page, "signup-workshop-phone");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register workshop")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/workshop/dashboard$"));
		assertThat(page.locator("#dashboard-heading")).hasText("Harbourside Auto");
		assertThat(page.getByText("America/St_Johns").first()).isVisible();
		Browser.screenshot(page, "workshop-dashboard-phone");
	}

	@Test
	void anUnknownPageShowsTheNotFoundPage() {
		Page page = browser.newPage("http://localhost:" + port);
		var response = page.navigate("/login");
		assertThat(response.status()).isEqualTo(200);
		var missing = page.navigate("/webjars/nothing-here.js");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(page.getByText("We couldn't find that page")).isVisible();
	}

	@Test
	void someoneWhoForgotTheirPasswordChoosesANewOneFromTheEmailedLink() {
		String email = Unique.email("browser-forgot");
		var created = new ca.mechanicplatform.testing.Api(port).post("/api/signup/customer", null, java.util.Map.of("name", "Robin Nolan",
				"email", email, "password", "a-long-password", "postalCode", "M4W 1A8"));
		assertThat(created.status()).isEqualTo(201);
		Page page = browser.newPage("http://localhost:" + port);
		page.navigate("/login");
		page.locator("#forgot-password").click();
		page.getByLabel("E-mail address").fill(email);
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the link")).click();
		assertThat(page.locator("#reset-sent")).containsText(email);

		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
			.until(() -> !ca.mechanicplatform.testing.TestMailServer.to(email).isEmpty());
		var link = java.util.regex.Pattern.compile("http://[^\\s]+/password/reset\\?token=[A-Za-z0-9_-]+")
			.matcher(ca.mechanicplatform.testing.TestMailServer.to(email).get(0).body());
		assertThat(link.find()).isTrue();
		page.navigate(link.group().replaceFirst("http://[^/]+", ""));
		page.getByLabel("New password").fill("a-new-long-password");
		page.getByLabel("The same password again").fill("a-new-long-passwort");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password")).click();
		assertThat(page.locator("#confirmation-error")).containsText("not the same");
		Browser.screenshot(page, "password-reset-errors");
		page.getByLabel("New password").fill("a-new-long-password");
		page.getByLabel("The same password again").fill("a-new-long-password");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the new password")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?passwordChanged$"));
		assertThat(page.locator("#password-changed")).isVisible();

		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a-new-long-password");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/customer/dashboard$"));
	}
}
