package ca.mechanicplatform.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import jakarta.servlet.http.Cookie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Hostile text in every JSON body the API accepts: every string field of every request schema in the OpenAPI document
 * gets SQL, HTML, a very long string and a NUL byte, and no answer is ever a 5xx. What is accepted is stored and
 * returned as typed and rendered escaped on the pages; oversized and malformed JSON are clear 4xx answers.
 */
@PlatformTest
class InjectionTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");
	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String SQL = "' OR 1=1 --";
	private static final String HTML = "<script>alert(1)</script>";
	private static final String NUL = "before\u0000after";
	private static final String LONG = "x".repeat(20_000);
	static final String HOSTILE_NAME = "<script>alert(1)</script> O'Brien'); DROP TABLE clients; --";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();
	private final Map<String, String> tokens = new LinkedHashMap<>();
	private Api api;
	private String mechanicEmail;
	private String customerEmail;

	@BeforeEach
	void roles() {
		api = new Api(port);
		Onboard onboard = new Onboard(port);
		customerEmail = Unique.email("injection-customer");
		assertThat(api.post("/api/signup/customer", null, Map.of("name", "Ines Injection", "email", customerEmail, "password",
				Onboard.PASSWORD, "postalCode", "M5V 3L9")).status()).isEqualTo(201);
		String workshop = Unique.email("injection-workshop");
		assertThat(api.post("/api/signup/workshop", null, Map.of("name", "Ines Admin", "email", workshop, "password",
				Onboard.PASSWORD, "workshopName", "Injection Garage", "streetAddress", "1 Main St", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4")).status()).isEqualTo(201);
		Onboard.SignedUp mechanic = onboard.signUp("injection-mechanic", "Ines Mechanic", "M6H 2N4");
		mechanicEmail = mechanic.email();
		tokens.put("customer", api.token(customerEmail, Onboard.PASSWORD));
		tokens.put("mechanic", mechanic.token());
		tokens.put("workshop", api.token(workshop, Onboard.PASSWORD));
		tokens.put("admin", onboard.operatorToken());
	}

	@AfterEach
	void forgetHostileLogIns() {
		// The token endpoint counted the hostile "e-mail addresses" as failed log-ins from this run's address.
		jdbc.sql("DELETE FROM login_failures WHERE email NOT LIKE '%@%'").update();
	}

	@Test
	void hostileStringsInEveryJsonBodyNeverCauseAServerError() throws Exception {
		JsonNode document = api.get("/v3/api-docs", null).json();
		JsonNode schemas = document.get("components").get("schemas");
		List<String> errors = new ArrayList<>();
		int calls = 0;
		for (var path : document.get("paths").properties()) {
			for (var operation : path.getValue().properties()) {
				JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json");
				if (body.isMissingNode()) {
					continue;
				}
				String method = operation.getKey().toUpperCase(Locale.ROOT);
				String url = VARIABLE.matcher(path.getKey()).replaceAll("987654321");
				String token = tokenFor(path.getKey());
				for (String hostile : List.of(SQL, HTML, NUL, LONG)) {
					Object payload = example(body.get("schema"), schemas, hostile, 0);
					var reply = send(method, url, token, JSON.writeValueAsString(payload));
					calls++;
					if (reply.statusCode() >= 500) {
						errors.add(method + " " + path.getKey() + " with " + label(hostile) + " → " + reply.statusCode() + " " + reply.body());
					}
				}
			}
		}
		System.out.printf("Injection: %d calls with hostile strings%n", calls);
		assertThat(errors).isEmpty();
		assertThat(calls).as("four hostile bodies for each JSON route").isGreaterThan(150);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM clients").query(Long.class).single()).as("the clients table is still there")
			.isGreaterThanOrEqualTo(0);
	}

	@Test
	void acceptedHostileTextIsStoredVerbatimAndRenderedEscaped() throws Exception {
		String mechanic = tokens.get("mechanic");
		var created = api.post("/api/mechanic/clients", mechanic, Map.of("name", HOSTILE_NAME, "email", Unique.email("hostile")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(api.get("/api/mechanic/clients/" + id, mechanic).json().get("client").get("name").asString()).isEqualTo(HOSTILE_NAME);
		var note = api.post("/api/mechanic/clients/" + id + "/notes", mechanic, Map.of("body", SQL + " " + HTML));
		assertThat(note.status()).as(note.body()).isEqualTo(201);
		assertThat(note.json().get("body").asString()).isEqualTo(SQL + " " + HTML);
		var found = api.get("/api/mechanic/clients?q=" + java.net.URLEncoder.encode("' OR 1=1", java.nio.charset.StandardCharsets.UTF_8), mechanic);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().toString()).as("a search for SQL finds only what contains it").doesNotContain("Dana");

		Cookie session = session(mechanicEmail);
		mvc.perform(get("/mechanic/clients").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien&#39;); DROP TABLE clients; --")))
			.andExpect(content().string(not(containsString(HTML))));
		mvc.perform(get("/mechanic/clients/" + id).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(HTML))));

		String customer = tokens.get("customer");
		var consultation = api.post("/api/customer/consultations", customer, Map.of("kind", "CHAT", "vehicleYear", "2016",
				"vehicleMake", "Honda", "vehicleModel", "Civic", "problem", "Squeal " + HTML + " " + SQL));
		assertThat(consultation.status()).as(consultation.body()).isEqualTo(201);
		long consultationId = consultation.json().get("id").asLong();
		assertThat(api.get("/api/customer/consultations/" + consultationId, customer).json().get("problem").asString())
			.isEqualTo("Squeal " + HTML + " " + SQL);
		mvc.perform(get("/customer/consultations/" + consultationId).cookie(session(customerEmail))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Squeal &lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(HTML))));
	}

	@Test
	void oversizedJsonIs413AndMalformedJsonIs400AndNeitherChangesAnything() throws Exception {
		String mechanic = tokens.get("mechanic");
		long before = jdbc.sql("SELECT COUNT(*) FROM clients").query(Long.class).single();
		String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
		var tooLarge = send("POST", "/api/mechanic/clients", mechanic, huge);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("larger than 1 MB");
		HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/mechanic/clients"))
			.header("Authorization", "Bearer " + mechanic).header("Content-Type", "application/json").header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes()))).build();
		int chunkedStatus = http.send(chunked, HttpResponse.BodyHandlers.discarding()).statusCode();
		assertThat(chunkedStatus).as("a body sent without its length is cut off at the limit").isBetween(400, 413);
		for (String malformed : List.of("{\"name\": ", "[]", "null", "{\"name\": {\"$ne\": 1}}", "\u0000", "{\"name\": \"a\"}}}}")) {
			var reply = send("POST", "/api/mechanic/clients", mechanic, malformed);
			assertThat(reply.statusCode()).as(malformed + " → " + reply.body()).isEqualTo(400);
			assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		}
		var wrongType = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/mechanic/clients"))
			.header("Authorization", "Bearer " + mechanic).header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("name=x")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(wrongType.statusCode()).isEqualTo(415);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM clients").query(Long.class).single()).isEqualTo(before);
	}

	private String tokenFor(String path) {
		for (String area : List.of("mechanic", "workshop", "customer", "admin")) {
			if (path.startsWith("/api/" + area + "/")) {
				return tokens.get(area);
			}
		}
		return path.startsWith("/api/signup/") || path.startsWith("/api/auth/token") || path.startsWith("/api/public/") ? null
				: tokens.get("mechanic");
	}

	/** A body of the schema with every string set to the hostile text, numbers 1 and flags true. */
	private static Object example(JsonNode schema, JsonNode schemas, String hostile, int depth) {
		if (schema.has("$ref")) {
			String ref = schema.get("$ref").asString();
			return depth > 4 ? null : example(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), schemas, hostile, depth + 1);
		}
		String type = schema.path("type").asString("object");
		return switch (type) {
			case "string" -> hostile;
			case "integer", "number" -> 1;
			case "boolean" -> true;
			case "array" -> List.of(example(schema.path("items"), schemas, hostile, depth + 1));
			default -> {
				Map<String, Object> object = new LinkedHashMap<>();
				for (var property : schema.path("properties").properties()) {
					object.put(property.getKey(), example(property.getValue(), schemas, hostile, depth + 1));
				}
				yield object;
			}
		};
	}

	private HttpResponse<String> send(String method, String url, String token, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url))
			.header("Accept", "application/json").header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String label(String hostile) {
		return hostile.length() > 100 ? "a " + hostile.length() + "-character string" : hostile.replace("\u0000", "\\0");
	}

	private Cookie session(String email) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("email", email).param("password", Onboard.PASSWORD))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getCookie("SESSION");
	}
}
