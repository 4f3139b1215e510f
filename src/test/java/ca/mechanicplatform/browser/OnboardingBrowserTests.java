package ca.mechanicplatform.browser;

import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Onboard.SignedUp;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.SampleFiles;
import ca.mechanicplatform.testing.Unique;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A mechanic gets on the platform in a real browser: picks virtual only, goes through the onboarding steps, is
 * verified by an operator and sees a completed profile; another mechanic adds insurance and upgrades.
 */
@PlatformTest
class OnboardingBrowserTests {

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
	void aNewMechanicPicksVirtualOnlyOnboardsIsVerifiedAndSeesACompletedProfile() {
		Page page = browser.newPage(base());
		String email = Unique.email("browser-onboarding");
		page.navigate("/signup/mechanic");
		page.getByLabel("Full name").fill("Jordan Blake");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(Onboard.PASSWORD);
		page.getByLabel("Postal code").fill("B3H 1A1");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create mechanic account")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Choose your service tier")).click();

		assertThat(page.locator("#tier-LICENSED_MOBILE")).containsText("Coming later");
		assertThat(page.locator("#tier-VIRTUAL_ONLY")).containsText("$21.25");
		Browser.screenshot(page, "onboarding-1-service-tier");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choose virtual only")).click();

		assertThat(page).hasURL(Pattern.compile(".*/mechanic/onboarding/virtual-only$"));
		assertThat(page.locator("#stepper li.active")).containsText("Profile");
		page.getByLabel("Bio").fill("Short");
		page.getByLabel("Years of experience").fill("61");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();
		assertThat(page.locator("#bio-error")).containsText("at least 30 characters");
		assertThat(page.locator("#yearsOfExperience-error")).containsText("0 to 60");
		assertThat(page.locator("#specialties-error")).containsText("Pick at least one");
		Browser.screenshot(page, "onboarding-2-profile-errors");

		page.getByLabel("Bio").fill("Retired dealership technician. I help owners make sense of warning lights and repair quotes.");
		page.getByLabel("Years of experience").fill("27");
		page.getByLabel("Province or territory you work in").selectOption("NS");
		page.getByLabel("Engine diagnostics").check();
		page.getByLabel("Pre-purchase inspections").check();
		page.getByLabel("Subaru").check();
		page.getByLabel("English").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and continue")).click();

		assertThat(page.locator("#stepper li.active")).containsText("Certification");
		page.getByLabel("Certificate number").fill("NS-AST-55012");
		page.getByLabel("Issued in").selectOption("NS");
		page.getByLabel("Expiry date").fill(LocalDate.now().plusYears(2).toString());
		page.getByLabel("Certificate (PDF, JPEG or PNG, up to 10 MB)")
			.setInputFiles(new FilePayload("certificate.pdf", "application/pdf", SampleFiles.text()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload certificate")).click();
		assertThat(page.locator("#document-error")).containsText("not a PDF, JPEG or PNG");
		Browser.screenshot(page, "onboarding-3-certificate-disguised-file");
		page.getByLabel("Expiry date").fill(LocalDate.now().plusYears(2).toString());
		page.getByLabel("Certificate (PDF, JPEG or PNG, up to 10 MB)")
			.setInputFiles(new FilePayload("red-seal.pdf", "application/pdf", SampleFiles.pdf()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload certificate")).click();

		assertThat(page.locator("#stepper li.active")).containsText("Background check");
		assertThat(page.locator("#step-background-check")).containsText("by hand");
		page.getByLabel("I consent").check();
		page.getByLabel("Type your full name to sign").fill("Jordan Blake");
		Browser.screenshot(page, "onboarding-4-background-check");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Give consent")).click();

		assertThat(page.locator("#stepper li.active")).containsText("Payout");
		page.getByLabel("Institution").fill("004");
		page.getByLabel("Transit (branch)").fill("12345");
		page.getByLabel("Account number").fill("9876543210");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save payout details")).click();

		assertThat(page.locator("#step-review")).isVisible();
		assertThat(page.locator("#stepper li.done")).hasCount(4);
		page.navigate("/mechanic/onboarding/virtual-only?step=payout");
		assertThat(page.locator("#masked-account")).hasText("••••210");
		assertThat(page.locator("body")).not().containsText("9876543210");
		page.navigate("/mechanic/onboarding/virtual-only?step=review");
		Browser.screenshot(page, "onboarding-5-review");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for verification")).click();

		assertThat(page).hasURL(Pattern.compile(".*/mechanic/dashboard/virtual$"));
		assertThat(page.locator("#waiting")).containsText("24 hours");
		assertThat(page.locator("#missing-items")).containsText("verified by the platform");
		Browser.screenshot(page, "onboarding-6-virtual-dashboard-waiting");

		Page operator = browser.newPage(base());
		logIn(operator, Onboard.OPERATOR, Onboard.OPERATOR_PASSWORD);
		operator.navigate("/admin/verifications");
		Locator certificate = operator.locator(".pending-certification[data-mechanic='" + email + "']");
		assertThat(certificate).containsText("NS-AST-55012");
		assertThat(certificate.locator(".waiting")).containsText("left");
		Browser.screenshot(operator, "onboarding-7-verification-queue");
		certificate.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
		assertThat(operator.locator(".alert-success")).containsText("approved");
		Locator check = operator.locator(".pending-check[data-mechanic='" + email + "']");
		check.getByLabel("Result").selectOption("CLEAR");
		check.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record result")).click();
		assertThat(operator.locator("#decisions")).containsText("Jordan Blake");
		Browser.screenshot(operator, "onboarding-8-decisions");

		page.reload();
		assertThat(page.locator("#profile-complete")).containsText("Your profile is complete");
		assertThat(page.locator("#verified-badge")).isVisible();
		page.locator("#availability-toggle").click();
		assertThat(page.locator("#availability-state")).hasText("Available");
		Browser.screenshot(page, "onboarding-9-profile-complete");
	}

	@Test
	void aVerifiedMechanicAddsInsuranceAndUpgradesToWorkshopPartnerOnAPhone() {
		SignedUp mechanic = new Onboard(port).verified("browser-upgrade", "Alex Moreau");
		Page page = browser.newPhonePage(base());
		logIn(page, mechanic.email(), Onboard.PASSWORD);
		page.navigate("/mechanic/dashboard/virtual");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upgrade to workshop partner")).click();
		assertThat(page.locator("#upgrade-button")).isDisabled();

		page.getByLabel("Insurance company").fill("Intact Insurance");
		page.getByLabel("Policy number").fill("CGL-4471-0925");
		page.getByLabel("Liability coverage ($)").fill("2,000,000");
		page.getByLabel("Expiry date").fill(LocalDate.now().plusYears(1).toString());
		page.getByLabel("Insurance certificate (PDF, JPEG or PNG, up to 10 MB)")
			.setInputFiles(new FilePayload("insurance.png", "image/png", SampleFiles.png()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save insurance")).click();
		assertThat(page.locator("#requirements")).containsText("Intact Insurance");
		assertThat(page.locator("#upgrade-button")).isEnabled();
		Browser.screenshot(page, "upgrade-1-requirements-met-phone");

		page.locator("#upgrade-button").click();
		assertThat(page).hasURL(Pattern.compile(".*/mechanic/dashboard/virtual$"));
		assertThat(page.locator("#tier")).hasText("Workshop partner");
		assertThat(page.locator("#tier-history")).containsText("Virtual only");
		assertThat(page.locator("#profile-complete")).isVisible();
		Browser.screenshot(page, "upgrade-2-workshop-partner-phone");
	}

	private String base() {
		return "http://localhost:" + port;
	}

	static void logIn(Page page, String email, String password) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
	}
}
