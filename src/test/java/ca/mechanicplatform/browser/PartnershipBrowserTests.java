package ca.mechanicplatform.browser;

import java.nio.file.Files;
import java.nio.file.Path;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partnership marketplace in two browsers side by side: a workshop publishes a program from a template, a
 * mechanic finds it by distance and text and applies, the workshop approves, both sign, and the partnership is active.
 */
@PlatformTest
class PartnershipBrowserTests {

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
	void fromTemplateToActivePartnershipWithASignedAgreement() throws Exception {
		String word = "harbour" + Long.toString(System.nanoTime(), 36);
		String workshopEmail = Unique.email("browser-programs");
		String mechanicEmail = Unique.email("browser-partner");
		var api = new Api(port);
		api.post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", workshopEmail, "password", "a-long-password",
				"workshopName", "AutoFix " + word, "streetAddress", "450 King St W", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4"));
		new Onboard(port).workshopPartner(mechanicEmail, "Alex Moreau", "L5B 3C2");

		Page workshop = logIn(browser.newPage(base()), workshopEmail);
		workshop.navigate("/workshop/partnership-programs");
		workshop.locator("#template-REVENUE_SHARE").click();
		assertThat(workshop.getByLabel("Workshop's share of each job (%)")).hasValue("25");
		assertThat(workshop.getByLabel("Hourly bay rate ($)")).isHidden();
		workshop.getByLabel("Title").fill("Revenue share " + word);
		workshop.getByLabel("Minimum years of experience").fill("0");
		workshop.getByLabel("Liability insurance required").uncheck();
		assertThat(workshop.locator("#preview")).containsText("Revenue share " + word);
		assertThat(workshop.locator("#preview")).containsText("the workshop takes 25%");
		Browser.screenshot(workshop, "program-create-with-preview");
		workshop.locator("#publish-program").click();
		assertThat(workshop.locator("table")).containsText("Revenue share " + word);
		assertThat(workshop.locator("table")).containsText("published");
		Browser.screenshot(workshop, "workshop-programs");

		Page partner = logIn(browser.newPage(base()), mechanicEmail);
		partner.navigate("/mechanic/partnerships/browse");
		partner.getByLabel("Search").fill(word);
		partner.getByLabel("Within (km)").fill("50");
		partner.getByLabel("Sort by").selectOption("DISTANCE");
		partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertThat(partner.locator("#results .program-card")).hasCount(1);
		assertThat(partner.locator("#results")).containsText("km");
		Browser.screenshot(partner, "marketplace-search");
		partner.locator("#results .program-card a").click();
		partner.getByLabel("Message to the workshop").fill("Twelve years on brakes and suspension; weekends work best.");
		partner.locator("#apply").click();
		assertThat(partner).hasURL(Pattern.compile(".*/mechanic/partnerships/applications$"));
		assertThat(partner.locator(".application").first()).containsText("Revenue share " + word);

		workshop.navigate("/workshop/partnerships/applications?status=SUBMITTED");
		assertThat(workshop.locator(".application").first()).containsText("Alex Moreau");
		Browser.screenshot(workshop, "workshop-application-review");
		workshop.locator(".application").first().getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Approve")).click();
		assertThat(workshop.locator(".alert-success")).containsText("is approved");

		partner.navigate("/mechanic/partnerships/applications");
		partner.getByText("Read and sign the agreement").click();
		assertThat(partner.locator("#agreement-status")).containsText("Awaiting mechanic");
		partner.getByLabel("Type your full name").fill("Alex Moreau");
		partner.getByLabel(Pattern.compile("I have read this agreement")).check();
		Browser.screenshot(partner, "agreement-signing");
		partner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign electronically")).click();
		assertThat(partner.locator("#agreement-status")).containsText("Awaiting workshop");

		workshop.navigate("/agreements");
		workshop.locator(".list-group-item-action").first().click();
		workshop.getByLabel("Type your full name").fill("Morgan Chen");
		workshop.getByLabel(Pattern.compile("I have read this agreement")).check();
		workshop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign electronically")).click();
		assertThat(workshop.locator("#agreement-status")).containsText("Signed by both");
		var download = workshop.waitForDownload(() -> workshop.locator("#download-signed").click());
		Path signed = Path.of("target", "documents", "partnership-agreement-signed.pdf");
		Files.createDirectories(signed.getParent());
		download.saveAs(signed);
		assertThat(new String(Files.readAllBytes(signed), 0, 5)).isEqualTo("%PDF-");
		Browser.screenshot(workshop, "agreement-signed");

		partner.navigate("/mechanic/partnerships/applications");
		partner.waitForCondition(() -> {
			partner.reload();
			return partner.locator(".partnership").first().textContent().contains("active");
		});
		assertThat(partner.locator(".partnership").first()).containsText("active");
		Browser.screenshot(partner, "partnership-active");
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
