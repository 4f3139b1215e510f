package ca.mechanicplatform.browser;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The off-shift revenue-share agreement in two browsers: the employee requests it from the off-shift panel and signs,
 * the workshop signs from its employee settings, the panel shows revenue share at the signed percentage, and the
 * employee ends it.
 */
@PlatformTest
class RevenueShareBrowserTests {

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
	void theEmployeeRequestsBothSignAndThePanelShowsRevenueShareUntilItIsEnded() {
		var api = new Api(port);
		String workshopEmail = Unique.email("browser-revshare-workshop");
		api.post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", workshopEmail, "password", Onboard.PASSWORD,
				"workshopName", "AutoFix Toronto", "streetAddress", "450 King St W", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4"));
		String workshopToken = api.token(workshopEmail, Onboard.PASSWORD);
		api.put("/api/workshop/off-shift-policy", workshopToken, Map.of("allowEmployeeLocalFreelance", true, "employeeRevenueSharePct", 30));
		var employee = new Onboard(port).signUp("browser-revshare-employee", "Mike Johnson", "L5B 3C2");
		api.post("/api/workshop/employees/invitations", workshopToken, Map.of("email", employee.email()));
		String invitation = api.get("/api/mechanic/invitations", employee.token()).json().get(0).get("token").asString();
		api.post("/api/mechanic/invitations/" + invitation + "/accept", employee.token(), Map.of());

		Page mechanic = logIn(browser.newPage(base()), employee.email());
		mechanic.navigate("/mechanic/off-shift");
		assertThat(mechanic.locator("#off-shift-mode")).hasText("Local exclusion");
		mechanic.locator("#request-revenue-share").click();
		assertThat(mechanic.locator("#agreement-status")).containsText("Awaiting");
		mechanic.getByLabel("Type your full name").fill("Mike Johnson");
		mechanic.getByLabel(Pattern.compile("I have read this agreement")).check();
		mechanic.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign electronically")).click();
		assertThat(mechanic.locator("#agreement-status")).containsText("Awaiting workshop");
		mechanic.navigate("/mechanic/off-shift");
		assertThat(mechanic.locator("#revenue-share-status")).hasText("Waiting for signatures");
		assertThat(mechanic.locator("#off-shift-mode")).hasText("Local exclusion");

		Page workshop = logIn(browser.newPage(base()), workshopEmail);
		workshop.navigate("/workshop/employees");
		assertThat(workshop.locator(".revenue-share-status")).hasText("Waiting for signatures");
		Browser.screenshot(workshop, "revenue-share-workshop-to-sign");
		workshop.locator(".sign-revenue-share").click();
		workshop.getByLabel("Type your full name").fill("Morgan Chen");
		workshop.getByLabel(Pattern.compile("I have read this agreement")).check();
		workshop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign electronically")).click();
		assertThat(workshop.locator("#agreement-status")).containsText("Signed by both");

		mechanic.navigate("/mechanic/off-shift");
		mechanic.waitForCondition(() -> {
			mechanic.reload();
			return mechanic.locator("#off-shift-mode").textContent().contains("Revenue share");
		});
		assertThat(mechanic.locator("#revenue-share-status")).hasText("In force");
		assertThat(mechanic.locator("#signed-share")).hasText("30%");
		assertThat(mechanic.locator("#mode-meaning")).containsText("$33.25");
		Browser.screenshot(mechanic, "revenue-share-in-force");

		workshop.navigate("/workshop/employees");
		assertThat(workshop.locator(".off-shift-mode")).hasText("Revenue share");
		assertThat(workshop.locator(".revenue-share-status")).hasText("In force");

		mechanic.locator("#end-revenue-share").click();
		assertThat(mechanic.locator(".alert-success")).containsText("back in local exclusion");
		assertThat(mechanic.locator("#off-shift-mode")).hasText("Local exclusion");
		assertThat(mechanic.locator("#request-revenue-share")).isVisible();
	}

	private Page logIn(Page page, String email) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(Onboard.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		return page;
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
