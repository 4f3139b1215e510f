package ca.mechanicplatform.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.FormLogIn;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.TestMailServer;
import ca.mechanicplatform.testing.Unique;

/**
 * A forgotten password, over the API and the e-mailed link: the answer does not tell whether an address has an account,
 * the link works once and for an hour, a bad new password changes nothing, and the new password signs the account's
 * other sessions out.
 */
@PlatformTest
class PasswordResetTests {

	private static final Pattern LINK = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]{43})");

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
	void theEmailedLinkSetsANewPasswordOnce() throws Exception {
		String email = customer("Reset Customer");
		HttpClient browser = FormLogIn.as("http://localhost:" + port, email, "a-long-password").client();
		assertThat(page(browser, "/customer/dashboard").statusCode()).isEqualTo(200);

		assertThat(api.post("/api/auth/password-reset", null, Map.of("email", email.toUpperCase())).status()).isEqualTo(202);
		String token = tokenFromMail(email);
		assertThat(jdbc.sql("SELECT token_hash FROM password_resets r JOIN users u ON u.id = r.user_id WHERE u.email = ?").param(email)
			.query(String.class).single()).as("only the token's hash is stored").hasSize(64).isNotEqualTo(token);
		var form = page(HttpClient.newHttpClient(), "/password/reset?token=" + token);
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("Choose a new password").contains("name=\"confirmation\"");

		// a bad new password changes nothing and keeps the link open
		var mismatch = confirm(token, "another-long-password", "another-long-passwort");
		assertThat(mismatch.status()).isEqualTo(400);
		assertThat(error(mismatch, "confirmation")).isEqualTo("The two passwords are not the same");
		var weak = confirm(token, email, email);
		assertThat(weak.status()).isEqualTo(400);
		assertThat(error(weak, "password")).isEqualTo("Your password must not be your e-mail address");
		assertThat(api.post("/api/auth/token", null, Map.of("email", email, "password", "a-long-password")).status()).isEqualTo(201);

		assertThat(confirm(token, "another-long-password", "another-long-password").status()).isEqualTo(204);
		assertThat(api.post("/api/auth/token", null, Map.of("email", email, "password", "a-long-password")).status()).isEqualTo(401);
		assertThat(api.post("/api/auth/token", null, Map.of("email", email, "password", "another-long-password")).status()).isEqualTo(201);
		assertThat(page(browser, "/customer/dashboard").headers().firstValue("Location").orElse(""))
			.as("the session signed in before the reset is signed out").endsWith("/login");

		var again = confirm(token, "a-third-long-password", "a-third-long-password");
		assertThat(again.status()).isEqualTo(400);
		assertThat(error(again, "token")).contains("expired or was already used");
		assertThat(page(HttpClient.newHttpClient(), "/password/reset?token=" + token).body()).contains("Send me a new link");
	}

	@Test
	void anAddressWithoutAnAccountGetsTheSameAnswerAndNoMail() {
		String nobody = Unique.email("nobody");
		String somebody = customer("Known Customer");
		assertThat(api.post("/api/auth/password-reset", null, Map.of("email", nobody)).status()).isEqualTo(202);
		assertThat(api.post("/api/auth/password-reset", null, Map.of("email", somebody)).status()).isEqualTo(202);
		tokenFromMail(somebody);
		assertThat(TestMailServer.to(nobody)).isEmpty();

		var bad = api.post("/api/auth/password-reset", null, Map.of("email", "not-an-address"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(error(bad, "email")).contains("valid e-mail address");
	}

	@Test
	void anExpiredLinkIsRefusedAndAnAccountGetsAtMostThreeLinksAnHour() throws Exception {
		String email = customer("Busy Customer");
		for (int i = 0; i < 5; i++) {
			assertThat(api.post("/api/auth/password-reset", null, Map.of("email", email)).status()).isEqualTo(202);
		}
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestMailServer.to(email)).hasSize(3));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM password_resets r JOIN users u ON u.id = r.user_id WHERE u.email = ?").param(email)
			.query(Long.class).single()).isEqualTo(3);

		String token = tokenFromMail(email);
		jdbc.sql("UPDATE password_resets SET expires_at = requested_at - INTERVAL '1' MINUTE WHERE user_id = (SELECT id FROM users WHERE email = ?)")
			.param(email).update();
		assertThat(page(HttpClient.newHttpClient(), "/password/reset?token=" + token).statusCode()).isEqualTo(400);
		var expired = confirm(token, "another-long-password", "another-long-password");
		assertThat(expired.status()).isEqualTo(400);
		assertThat(error(expired, "token")).contains("expired");
		assertThat(api.post("/api/auth/token", null, Map.of("email", email, "password", "a-long-password")).status()).isEqualTo(201);
	}

	/** The message of the problem's error on {@code field}. */
	private static String error(Api.Reply reply, String field) {
		for (var e : reply.json().get("errors")) {
			if (e.get("field").asString().equals(field)) {
				return e.get("message").asString();
			}
		}
		throw new AssertionError("No error on " + field + ": " + reply.body());
	}

	private Api.Reply confirm(String token, String password, String confirmation) {
		Map<String, Object> body = new HashMap<>();
		body.put("token", token);
		body.put("password", password);
		body.put("confirmation", confirmation);
		return api.post("/api/auth/password-reset/confirm", null, body);
	}

	private String customer(String name) {
		String email = Unique.email("reset");
		var created = api.post("/api/signup/customer", null, Map.of("name", name, "email", email, "password", "a-long-password",
				"postalCode", "M4W 1A8"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return email;
	}

	/** The token of the latest reset e-mail to the address, once it has arrived. */
	private static String tokenFromMail(String email) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestMailServer.to(email)).isNotEmpty());
		var mails = TestMailServer.to(email);
		var mail = mails.get(mails.size() - 1);
		assertThat(mail.subject()).isEqualTo("Reset your password");
		assertThat(mail.body()).contains("within 60 minutes").contains("If it was not you, ignore this e-mail");
		Matcher link = LINK.matcher(mail.body());
		assertThat(link.find()).as(mail.body()).isTrue();
		return link.group(1);
	}

	private HttpResponse<String> page(HttpClient client, String path) throws Exception {
		return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}
}
