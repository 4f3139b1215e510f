package ca.mechanicplatform.testing;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs in through the log-in form over real HTTP, as a browser does (the page's CSRF token, then the form post). */
public final class FormLogIn {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** A signed-in client that keeps its session cookie and does not follow redirects, and that cookie's value. */
	public record SignedIn(HttpClient client, String session) {
	}

	private FormLogIn() {
	}

	public static SignedIn as(String baseUrl, String email, String password) throws Exception {
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
		String form = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = CSRF.matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("No CSRF token on the log-in page");
		}
		String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> reply = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		String location = reply.headers().firstValue("Location").orElse("");
		if (reply.statusCode() != 302 || !location.endsWith("/dashboard")) {
			throw new IllegalStateException("Log-in answered " + reply.statusCode() + " " + location);
		}
		String session = cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("SESSION"))
			.map(HttpCookie::getValue).findFirst().orElseThrow();
		return new SignedIn(client, session);
	}
}
