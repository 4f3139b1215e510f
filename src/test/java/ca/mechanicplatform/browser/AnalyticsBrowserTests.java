package ca.mechanicplatform.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel;
import ca.mechanicplatform.revenue.Sale;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopSignUp;
import ca.mechanicplatform.workshops.Workshops;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A mechanic opens their analytics, sees the charts drawn and the figures behind them, narrows the period, downloads the CSV. */
@PlatformTest
class AnalyticsBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Workshops workshops;

	@Autowired
	Revenue revenue;

	@Autowired
	AccountingCalendar calendar;

	@BeforeAll
	static void startBrowser() {
		browser = new Browser();
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void aMechanicReadsTheChartsAndTheirFiguresAndDownloadsTheCsv() throws Exception {
		Api api = new Api(port);
		var mechanic = new Onboard(port).verified("analytics-browser", "Alex Moreau");
		long mechanicId = api.get("/api/mechanic/profile", mechanic.token()).json().get("id").asLong();
		mechanics.setAvailability(new MechanicId(mechanicId), true);
		String customerEmail = Unique.email("analytics-browser-customer");
		api.post("/api/signup/customer", null, Map.of("name", "Priya Sharma", "email", customerEmail, "password", Onboard.PASSWORD,
				"postalCode", "H2X 1Y4"));
		String customer = api.token(customerEmail, Onboard.PASSWORD);
		long consultation = api.post("/api/customer/consultations", customer, Map.of("kind", "CHAT", "vehicleYear", "2017",
				"vehicleMake", "Mazda", "vehicleModel", "CX-5", "problem", "Grinding noise when braking at low speed")).json().get("id").asLong();
		assertThat(api.post("/api/mechanic/sessions/virtual/" + consultation + "/accept", mechanic.token(), Map.of()).status()).isEqualTo(200);
		assertThat(api.post("/api/mechanic/sessions/virtual/" + consultation + "/complete", mechanic.token(), Map.of()).status()).isEqualTo(200);
		assertThat(api.post("/api/customer/consultations/" + consultation + "/rating", customer, Map.of("rating", 5)).status()).isEqualTo(200);
		Workshop workshop = workshops.register(new WorkshopSignUp("Morgan Chen", Unique.email("analytics-browser-shop"), Onboard.PASSWORD,
				"AutoFix Toronto Inc.", "450 King St W", "Toronto", "ON", "M5V 1K4", "America/Toronto", null));
		// $300 under a 20% revenue share: platform $45, workshop $51, mechanic $204
		revenue.recordSale(new Sale("analytics-browser-" + System.nanoTime(), new RevenueModel.RevenueShare(workshop.id(), Percentage.of(20)),
				Money.ofDollars("300"), new MechanicId(mechanicId), null, Instant.now().minusSeconds(60), "Alternator replacement", null));
		long virtualCents = api.get("/api/mechanic/analytics", mechanic.token()).json().get("totals").get("virtualCents").asLong();
		assertThat(virtualCents).isPositive();

		Page page = browser.newPage("http://localhost:" + port);
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(mechanic.email());
		page.getByLabel("Password").fill(Onboard.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Analytics").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*/mechanic/analytics$"));

		for (String chart : new String[] { "earnings-chart", "activity-chart", "clients-chart", "ratings-chart" }) {
			page.waitForFunction("id => window.Chart && Chart.getChart(document.getElementById(id))", chart);
		}
		assertThat(page.locator("#physical-total")).hasText("$204.00");
		assertThat(page.locator("#virtual-total")).hasText(Money.ofCents(virtualCents).toString());
		assertThat(page.locator("#sessions-total")).hasText("1");
		assertThat(page.locator("#average-rating")).hasText("5.00 ★");
		assertThat(page.locator("#by-month tbody tr")).hasCount(12);
		assertThat(page.locator("#by-month tbody tr").last()).containsText("$204.00");
		assertThat(page.locator("#totals-row")).containsText("$204.00");
		Browser.screenshot(page, "mechanic-analytics");

		LocalDate today = calendar.today();
		page.getByLabel("From").fill(today.withDayOfMonth(1).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(page).hasURL(Pattern.compile(".*from=" + today.withDayOfMonth(1) + ".*"));
		assertThat(page.locator("#by-month tbody tr")).hasCount(1);
		assertThat(page.locator("#new-clients")).hasText("1");

		var download = page.waitForDownload(() -> page.locator("#csv-download").click());
		assertThat(download.suggestedFilename()).isEqualTo("analytics-" + today.withDayOfMonth(1) + "-to-" + today + ".csv");
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("type,start,end,virtual,physical");
		assertThat(csv).contains("TOTAL," + today.withDayOfMonth(1) + "," + today + "," + Money.ofCents(virtualCents).plain() + ",204.00,0.00,");

		page.getByLabel("From").fill(today.plusDays(1).toString());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
		assertThat(page.locator("#from-error")).hasText("The start must be on or before the end");
	}
}
