package ca.mechanicplatform.browser;

import java.time.Instant;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicSignUp;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.PaymentRequest;
import ca.mechanicplatform.revenue.Payments;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel;
import ca.mechanicplatform.revenue.Sale;
import ca.mechanicplatform.testing.Browser;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopSignUp;
import ca.mechanicplatform.workshops.Workshops;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A mechanic reads their earnings and enters their SIN; an operator works the money pages; in a real browser. */
@PlatformTest
class MoneyBrowserTests {

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	Revenue revenue;

	@Autowired
	Payments payments;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Workshops workshops;

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
	void aMechanicSeesTheirEarningsChartAndEntersTheirSinWhichIsShownMasked() {
		String email = Unique.email("browser-earner");
		Mechanic mechanic = mechanics.register(new MechanicSignUp("Alex Moreau", email, "a-long-password", "M6H 2N4"));
		Workshop workshop = workshops.register(new WorkshopSignUp("Morgan Chen", Unique.email("browser-shop"), "a-long-password",
				"AutoFix Toronto Inc.", "450 King St W", "Toronto", "ON", "M5V 1K4", "America/Toronto", null));
		Instant lastMonth = calendar.startOf(calendar.currentMonth().minusMonths(1)).plusSeconds(3 * 86_400);
		Instant now = calendar.now().minusSeconds(120);
		record(mechanic, new RevenueModel.VirtualIndependent(), "35", lastMonth, "Video consultation: AC blows warm air");
		record(mechanic, new RevenueModel.BayRental(workshop.id(), Money.ofDollars("70")), "480", lastMonth, "Timing belt replacement");
		record(mechanic, new RevenueModel.VirtualIndependent(), "25", now, "Chat consultation: brake noise");
		record(mechanic, new RevenueModel.RevenueShare(workshop.id(), Percentage.of(20)), "300", now, "Alternator replacement");

		Page page = browser.newPage("http://localhost:" + port);
		logIn(page, email, "a-long-password");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Earnings").setExact(true)).click();
		assertThat(page).hasURL(Pattern.compile(".*/mechanic/earnings$"));
		// $29.75 + $408.00 (bay rental, before its $70 bay fee) + $21.25 + $204.00
		assertThat(page.locator("#virtual-total")).hasText("$51.00");
		assertThat(page.locator("#physical-total")).hasText("$612.00");
		assertThat(page.locator("#fees-total")).hasText("-$70.00");
		assertThat(page.locator("#balance")).hasText("$593.00");
		assertThat(page.locator("#recent-lines")).containsText("Timing belt replacement");
		page.waitForFunction("() => window.Chart && Chart.getChart(document.querySelector('[data-earnings-chart]'))");
		Browser.screenshot(page, "mechanic-earnings");

		page.getByText("Tax profile").first().click();
		page.getByLabel("Legal name").fill("Alexandre Moreau");
		page.getByLabel("Street address").fill("221 Dundas St W");
		page.getByLabel("City").fill("Toronto");
		page.getByLabel("Number", new Page.GetByLabelOptions().setExact(true)).fill("046 454 287");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tax profile")).click();
		assertThat(page.locator("#identifier-error")).containsText("not a valid social insurance number");
		page.getByLabel("Number", new Page.GetByLabelOptions().setExact(true)).fill("046 454 286");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save tax profile")).click();
		assertThat(page.locator("#on-file")).containsText("*** *** 286");
		assertThat(page.content()).doesNotContain("046 454 286").doesNotContain("046454286");
		Browser.screenshot(page, "mechanic-tax-profile");

		Page phone = browser.newPhonePage("http://localhost:" + port);
		logIn(phone, email, "a-long-password");
		phone.navigate("/mechanic/earnings");
		assertThat(phone.locator("#net-total")).hasText("$593.00");
		Browser.screenshot(phone, "mechanic-earnings-phone");
	}

	@Test
	void anOperatorAddsAFeeRuleRunsPayoutsAndReadsTheReconciliationAndT4a() {
		String email = Unique.email("browser-payee");
		Mechanic mechanic = mechanics.register(new MechanicSignUp("Jordan Blake", email, "a-long-password", "B3H 1A1"));
		String paymentKey = "browser-payment-" + System.nanoTime();
		payments.capture(new PaymentRequest(paymentKey, null, Money.ofDollars("600"), "Engine diagnosis by video", null));
		revenue.recordSale(new Sale("browser-sale-" + System.nanoTime(), new RevenueModel.VirtualIndependent(), Money.ofDollars("600"),
				mechanic.id(), null, calendar.now().minusSeconds(60), "Engine diagnosis by video", paymentKey));

		Page page = browser.newPage("http://localhost:" + port);
		logIn(page, "operator@test.local", "operator-password");
		page.locator("#money-menu").click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fee rules")).click();
		assertThat(page.locator("#rules-in-force")).containsText("15%");
		page.getByLabel("Service").selectOption("WORKSHOP_JOB");
		page.getByLabel("Mechanic", new Page.GetByLabelOptions().setExact(true)).selectOption("INDEPENDENT");
		page.getByLabel("Platform fee").fill("12.5");
		page.getByLabel("Starts on").fill(calendar.today().plusDays(60).toString());
		page.getByLabel("Reason").fill("Spring partnership promotion");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add rule")).click();
		assertThat(page.locator(".alert-success")).containsText("Fee rule added: 12.5%");
		assertThat(page.locator("#fee-rule-history")).containsText("Spring partnership promotion");
		assertThat(page.locator("#fee-rule-history")).containsText("scheduled");
		Browser.screenshot(page, "admin-fee-rules");

		page.navigate("/admin/reconciliation");
		assertThat(page.locator("#ledger-total")).hasText("$0.00");
		Browser.screenshot(page, "admin-reconciliation");

		page.navigate("/admin/t4a");
		assertThat(page.locator("#t4a-slips")).containsText("Jordan Blake");
		assertThat(page.locator("#t4a-slips")).containsText("Tax profile missing");
		Browser.screenshot(page, "admin-t4a");

		page.navigate("/admin/payouts");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run payouts now")).click();
		assertThat(page.locator("#payout-lines")).containsText("Jordan Blake");
		assertThat(page.locator("#payout-lines")).containsText("$510.00");
		Browser.screenshot(page, "admin-payout-run");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm all pending paid")).click();
		assertThat(page.locator("#payout-lines")).not().containsText("pending");
		assertThat(revenue.balance(mechanic.id())).isEqualTo(Money.zero());
	}

	private void record(Mechanic mechanic, RevenueModel model, String dollars, Instant at, String description) {
		revenue.recordSale(new Sale("browser-" + System.nanoTime(), model, Money.ofDollars(dollars), mechanic.id(), null, at,
				description, null));
	}

	private static void logIn(Page page, String email, String password) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
	}
}
