package ca.mechanicplatform.browser;

import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Onboard.SignedUp;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static ca.mechanicplatform.browser.OnboardingBrowserTests.logIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A workshop gets on the platform in a real browser: signs up, adds hours and bays, invites an employee who accepts,
 * clocks them in and out, and sets its off-shift policy; the employee, on a phone, sees their own off-shift panel.
 */
@PlatformTest
class WorkshopBrowserTests {

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
	void aWorkshopSetsUpHoursAndBaysHiresAnEmployeeClocksThemInAndOutAndSetsItsOffShiftPolicy() {
		SignedUp mechanic = new Onboard(port).verified("browser-employee", "Mike Johnson");
		Page admin = browser.newPage(base());
		admin.navigate("/signup/workshop");
		admin.getByLabel("Your name").fill("Morgan Chen");
		admin.getByLabel("E-mail address").fill(Unique.email("browser-workshop-setup"));
		admin.getByLabel("Password").fill(Onboard.PASSWORD);
		admin.getByLabel("Legal name").fill("AutoFix Toronto Inc.");
		admin.getByLabel("Street address").fill("450 King St W");
		admin.getByLabel("City").fill("Toronto");
		admin.getByLabel("Postal code").fill("M5V 1K4");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register workshop")).click();
		assertThat(admin).hasURL(Pattern.compile(".*/workshop/dashboard$"));

		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Opening hours").setExact(true)).click();
		for (String day : new String[] { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) {
			admin.locator("#open-" + day).check();
			admin.locator("#opens-" + day).fill("08:00");
			admin.locator("#closes-" + day).fill("18:00");
		}
		admin.locator("#open-SATURDAY").check();
		admin.locator("#opens-SATURDAY").fill("14:00");
		admin.locator("#closes-SATURDAY").fill("09:00");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save opening hours")).click();
		assertThat(admin.locator("#hours-SATURDAY-error")).containsText("closing time must be after the opening time");
		admin.locator("#opens-SATURDAY").fill("09:00");
		admin.locator("#closes-SATURDAY").fill("14:00");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save opening hours")).click();
		assertThat(admin.locator(".alert-success")).containsText("Opening hours saved");
		assertThat(admin.locator("#open-SUNDAY")).not().isChecked();
		Browser.screenshot(admin, "workshop-1-opening-hours");

		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bays").setExact(true)).click();
		addBay(admin, "Bay 1", "LIFT");
		addBay(admin, "Alignment bay", "ALIGNMENT");
		addBay(admin, "bay 1", "GENERAL");
		assertThat(admin.locator("#name-error")).containsText("already called");
		addBay(admin, "Diagnostics", "DIAGNOSTIC");
		admin.locator(".bay[data-bay='Diagnostics']").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make inactive")).click();
		assertThat(admin.locator(".bay[data-bay='Diagnostics']")).containsText("Inactive");
		assertThat(admin.locator(".bay")).hasCount(3);
		Browser.screenshot(admin, "workshop-2-bays");

		admin.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Employees").setExact(true)).click();
		admin.getByLabel("Mechanic's e-mail address").fill(mechanic.email());
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitation")).click();
		assertThat(admin.locator("#invitations")).containsText("Waiting for the mechanic");

		Page employee = browser.newPhonePage(base());
		logIn(employee, mechanic.email(), Onboard.PASSWORD);
		employee.navigate("/mechanic/dashboard");
		employee.locator("#next-steps").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Workshop invitations")).click();
		assertThat(employee.locator(".invitation")).containsText("AutoFix Toronto Inc.");
		Browser.screenshot(employee, "workshop-3-invitation-phone");
		employee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept and join")).click();
		assertThat(employee.locator("#shift-status")).containsText("OFF SHIFT");
		assertThat(employee.locator("#mode-meaning")).containsText("Customers within 50 km of AutoFix Toronto Inc. are not shown");
		assertThat(employee.locator("#mode-meaning")).containsText("95%");

		admin.reload();
		Locator card = admin.locator(".employee[data-employee='" + mechanic.email() + "']");
		assertThat(card.locator(".shift-status")).hasText("OFF SHIFT");
		assertThat(card.locator(".off-shift-mode")).hasText("Local exclusion");
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Clock in")).click();
		card = admin.locator(".employee[data-employee='" + mechanic.email() + "']");
		assertThat(card.locator(".shift-status")).hasText("ON SHIFT");
		Browser.screenshot(admin, "workshop-4-employee-on-shift");

		employee.navigate("/mechanic/dashboard/virtual");
		assertThat(employee.locator("#shift-status")).containsText("ON SHIFT");
		Browser.screenshot(employee, "workshop-5-employee-dashboard-on-shift-phone");

		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Clock out")).click();
		assertThat(admin.locator(".employee[data-employee='" + mechanic.email() + "'] .shift-status")).hasText("OFF SHIFT");

		admin.getByLabel("Workshop's share of off-shift sessions").fill("45");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
		assertThat(admin.locator("#employeeRevenueSharePct-error")).containsText("from 20 to 40");
		admin.getByLabel("Allow local customers off shift").check();
		admin.getByLabel("Workshop's share of off-shift sessions").fill("35");
		admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();
		assertThat(admin.locator(".alert-success")).containsText("Off-shift settings saved");
		assertThat(admin.locator("#split-example")).containsText("$16.63");
		Browser.screenshot(admin, "workshop-6-employee-settings");

		employee.navigate("/mechanic/dashboard/virtual");
		assertThat(employee.locator("#shift-status")).containsText("OFF SHIFT");
		assertThat(employee.locator("#revenue-share-option")).containsText("35%");
		assertThat(employee.locator("#request-revenue-share")).hasText("Request revenue-share agreement");
		employee.locator("#availability-toggle").click();
		assertThat(employee.locator("#availability-state")).hasText("available for consultations");
		Browser.screenshot(employee, "workshop-7-employee-off-shift-panel-phone");
	}

	private static void addBay(Page page, String name, String type) {
		page.getByLabel("Bay name").fill(name);
		page.locator("#type").selectOption(type);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add bay")).click();
	}

	private String base() {
		return "http://localhost:" + port;
	}
}
