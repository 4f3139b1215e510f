package ca.mechanicplatform.browser;

import java.time.LocalDate;
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
import ca.mechanicplatform.development.ProfessionalDevelopment;
import ca.mechanicplatform.documents.Upload;
import ca.mechanicplatform.mechanics.CertificationSubmission;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.MechanicVerification;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.SampleFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A mechanic with a certificate expiring in 45 days logs two trainings from the professional development page and watches this year's hours add up. */
@PlatformTest
class DevelopmentBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	ProfessionalDevelopment development;

	@Autowired
	Accounts accounts;

	@Autowired
	Mechanics mechanics;

	@Autowired
	MechanicOnboarding onboarding;

	@Autowired
	MechanicVerification verification;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void aMechanicAddsTrainingAndSeesTheHoursPerYearUpdate() {
		var onboard = new Onboard(port);
		var mechanic = onboard.signUp("browser-development", "Jamie Learner", "M6H 2N4");
		onboard.chooseVirtualOnly(mechanic);
		LocalDate today = development.today();
		String year = String.valueOf(today.getYear());
		var mechanicId = mechanics.mine(accounts.findByEmail(mechanic.email()).orElseThrow().id()).id();
		var certificate = onboarding.submitCertification(mechanicId, new CertificationSubmission("RED_SEAL",
				"AUTOMOTIVE_SERVICE_TECHNICIAN", "ON-310S-55120", "ON", today.plusDays(45).toString()),
				Upload.of("red-seal.pdf", SampleFiles.pdf()));
		verification.approve(certificate.id(), accounts.findByEmail(Onboard.OPERATOR).orElseThrow().id());

		Page page = browser.newPage("http://localhost:" + port);
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(mechanic.email());
		page.getByLabel("Password").fill(Onboard.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.navigate("/mechanic/dashboard");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Development").setExact(true)).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Professional development"))).isVisible();
		assertThat(page.locator("#hours-per-year")).containsText("Your yearly totals appear here");
		assertThat(page.locator(".certification .expiry-status")).hasText("Expires in 45 days");
		assertThat(page.locator("#upcoming-reminders")).containsText("ON-310S-55120");

		Locator form = page.locator("#add-training");
		// A refused entry keeps what was typed and says what is wrong.
		form.getByLabel("Title").fill("EV battery diagnostics");
		form.getByLabel("Provider").fill("Electric Vehicle Training Institute");
		form.getByLabel("Completed on").fill(today.toString());
		form.getByLabel("Hours").fill("0");
		form.getByLabel("Category").selectOption("HYBRID_AND_ELECTRIC");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to my log")).click();
		assertThat(page.locator("#hours-error")).hasText("Enter more than 0 hours");
		assertThat(form.getByLabel("Title")).hasValue("EV battery diagnostics");

		form.getByLabel("Hours").fill("7.5");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to my log")).click();
		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Added “EV battery diagnostics” (7.5 h)");
		assertThat(page.locator("#year-" + year + " .year-hours")).hasText("7.5");
		assertThat(page.locator("#hours-this-year")).hasText("7.5 h");

		form.getByLabel("Title").fill("Customer communication");
		form.getByLabel("Provider").fill("CARS");
		form.getByLabel("Completed on").fill(today.toString());
		form.getByLabel("Hours").fill("2.25");
		form.getByLabel("Category").selectOption("BUSINESS");
		form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add to my log")).click();
		assertThat(page.locator("#year-" + year + " .year-hours")).hasText("9.75");
		assertThat(page.locator("#year-" + year)).containsText(Pattern.compile("\\b2\\b"));
		assertThat(page.locator(".training-title")).hasText(new String[] { "Customer communication", "EV battery diagnostics" });
		Browser.screenshot(page, "professional-development");
	}
}
