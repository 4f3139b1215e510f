package ca.mechanicplatform.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every API route in the OpenAPI document, called by every role: nobody signed in, a customer, a mechanic, a workshop
 * admin and a platform operator. The route's area decides who may enter: {@code /api/mechanic/**} the mechanic,
 * {@code /api/workshop/**} the workshop admin, {@code /api/customer/**} the customer, {@code /api/admin/**} the
 * operator; the shared areas anyone signed in; sign-up, log-in and public routes anyone. Whoever may not enter gets
 * 401 (not signed in) or 403 (another role) and the request changes nothing; nobody ever gets a 5xx, whatever the id
 * or body. A route outside every known area fails the test, so a new route cannot be left out of the matrix.
 *
 * <p>Whoever may enter calls each route with an id that does not exist and a malformed JSON body, which must be
 * refused with a 4xx; a route that takes neither an id nor a body (an operator's "run the payouts now", say) would
 * act on this run's shared data, so for it only the refusals are checked here and its own tests cover the rest.
 */
@PlatformTest
class AuthorizationMatrixTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
	private static final String MISSING_ID = "987654321";

	enum Role { ANONYMOUS, CUSTOMER, MECHANIC, WORKSHOP_ADMIN, PLATFORM_ADMIN }

	/** Who may enter a route, by its area. */
	enum Area {
		MECHANIC("/api/mechanic/", Role.MECHANIC), WORKSHOP("/api/workshop/", Role.WORKSHOP_ADMIN),
		CUSTOMER("/api/customer/", Role.CUSTOMER), ADMIN("/api/admin/", Role.PLATFORM_ADMIN), OPEN(null, null),
		SIGNED_IN(null, null);

		final String prefix;
		final Role role;

		Area(String prefix, Role role) {
			this.prefix = prefix;
			this.role = role;
		}
	}

	/** Routes anyone may call; everything else outside the role areas is for anyone signed in. */
	private static final List<String> OPEN_ROUTES = List.of("POST /api/auth/token", "POST /api/auth/password-reset", "POST /api/signup/", "GET /api/public/",
			"POST /api/public/");
	/** The shared areas for anyone signed in: their tokens, agreements, documents, notifications, the split calculator. */
	private static final List<String> SIGNED_IN_PREFIXES = List.of("/api/auth/", "/api/agreements", "/api/documents/",
			"/api/notifications", "/api/partnerships/");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();
	private final Map<Role, String> tokens = new LinkedHashMap<>();

	@BeforeEach
	void signIn() {
		Api api = new Api(port);
		Onboard onboard = new Onboard(port);
		String customer = Unique.email("matrix-customer");
		assertThat(api.post("/api/signup/customer", null, Map.of("name", "Matrix Customer", "email", customer, "password",
				Onboard.PASSWORD, "postalCode", "M5V 3L9")).status()).isEqualTo(201);
		String workshop = Unique.email("matrix-workshop");
		assertThat(api.post("/api/signup/workshop", null, Map.of("name", "Matrix Admin", "email", workshop, "password",
				Onboard.PASSWORD, "workshopName", "Matrix Garage", "streetAddress", "1 Main St", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4")).status()).isEqualTo(201);
		tokens.put(Role.ANONYMOUS, null);
		tokens.put(Role.CUSTOMER, api.token(customer, Onboard.PASSWORD));
		tokens.put(Role.MECHANIC, onboard.signUp("matrix-mechanic", "Matrix Mechanic", "M6H 2N4").token());
		tokens.put(Role.WORKSHOP_ADMIN, api.token(workshop, Onboard.PASSWORD));
		tokens.put(Role.PLATFORM_ADMIN, onboard.operatorToken());
	}

	@Test
	void everyRouteLetsInOnlyItsRolesAndNeverAnswers5xx() throws Exception {
		JsonNode document = new Api(port).get("/v3/api-docs", null).json();
		List<String> unclassified = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		Map<String, Long> slowest = new LinkedHashMap<>();
		int calls = 0;
		int routes = 0;
		for (var path : document.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase(Locale.ROOT);
				if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
					continue;
				}
				routes++;
				String route = method + " " + path.getKey();
				Area area = area(method, path.getKey());
				if (area == null) {
					unclassified.add(route);
					continue;
				}
				String url = concrete(path.getKey());
				boolean takesBody = operation.getValue().has("requestBody");
				boolean actsOnSharedData = !method.equals("GET") && !takesBody && !VARIABLE.matcher(path.getKey()).find();
				for (Role role : Role.values()) {
					boolean mayEnter = switch (area) {
						case OPEN -> true;
						case SIGNED_IN -> role != Role.ANONYMOUS;
						default -> role == area.role;
					};
					if (mayEnter && actsOnSharedData) {
						continue;
					}
					long started = System.nanoTime();
					int status = call(method, url, tokens.get(role), takesBody ? "{\"broken\": " : null);
					slowest.put(route + " as " + role, (System.nanoTime() - started) / 1_000_000);
					calls++;
					String seen = route + " as " + role + " → " + status;
					if (status >= 500) {
						wrong.add(seen + " (a server error)");
					}
					else if (!mayEnter) {
						int expected = role == Role.ANONYMOUS ? 401 : 403;
						if (status != expected) {
							wrong.add(seen + " (expected " + expected + ")");
						}
					}
					else if (status == 401 || (takesBody && status < 400)) {
						wrong.add(seen + (status == 401 ? " (refused a role that may enter)" : " (accepted a malformed body)"));
					}
				}
			}
		}
		System.out.printf("Authorization matrix: %d routes, %d calls; slowest: %s%n", routes, calls, slowest.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8).map(e -> e.getKey() + " " + e.getValue() + " ms").toList());
		assertThat(unclassified).as("routes outside every known area: add them to the matrix").isEmpty();
		assertThat(wrong).as("of " + calls + " calls").isEmpty();
		assertThat(routes).as("the OpenAPI document lists the platform's routes").isGreaterThan(100);
	}

	private static Area area(String method, String path) {
		for (Area area : Area.values()) {
			if (area.prefix != null && path.startsWith(area.prefix)) {
				return area;
			}
		}
		for (String open : OPEN_ROUTES) {
			String[] parts = open.split(" ");
			if (method.equals(parts[0]) && path.startsWith(parts[1])) {
				return Area.OPEN;
			}
		}
		return SIGNED_IN_PREFIXES.stream().anyMatch(path::startsWith) ? Area.SIGNED_IN : null;
	}

	/** The route with every variable given a value that names nothing: an id, a month, a token. */
	private static String concrete(String path) {
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder url = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1).toLowerCase(Locale.ROOT);
			String value = name.contains("month") ? "2001-01" : name.contains("year") ? "2001"
					: name.contains("token") || name.contains("secret") || name.contains("slug") || name.contains("code") ? "nothing-here"
					: MISSING_ID;
			matcher.appendReplacement(url, value);
		}
		matcher.appendTail(url);
		return url.toString();
	}

	private int call(String method, String url, String token, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url)).header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}
}
