package ca.mechanicplatform.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Headless Debian Chromium driven by Playwright, for tests that do what a person does. The browser binary comes from
 * the system ({@code /usr/bin/chromium}, or {@code CHROMIUM_PATH}); it is never downloaded. Screenshots go to
 * {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

	public static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final Playwright playwright;
	private final com.microsoft.playwright.Browser chromium;

	public Browser() {
		String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
		if (!Files.isExecutable(Path.of(executable))) {
			throw new IllegalStateException("Browser tests need Chromium at " + executable + " (apt-get install -y chromium)");
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(Path.of(executable))
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage")));
	}

	/** A fresh page in its own browser context (no shared cookies), sized like a laptop screen. */
	public Page newPage(String baseUrl) {
		return chromium.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(1280, 860)
			.setLocale("en-CA")).newPage();
	}

	/** A fresh page in its own browser context with a viewport of the given size. */
	public Page newPage(String baseUrl, int width, int height) {
		return chromium.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(width, height)
			.setLocale("en-CA")).newPage();
	}

	/** A fresh page sized like a phone. */
	public Page newPhonePage(String baseUrl) {
		return chromium.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(390, 844)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("en-CA")).newPage();
	}

	public static Path screenshot(Page page, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	@Override
	public void close() {
		chromium.close();
		playwright.close();
	}
}
