package ca.mechanicplatform.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.testing.Browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screenshots of the guides in {@code docs/guides/images/}, taken on the demo data the guides are written for (the
 * zero-setup default: embedded H2 with demo data, in a fresh file), and the animated bay-booking walkthrough: a workshop
 * publishes a program, a mechanic applies, is approved, both sign, the mechanic books a bay, the workshop confirms, the
 * job is completed and the earnings show it. Every screenshot is the 1280×800 viewport, written with at most 256 colours
 * to keep the files small.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuideScreenshotsTests {

	static final Path GUIDES = Path.of("docs", "guides");
	static final Path IMAGES = GUIDES.resolve("images");
	static final String PASSWORD = "demo-password";
	static final ZoneId TORONTO = ZoneId.of("America/Toronto");
	static final Pattern IMAGE_REFERENCE = Pattern.compile("!\\[[^\\]]*\\]\\((images/[^)\\s]+)\\)");

	static Browser browser;
	static final List<Path> written = new ArrayList<>();

	@DynamicPropertySource
	static void embeddedDemoDatabase(DynamicPropertyRegistry registry) {
		Path file = Path.of("target", "h2-guides-" + System.nanoTime(), "platform").toAbsolutePath();
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH;AUTO_SERVER=TRUE");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() throws IOException {
		browser = new Browser();
		Files.createDirectories(IMAGES);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	@Order(1)
	void screenshotsOfThePagesTheGuidesDescribe() {
		Page visitor = page();
		visitor.navigate("/login");
		shoot(visitor, "login");

		Page virtual = logIn("virtual@demo.local");
		shoot(virtual, "/mechanic/onboarding/service-tier", "mechanic-service-tier");
		shoot(virtual, "/mechanic/onboarding/virtual-only", "mechanic-onboarding");
		shoot(virtual, "/mechanic/profile/upgrade-tier", "mechanic-upgrade-tier");

		Page mechanic = logIn("mechanic@demo.local");
		shoot(mechanic, "/mechanic/dashboard/virtual", "mechanic-virtual-dashboard");
		shoot(mechanic, "/mechanic/consultations", "mechanic-consultation-feed");
		shoot(mechanic, "/mechanic/earnings", "mechanic-earnings");
		shoot(mechanic, "/mechanic/earnings/statements", "mechanic-statements");
		shoot(mechanic, "/mechanic/partnerships/browse", "mechanic-marketplace");
		mechanic.locator("#results .program-card a").first().click();
		assertThat(mechanic.locator("#apply")).isVisible();
		shoot(mechanic, "mechanic-program-page");
		shoot(mechanic, "/mechanic/clients", "mechanic-clients");
		mechanic.locator("#results a[href^='/mechanic/clients/']").first().click();
		assertThat(mechanic.locator("main, body").first()).containsText("Service history");
		shoot(mechanic, "mechanic-client");
		shoot(mechanic, "/mechanic/profile/share", "mechanic-share");
		String profile = mechanic.locator("#profile-url").inputValue();
		shoot(mechanic, "/mechanic/referrals", "mechanic-referrals");
		shoot(visitor, profile.replaceFirst("^https?://[^/]+", ""), "mechanic-public-profile");

		Page employee = logIn("employee@demo.local");
		shoot(employee, "/mechanic/off-shift", "mechanic-off-shift");

		Page workshop = logIn("workshop@demo.local");
		shoot(workshop, "/workshop/dashboard", "workshop-dashboard");
		shoot(workshop, "/workshop/profile", "workshop-profile");
		shoot(workshop, "/workshop/bays", "workshop-bays");
		shoot(workshop, "/workshop/partnership-programs", "workshop-programs");
		shoot(workshop, "/workshop/employees", "workshop-employees");
		shoot(workshop, "/workshop/earnings/statements", "workshop-statements");

		Page admin = logIn("admin@demo.local");
		shoot(admin, "/admin/dashboard", "admin-dashboard");
		shoot(admin, "/admin/verifications", "admin-verifications");
		shoot(admin, "/admin/partnerships", "admin-partnerships");
		shoot(admin, "/admin/fee-rules", "admin-fee-rules");
		shoot(admin, "/admin/payouts", "admin-payouts");
		shoot(admin, "/admin/statements", "admin-statements");
		shoot(admin, "/admin/reconciliation", "admin-reconciliation");
		shoot(admin, "/admin/t4a", "admin-t4a");
		shoot(admin, "/admin/audit", "admin-audit");
	}

	@Test
	@Order(2)
	void theBayBookingWalkthroughFromProgramToEarnings() throws IOException {
		String title = "Evening lift bays";
		var gif = new AnimatedGif(960, 2500);

		Page workshop = logIn("workshop@demo.local");
		workshop.navigate("/workshop/partnership-programs");
		workshop.locator("#template-BAY_RENTAL").click();
		workshop.getByLabel("Title").fill(title);
		workshop.getByLabel("Minimum years of experience").fill("0");
		assertThat(workshop.locator("#preview")).containsText(title);
		shoot(workshop, "workshop-program-create");
		workshop.locator("#publish-program").click();
		assertThat(workshop.locator("table")).containsText(title);
		gif.add(screenshot(workshop), "1. The workshop publishes a bay-rental program");

		Page mechanic = logIn("mechanic@demo.local");
		mechanic.navigate("/mechanic/partnerships/browse");
		mechanic.getByLabel("Search").fill(title);
		mechanic.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
		assertThat(mechanic.locator("#results .program-card")).hasCount(1);
		mechanic.locator("#results .program-card a").click();
		mechanic.getByLabel("Message to the workshop").fill("Twelve years on brakes and suspension; evenings work best.");
		gif.add(shoot(mechanic, "mechanic-program-apply"), "2. The mechanic finds it and applies");
		mechanic.locator("#apply").click();
		assertThat(mechanic).hasURL(Pattern.compile(".*/mechanic/partnerships/applications$"));

		workshop.navigate("/workshop/partnerships/applications?status=SUBMITTED");
		Locator application = workshop.locator(".application", new Page.LocatorOptions().setHasText(title)).first();
		assertThat(application).containsText("Alex Moreau");
		shoot(workshop, "workshop-application-review");
		application.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Approve")).click();
		assertThat(workshop.locator(".alert-success")).containsText("is approved");
		gif.add(screenshot(workshop), "3. The workshop approves the application");

		mechanic.navigate("/mechanic/partnerships/applications");
		mechanic.getByText("Read and sign the agreement").first().click();
		mechanic.getByLabel("Type your full name").fill("Alex Moreau");
		mechanic.getByLabel(Pattern.compile("I have read this agreement")).check();
		shoot(mechanic, "agreement-signing");
		mechanic.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign electronically")).click();
		assertThat(mechanic.locator("#agreement-status")).containsText("Awaiting workshop");
		workshop.navigate(mechanic.url().replaceFirst("^https?://[^/]+", ""));
		workshop.getByLabel("Type your full name").fill("Morgan Chen");
		workshop.getByLabel(Pattern.compile("I have read this agreement")).check();
		workshop.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign electronically")).click();
		assertThat(workshop.locator("#agreement-status")).containsText("Signed by both");
		gif.add(shoot(workshop, "agreement-signed"), "4. Both sign the agreement: the partnership is active");

		mechanic.navigate("/mechanic/partnerships/applications");
		mechanic.waitForCondition(() -> {
			mechanic.reload();
			return mechanic.locator(".partnership").first().textContent().contains("active");
		});
		LocalDate day = nextWeekday(LocalDate.now(TORONTO).plusDays(2));
		mechanic.navigate("/mechanic/bay-bookings");
		mechanic.getByLabel("Day").fill(day.toString());
		mechanic.getByLabel("Day").dispatchEvent("change");
		assertThat(mechanic.locator("#slots")).containsText("Bay 1 · 10:00");
		mechanic.getByLabel(Pattern.compile("^Bay 1 · 10:00")).check();
		gif.add(shoot(mechanic, "mechanic-bay-booking-form"), "5. The mechanic books a free slot in Bay 1");
		mechanic.locator("#book").click();
		assertThat(mechanic.locator(".alert-success")).containsText("waiting for the workshop to confirm");
		shoot(mechanic, "mechanic-bay-bookings");

		// The booking just made (the demo's own bookings are Alex Moreau's too).
		long booking = jdbc.sql("SELECT MAX(id) FROM bay_bookings").query(Long.class).single();
		workshop.navigate("/workshop/bay-bookings?from=" + day);
		workshop.locator("#bay-grid .booking-chip[data-booking='" + booking + "']").click();
		assertThat(workshop.locator("#panel")).containsText("Alex Moreau");
		shoot(workshop, "workshop-booking-panel");
		workshop.locator("#confirm-booking").click();
		assertThat(workshop.locator(".alert-success")).containsText("Confirmed Alex Moreau");
		gif.add(shoot(workshop, "workshop-bay-grid"), "6. The workshop confirms the booking");

		// The booking's time comes: it is moved into the just-past, two hours long as booked.
		assertThat(jdbc.sql("SELECT status FROM bay_bookings WHERE id = ?").param(booking).query(String.class).single())
			.isEqualTo("CONFIRMED");
		Instant end = Instant.now().minus(Duration.ofMinutes(10));
		jdbc.sql("UPDATE bay_bookings SET starts_at = ?, ends_at = ?, buffered_until = ? WHERE id = ?").params(
				SqlTime.of(end.minus(Duration.ofHours(2))), SqlTime.of(end), SqlTime.of(end.plus(Duration.ofMinutes(15))), booking).update();
		mechanic.navigate("/mechanic/bay-bookings?from=" + LocalDate.now(TORONTO).minusDays(1));
		Locator card = mechanic.locator("#booking-" + booking);
		card.locator("summary").click();
		card.getByLabel("Customer").fill("Jordan Blake");
		card.getByLabel("Vehicle").fill("2016 Honda Civic");
		card.getByLabel("Work done").fill("Front brakes and rotors");
		card.getByLabel("Labour ($)").fill("300");
		card.getByLabel("Parts ($)").fill("120.50");
		card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Complete and record")).click();
		assertThat(mechanic.locator(".alert-success")).containsText("Job completed in Bay 1");
		assertThat(mechanic.locator("#booking-" + booking + " .split")).containsText("platform $63.08");
		mechanic.locator("#booking-" + booking).scrollIntoViewIfNeeded();
		gif.add(shoot(mechanic, "mechanic-bay-job-completed"), "7. The job is done and recorded: the split is shown");

		mechanic.navigate("/mechanic/earnings");
		gif.add(screenshot(mechanic), "8. The mechanic's earnings include the job");

		Path animation = IMAGES.resolve("bay-booking-walkthrough.gif");
		gif.write(animation);
		assertThat(gif.frames()).isEqualTo(8);
		assertThat(Files.size(animation)).isGreaterThan(10_000);
		var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
		try (var in = javax.imageio.ImageIO.createImageInputStream(animation.toFile())) {
			reader.setInput(in);
			assertThat(reader.getNumImages(true)).isEqualTo(8);
			assertThat(reader.getWidth(0)).isEqualTo(960);
		}
		assertThat(Files.readString(GUIDES.resolve("mechanic-bay-booking.md"))).contains("](images/bay-booking-walkthrough.gif)");
	}

	@Test
	@Order(3)
	void everyScreenshotWasWrittenAndEveryGuideShowsItsPagesWithImagesThatExist() throws IOException {
		assertThat(written).hasSizeGreaterThan(35);
		for (Path file : written) {
			assertThat(file).exists();
			assertThat(Files.size(file)).as(file.toString()).isGreaterThan(5_000);
		}
		List<String> missing = new ArrayList<>();
		List<String> withoutImages = new ArrayList<>();
		java.util.Set<String> referenced = new java.util.HashSet<>();
		try (Stream<Path> guides = Files.list(GUIDES)) {
			for (Path guide : guides.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
				Matcher m = IMAGE_REFERENCE.matcher(Files.readString(guide));
				int images = 0;
				while (m.find()) {
					images++;
					referenced.add(m.group(1));
					if (!Files.exists(GUIDES.resolve(m.group(1)))) {
						missing.add(guide.getFileName() + " → " + m.group(1));
					}
				}
				if (images == 0 && !guide.getFileName().toString().equals("README.md")) {
					withoutImages.add(guide.getFileName().toString());
				}
			}
		}
		assertThat(missing).as("images referenced by the guides that do not exist").isEmpty();
		try (Stream<Path> images = Files.list(IMAGES)) {
			List<String> unused = images.map(p -> "images/" + p.getFileName()).filter(image -> !referenced.contains(image)).sorted().toList();
			assertThat(unused).as("images in docs/guides/images that no guide shows").isEmpty();
		}
		assertThat(withoutImages).as("guides that show none of the pages they describe").isEmpty();
	}

	private static LocalDate nextWeekday(LocalDate from) {
		LocalDate day = from;
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.plusDays(1);
		}
		return day;
	}

	private Page page() {
		return browser.newPage("http://localhost:" + port, 1280, 800);
	}

	private Page logIn(String email) {
		Page page = page();
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
		page.waitForURL(Pattern.compile(".*/(dashboard|mechanic/.*|workshop/.*|admin/.*|customer/.*)$"));
		return page;
	}

	private static byte[] shoot(Page page, String path, String name) {
		page.navigate(path);
		assertThat(page.locator("main, body").first()).isVisible();
		return shoot(page, name);
	}

	/** Saves the viewport as {@code docs/guides/images/<name>.png}; returns the PNG. */
	private static byte[] shoot(Page page, String name) {
		Path file = IMAGES.resolve(name + ".png");
		byte[] png = page.screenshot(new Page.ScreenshotOptions().setFullPage(false).setAnimations(
				com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
		CompactPng.write(png, file);
		assertThat(file).as("screenshot " + name).exists().isNotEmptyFile();
		written.add(file);
		return png;
	}

	private static byte[] screenshot(Page page) {
		return page.screenshot(new Page.ScreenshotOptions().setFullPage(false));
	}
}
