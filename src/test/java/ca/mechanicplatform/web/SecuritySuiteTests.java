package ca.mechanicplatform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import ca.mechanicplatform.accounts.internal.LoginProperties;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import jakarta.servlet.http.Cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The platform's defences that are not about one feature: CSRF on every form and every page POST, secure headers on
 * pages and the API (and a content security policy the pages really keep: no inline script or handler), session
 * fixation and log-out, log-in throttling through the form and the token endpoint, and how passwords are stored.
 */
@PlatformTest
class SecuritySuiteTests {

	private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
	/** A script element the browser would run without a source: data blocks ({@code type="application/json"}) never run. */
	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b(?![^>]*\\bsrc=)(?![^>]*\\btype=\"application/json\")[^>]*>",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	LoginProperties loginLimits;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final List<String> throttledAccounts = new ArrayList<>();

	@AfterEach
	void forgetThrottledAccounts() {
		// Every test of the run logs in from 127.0.0.1; the failures made here must not count against that address.
		throttledAccounts.forEach(email -> jdbc.sql("DELETE FROM login_failures WHERE email = ?").param(email).update());
	}

	@Test
	void everySignedInPageKeepsTheContentSecurityPolicyAndEveryPostFormCarriesItsCsrfToken() throws Exception {
		Map<String, Cookie> sessions = sessions();
		List<String> problems = new ArrayList<>();
		int pages = 0;
		int forms = 0;
		for (String path : getPages()) {
			List<Cookie> who = new ArrayList<>();
			String area = path.split("/").length > 1 ? path.split("/")[1] : "";
			if (sessions.containsKey(area)) {
				who.add(sessions.get(area));
			}
			else {
				who.add(null);
				who.addAll(sessions.values());
			}
			for (Cookie session : who) {
				var request = get(path).accept("text/html");
				if (session != null) {
					request.cookie(session);
				}
				var response = mvc.perform(request).andReturn().getResponse();
				if (response.getStatus() >= 500) {
					problems.add(path + " answered " + response.getStatus());
				}
				if (response.getStatus() != 200 || response.getContentType() == null || !response.getContentType().startsWith("text/html")) {
					continue;
				}
				pages++;
				String html = response.getContentAsString();
				Matcher form = FORM.matcher(html);
				while (form.find()) {
					if (form.group(1).toLowerCase().contains("method=\"post\"")) {
						forms++;
						if (!form.group(2).contains("name=\"_csrf\"")) {
							problems.add(path + ": a POST form without its CSRF token: <form" + form.group(1) + ">");
						}
					}
				}
				if (html.matches("(?s).*\\shx-(post|put|patch|delete)=.*") && !html.matches("(?s).*<body[^>]*hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;.*")) {
					problems.add(path + ": htmx requests without the CSRF header");
				}
				if (INLINE_SCRIPT.matcher(html).find()) {
					problems.add(path + ": an inline script the content security policy blocks");
				}
				Matcher handler = INLINE_HANDLER.matcher(html);
				if (handler.find()) {
					problems.add(path + ": an inline event handler the content security policy blocks: " + handler.group());
				}
				String policy = response.getHeader("Content-Security-Policy");
				if (policy == null || !policy.contains("script-src 'self'") || policy.contains("script-src 'self' 'unsafe-inline'")) {
					problems.add(path + ": content security policy " + policy);
				}
			}
		}
		System.out.printf("Crawled %d page views with %d POST forms%n", pages, forms);
		assertThat(problems).isEmpty();
		assertThat(pages).as("the crawl reached the platform's pages").isGreaterThan(40);
		assertThat(forms).isGreaterThan(20);
	}

	@Test
	void everyPagePostWithoutItsCsrfTokenIsRefused403AndChangesNothing() throws Exception {
		Map<String, Cookie> sessions = sessions();
		Map<String, String> before = quietCounts();
		List<String> problems = new ArrayList<>();
		int posts = 0;
		for (String path : postPages()) {
			String area = path.split("/").length > 1 ? path.split("/")[1] : "";
			Cookie session = sessions.getOrDefault(area, sessions.get("mechanic"));
			String url = VARIABLE.matcher(path).replaceAll("1");
			int withSession = mvc.perform(post(url).cookie(session).param("name", "No Token")).andReturn().getResponse().getStatus();
			int anonymous = mvc.perform(post(url).param("name", "No Token")).andReturn().getResponse().getStatus();
			posts++;
			if (withSession != 403 || anonymous != 403) {
				problems.add("POST " + path + " without a CSRF token answered " + withSession + " signed in, " + anonymous + " signed out");
			}
		}
		assertThat(problems).isEmpty();
		assertThat(posts).as("page POST routes from the handler mappings").isGreaterThan(40);
		assertThat(counts()).as("nothing was stored").isEqualTo(before);

		String email = Unique.email("csrf-client");
		Cookie mechanic = sessions.get("mechanic");
		mvc.perform(post("/mechanic/clients").cookie(mechanic).param("name", "Forged Client").param("email", email))
			.andExpect(status().isForbidden());
		mvc.perform(post("/mechanic/clients").cookie(mechanic).param("name", "Forged Client").param("email", email)
				.header("X-CSRF-TOKEN", "not-the-token")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM clients WHERE email = ?").param(email).query(Long.class).single()).isZero();
		mvc.perform(post("/mechanic/clients").cookie(mechanic).with(csrf()).param("name", "Real Client").param("email", email))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM clients WHERE email = ?").param(email).query(Long.class).single())
			.as("the same form with its token works").isEqualTo(1);
	}

	@Test
	void pagesSendSecureHeadersAndAuthenticatedPagesAreNeverCached() throws Exception {
		Cookie customer = sessions().get("customer");
		mvc.perform(get("/customer/dashboard").cookie(customer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
			.andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		mvc.perform(get("/customer/dashboard").cookie(customer).secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
	}

	@Test
	void behindAnHttpsLoadBalancerPagesAndTheApiSendStrictTransportSecurity() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		var plain = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.discarding());
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("not over plain http").isEmpty();
		var proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));

		String token = new Onboard(port).signUp("headers-api", "Hana Headers", "M6H 2N4").token();
		var api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/mechanic/profile"))
			.header("Authorization", "Bearer " + token).header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
		assertThat(api.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(api.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(api.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(api.headers().firstValue("Set-Cookie")).as("the API keeps no session").isEmpty();
	}

	@Test
	void logInReplacesTheSessionIdAndTheOldIdIsNoLongerSignedIn() throws Exception {
		String email = customer("fixation");
		Cookie anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		Cookie signedIn = mvc.perform(post("/login").with(csrf()).cookie(anonymous).param("email", email).param("password", Onboard.PASSWORD))
			.andExpect(redirectedUrl("/dashboard")).andReturn().getResponse().getCookie("SESSION");
		assertThat(signedIn.getValue()).isNotEqualTo(anonymous.getValue());
		mvc.perform(get("/customer/dashboard").cookie(signedIn)).andExpect(status().isOk());
		mvc.perform(get("/customer/dashboard").cookie(anonymous)).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		assertThat(sessionRows(anonymous)).as("the pre-log-in id names no stored session").isZero();
	}

	@Test
	void logOutInvalidatesTheSessionOnTheServer() throws Exception {
		String email = customer("logout");
		Cookie session = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", Onboard.PASSWORD))
			.andReturn().getResponse().getCookie("SESSION");
		assertThat(sessionRows(session)).isEqualTo(1);
		mvc.perform(post("/logout").cookie(session)).andExpect(status().isForbidden());
		mvc.perform(get("/customer/dashboard").cookie(session)).andExpect(status().isOk());
		mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		assertThat(sessionRows(session)).as("the session is deleted, not just forgotten by the browser").isZero();
		mvc.perform(get("/customer/dashboard").cookie(session)).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void theAccountLimitIsAtMostAHundredFailuresAnHour() {
		long windowsPerHour = Math.max(1, (Duration.ofHours(1).toSeconds() + loginLimits.window().toSeconds() - 1)
				/ loginLimits.window().toSeconds());
		assertThat((long) loginLimits.maxFailuresPerAccount() * windowsPerHour)
			.as("failures one account can be tried with in an hour (%d per %s)", loginLimits.maxFailuresPerAccount(), loginLimits.window())
			.isLessThanOrEqualTo(100);
		assertThat(loginLimits.maxFailuresPerAddress()).isGreaterThanOrEqualTo(loginLimits.maxFailuresPerAccount());
	}

	@Test
	void theTokenEndpointRefusesTheRightPasswordAfterTheLimitUntilTheWindowPasses() {
		String email = customer("throttled-api");
		throttledAccounts.add(email);
		Api api = new Api(port);
		for (int attempt = 0; attempt < loginLimits.maxFailuresPerAccount(); attempt++) {
			assertThat(api.post("/api/auth/token", null, Map.of("email", email, "password", "wrong-password-" + attempt)).status())
				.isEqualTo(401);
		}
		var refused = api.post("/api/auth/token", null, Map.of("email", email, "password", Onboard.PASSWORD));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.json().get("detail").asString()).contains("Too many failed log-ins").contains("minutes");
		assertThat(failures(email)).as("refused attempts are not counted again").isEqualTo(loginLimits.maxFailuresPerAccount());

		passTheWindow(email);
		var accepted = api.post("/api/auth/token", null, Map.of("email", email, "password", Onboard.PASSWORD));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
	}

	@Test
	void theLogInFormRefusesTheRightPasswordAfterTheLimitWithAClearMessageUntilTheWindowPasses() throws Exception {
		String email = customer("throttled-form");
		throttledAccounts.add(email);
		for (int attempt = 0; attempt < loginLimits.maxFailuresPerAccount(); attempt++) {
			mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "wrong-" + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		var refused = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", Onboard.PASSWORD))
			.andExpect(redirectedUrl("/login?error")).andReturn();
		mvc.perform(get("/login").param("error", "").cookie(refused.getResponse().getCookie("SESSION")))
			.andExpect(content().string(containsString("Too many failed log-ins")));
		Api api = new Api(port);
		assertThat(api.post("/api/auth/token", null, Map.of("email", email, "password", Onboard.PASSWORD)).status())
			.as("the form and the token endpoint share the count").isEqualTo(429);

		passTheWindow(email);
		mvc.perform(post("/login").with(csrf()).param("email", email).param("password", Onboard.PASSWORD))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void passwordsAreStoredAsBcryptWithCostTenOrMoreAndNeverAsTyped() {
		String hash = passwordEncoder.encode("correct horse battery staple");
		assertThat(hash).startsWith("{bcrypt}$2");
		int cost = Integer.parseInt(hash.substring("{bcrypt}$2a$".length(), "{bcrypt}$2a$".length() + 2));
		assertThat(cost).as("bcrypt cost").isGreaterThanOrEqualTo(10);
		assertThat(passwordEncoder.matches("correct horse battery staple", hash)).isTrue();
		assertThat(passwordEncoder.encode("correct horse battery staple")).as("salted: the same password hashes differently")
			.isNotEqualTo(hash);

		String email = customer("stored-hash");
		String stored = jdbc.sql("SELECT password_hash FROM users WHERE email = ?").param(email).query(String.class).single();
		assertThat(stored).startsWith("{bcrypt}$2").doesNotContain(Onboard.PASSWORD).hasSize("{bcrypt}".length() + 60);
		assertThat(passwordEncoder.matches(Onboard.PASSWORD, stored)).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE password_hash NOT LIKE '{bcrypt}$2_$1_$%'").query(Long.class).single())
			.as("every stored password is a bcrypt hash of cost 10 or more").isZero();
	}

	private void passTheWindow(String email) {
		jdbc.sql("UPDATE login_failures SET failed_at = ? WHERE email = ?")
			.params(ca.mechanicplatform.kernel.SqlTime.of(java.time.Instant.now().minus(loginLimits.window()).minusSeconds(1)), email)
			.update();
	}

	private long failures(String email) {
		return jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE email = ?").param(email).query(Long.class).single();
	}

	private long sessionRows(Cookie cookie) {
		String id = new String(Base64.getDecoder().decode(cookie.getValue()));
		return jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE session_id = ?").param(id).query(Long.class).single();
	}

	/** GET page routes without path variables, from the handler mappings. */
	private List<String> getPages() {
		return pageRoutes(RequestMethod.GET).stream().filter(p -> !VARIABLE.matcher(p).find())
			.filter(p -> !p.endsWith(".png") && !p.endsWith(".csv") && !p.endsWith(".pdf") && !p.endsWith(".ics") && !p.contains("/stream")
					&& !p.contains("/events") && !p.startsWith("/error") && !p.startsWith("/v3/") && !p.startsWith("/swagger"))
			.toList();
	}

	private List<String> postPages() {
		return pageRoutes(RequestMethod.POST);
	}

	private List<String> pageRoutes(RequestMethod method) {
		TreeSet<String> routes = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			var methods = info.getMethodsCondition().getMethods();
			if (!methods.contains(method) && !(methods.isEmpty() && method == RequestMethod.GET)) {
				return;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api/")) {
					routes.add(pattern);
				}
			}
		});
		return new ArrayList<>(routes);
	}

	/** A signed-in page session for each role area. */
	private Map<String, Cookie> sessions() throws Exception {
		Map<String, Cookie> sessions = new LinkedHashMap<>();
		sessions.put("customer", session(customer("crawl-customer"), Onboard.PASSWORD));
		sessions.put("mechanic", session(new Onboard(port).signUp("crawl-mechanic", "Morgan Crawl", "M6H 2N4").email(), Onboard.PASSWORD));
		String workshop = Unique.email("crawl-workshop");
		assertThat(new Api(port).post("/api/signup/workshop", null, Map.of("name", "Morgan Chen", "email", workshop, "password",
				Onboard.PASSWORD, "workshopName", "Crawl Garage", "streetAddress", "1 Main St", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4")).status()).isEqualTo(201);
		sessions.put("workshop", session(workshop, Onboard.PASSWORD));
		sessions.put("admin", session(Onboard.OPERATOR, Onboard.OPERATOR_PASSWORD));
		return sessions;
	}

	private Cookie session(String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/dashboard")).andReturn().getResponse().getCookie("SESSION");
	}

	private String customer(String who) {
		String email = Unique.email(who);
		assertThat(new Api(port).post("/api/signup/customer", null, Map.of("name", "Sam Patel", "email", email, "password",
				Onboard.PASSWORD, "postalCode", "M4W 1A8")).status()).isEqualTo(201);
		return email;
	}

	/** The counts once the listeners reacting to the sign-ups have finished. */
	private Map<String, String> quietCounts() throws InterruptedException {
		Map<String, String> previous = counts();
		for (int i = 0; i < 20; i++) {
			Thread.sleep(300);
			Map<String, String> now = counts();
			if (now.equals(previous)) {
				return now;
			}
			previous = now;
		}
		return previous;
	}

	private Map<String, String> counts() {
		Map<String, String> counts = new LinkedHashMap<>();
		for (String table : List.of("users", "customers", "mechanics", "workshops", "clients", "client_notes", "consultations",
				"bay_bookings", "partnership_programs", "partnership_applications", "workshop_bays", "workshop_photos",
				"stored_documents", "agreement_signatures", "fee_rules", "audit_log", "ledger_transactions", "payout_runs",
				"notifications", "employee_invitations", "booking_blackouts", "calendar_feeds", "tax_profiles")) {
			counts.put(table, jdbc.sql("SELECT COUNT(*) FROM " + table).query(String.class).single());
		}
		return counts;
	}
}
