package ca.mechanicplatform.accounts;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-up, tokens and the API's security answers, over real HTTP against PostgreSQL. */
@PlatformTest
class SignUpAndTokenApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port);
	}

	@Test
	void aCustomerSignsUpGetsATokenAndReadsTheirProfile() {
		String email = Unique.email("customer");
		var created = api.post("/api/signup/customer", null, Map.of("name", "Sam Patel", "email", email.toUpperCase(),
				"password", "a-long-password", "postalCode", "m4w1a8"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("postalCode").asString()).isEqualTo("M4W 1A8");
		assertThat(created.json().get("email").asString()).isEqualTo(email);

		String token = api.token(email, "a-long-password");
		var me = api.get("/api/auth/me", token);
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("role").asString()).isEqualTo("CUSTOMER");
		assertThat(api.get("/api/customer/profile", token).json().get("name").asString()).isEqualTo("Sam Patel");
	}

	@Test
	void aMechanicSignsUpAsAnIndependentWithTheDocumentsOffShiftDefaults() {
		String email = Unique.email("mechanic");
		var created = api.post("/api/signup/mechanic", null, Map.of("name", "Alex Moreau", "email", email,
				"password", "a-long-password", "postalCode", "L5B 3C2"));
		assertThat(created.status()).isEqualTo(201);
		var profile = api.get("/api/mechanic/profile", api.token(email, "a-long-password")).json();
		assertThat(profile.get("mechanicType").asString()).isEqualTo("INDEPENDENT");
		assertThat(profile.get("province").asString()).isEqualTo("ON");
		assertThat(profile.get("offShiftMode").asString()).isEqualTo("local_exclusion");
		assertThat(profile.get("exclusionRadiusKm").asInt()).isEqualTo(50);
		assertThat(profile.get("verified").asBoolean()).isFalse();
	}

	@Test
	void aWorkshopSignsUpWithTheProvincesTimeZoneByDefault() {
		String email = Unique.email("workshop");
		Map<String, Object> form = workshop(email);
		form.remove("timeZone");
		var created = api.post("/api/signup/workshop", null, form);
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("timeZone").asString()).isEqualTo("America/St_Johns");
		var profile = api.get("/api/workshop/profile", api.token(email, "a-long-password")).json();
		assertThat(profile.get("employeeRevenueSharePct").asInt()).isEqualTo(30);
		assertThat(profile.get("allowEmployeeLocalFreelance").asBoolean()).isFalse();
	}

	@Test
	void badSignUpInputIsRefusedFieldByFieldAndCreatesNothing() {
		long usersBefore = count("users");
		long workshopsBefore = count("workshops");
		var refused = api.post("/api/signup/workshop", null, Map.of("name", " ", "email", "not-an-email", "password", "short",
				"workshopName", "", "streetAddress", "1 Water St", "city", "St. John's", "province", "ON",
				"postalCode", "D1A 1A1", "timeZone", "Europe/Paris"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		var fields = new HashMap<String, String>();
		refused.json().get("errors").forEach(e -> fields.put(e.get("field").asString(), e.get("message").asString()));
		assertThat(fields).containsKeys("name", "email", "password", "workshopName", "postalCode", "timeZone");
		assertThat(fields.get("postalCode")).contains("D, F, I, O, Q or U");
		assertThat(count("users")).isEqualTo(usersBefore);
		assertThat(count("workshops")).isEqualTo(workshopsBefore);
	}

	@Test
	void aPostalCodeFromAnotherProvinceIsRefused() {
		var form = workshop(Unique.email("wrong-province"));
		form.put("province", "ON");
		var refused = api.post("/api/signup/workshop", null, form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Postal code A1C 1B1 is in Newfoundland and Labrador, not Ontario");
	}

	@Test
	void aSecondAccountWithTheSameEmailIsRefusedAndTheFirstIsUntouched() {
		String email = Unique.email("twice");
		assertThat(api.post("/api/signup/customer", null, customer(email)).status()).isEqualTo(201);
		long users = count("users");
		var again = api.post("/api/signup/mechanic", null, Map.of("name", "Other", "email", " " + email.toUpperCase() + " ",
				"password", "another-password", "postalCode", "M5V 3L9"));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(count("users")).isEqualTo(users);
		assertThat(count("mechanics WHERE user_id IN (SELECT id FROM users WHERE email = '" + email + "')")).isZero();
	}

	@Test
	void malformedJsonIsABadRequestNotAServerError() {
		var reply = api.postRaw("/api/signup/customer", null, "{\"name\": ");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).contains("not valid JSON");
	}

	@Test
	void theApiAnswers401WithoutAToken403ForTheWrongRoleAnd404ForUnknownRoutes() {
		var anonymous = api.get("/api/mechanic/profile", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");

		String email = Unique.email("role");
		api.post("/api/signup/customer", null, customer(email));
		String token = api.token(email, "a-long-password");
		var wrongRole = api.get("/api/workshop/profile", token);
		assertThat(wrongRole.status()).isEqualTo(403);
		assertThat(wrongRole.json().get("status").asInt()).isEqualTo(403);
		assertThat(api.get("/api/no-such-thing", token).status()).isEqualTo(404);
		assertThat(api.get("/api/auth/me", "imp_forged-token").status()).isEqualTo(401);
	}

	@Test
	void aRevokedTokenStopsWorkingAndOnlyItsOwnerCanRevokeIt() {
		String owner = Unique.email("owner");
		String other = Unique.email("other");
		api.post("/api/signup/customer", null, customer(owner));
		api.post("/api/signup/customer", null, customer(other));
		var issued = api.post("/api/auth/token", null, Map.of("email", owner, "password", "a-long-password", "name", "script"));
		String token = issued.json().get("token").asString();
		long id = issued.json().get("id").asLong();
		assertThat(token).startsWith("imp_");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM api_tokens WHERE token_hash = ?").param(token).query(Long.class).single())
			.as("only the hash is stored").isZero();

		assertThat(api.delete("/api/auth/tokens/" + id, api.token(other, "a-long-password")).status()).isEqualTo(404);
		assertThat(api.get("/api/auth/me", token).status()).isEqualTo(200);
		assertThat(api.delete("/api/auth/tokens/" + id, token).status()).isEqualTo(204);
		assertThat(api.get("/api/auth/me", token).status()).isEqualTo(401);
	}

	@Test
	void aTokensLastUseIsRecordedOnFirstUseAndRewrittenOnlyOnceAMinuteOld() {
		String owner = Unique.email("last-use");
		api.post("/api/signup/customer", null, customer(owner));
		var issued = api.post("/api/auth/token", null, Map.of("email", owner, "password", "a-long-password", "name", "script"));
		String token = issued.json().get("token").asString();
		long id = issued.json().get("id").asLong();
		assertThat(lastUsed(id)).as("never used yet").isNull();

		assertThat(api.get("/api/auth/me", token).status()).isEqualTo(200);
		java.sql.Timestamp first = lastUsed(id);
		assertThat(first).as("the first use is recorded").isNotNull();
		assertThat(api.get("/api/auth/me", token).status()).isEqualTo(200);
		assertThat(lastUsed(id)).as("a second use within the minute writes nothing").isEqualTo(first);

		jdbc.sql("UPDATE api_tokens SET last_used_at = last_used_at - INTERVAL '2' MINUTE WHERE id = ?").param(id).update();
		java.sql.Timestamp aged = lastUsed(id);
		assertThat(api.get("/api/auth/me", token).status()).isEqualTo(200);
		assertThat(lastUsed(id)).as("a use once the last one is a minute old is recorded").isAfter(aged);
	}

	private java.sql.Timestamp lastUsed(long tokenId) {
		return jdbc.sql("SELECT last_used_at FROM api_tokens WHERE id = ?").param(tokenId).query((rs, row) -> rs.getTimestamp(1)).list().get(0);
	}

	@Test
	void aWrongPasswordGetsNoToken() {
		String email = Unique.email("wrong");
		api.post("/api/signup/customer", null, customer(email));
		var reply = api.post("/api/auth/token", null, Map.of("email", email, "password", "not-the-password"));
		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.json().has("token")).isFalse();
	}

	@Test
	void theOpenApiDocumentListsEveryRouteWithItsSecurity() {
		var doc = api.get("/v3/api-docs", null);
		assertThat(doc.status()).isEqualTo(200);
		var paths = doc.json().get("paths");
		assertThat(paths.has("/api/auth/token")).isTrue();
		assertThat(paths.has("/api/signup/workshop")).isTrue();
		assertThat(paths.has("/api/mechanic/profile")).isTrue();
		assertThat(doc.json().get("components").get("securitySchemes").has("bearer")).isTrue();
		assertThat(paths.get("/api/auth/token").get("post").get("security").size()).as("token issue is public").isZero();
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private static Map<String, Object> customer(String email) {
		return Map.of("name", "Pat Doe", "email", email, "password", "a-long-password", "postalCode", "V6B 2W9");
	}

	private static Map<String, Object> workshop(String email) {
		var form = new HashMap<String, Object>();
		form.putAll(Map.of("name", "Siobhan Walsh", "email", email, "password", "a-long-password",
				"workshopName", "Harbourside Auto", "streetAddress", "155 Water St", "city", "St. John's", "province", "NL",
				"postalCode", "A1C 1B1", "timeZone", "America/St_Johns"));
		return form;
	}
}
