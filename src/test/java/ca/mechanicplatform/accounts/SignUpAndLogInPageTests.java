package ca.mechanicplatform.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sign-up and log-in pages: CSRF, field messages, session handling, throttling and role areas. */
@PlatformTest
class SignUpAndLogInPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCustomerSignsUpAndLandsSignedInOnTheirDashboard() throws Exception {
		String email = Unique.email("page-customer");
		var result = mvc.perform(post("/signup/customer").with(csrf()).param("name", "Grace Lee").param("email", email)
				.param("password", "a-long-password").param("postalCode", "l5b 1m2"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/customer/dashboard")).andReturn();
		var session = result.getResponse().getCookie("SESSION");
		mvc.perform(get("/customer/dashboard").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Grace Lee")))
			.andExpect(content().string(containsString("L5B 1M2")));
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefusedAndCreatesNothing() throws Exception {
		String email = Unique.email("no-csrf");
		mvc.perform(post("/signup/customer").param("name", "X").param("email", email).param("password", "a-long-password")
				.param("postalCode", "M5V 3L9"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = ?").param(email).query(Long.class).single()).isZero();
	}

	@Test
	void badInputShowsEveryFieldMessageAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/signup/mechanic").with(csrf()).param("name", "Alex").param("email", "alex@")
				.param("password", "short").param("postalCode", "W1A 1A1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a valid e-mail address")))
			.andExpect(content().string(containsString("Use at least 10 characters")))
			.andExpect(content().string(containsString("never start with W or Z")))
			.andExpect(content().string(containsString("value=\"Alex\"")))
			.andExpect(content().string(not(containsString("value=\"short\""))))
			.andExpect(unauthenticated());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM users WHERE email = 'alex@'").query(Long.class).single()).isZero();
	}

	@Test
	void logInChangesTheSessionIdAndGoesToTheRolesDashboard() throws Exception {
		String email = Unique.email("login");
		mvc.perform(post("/signup/workshop").with(csrf()).param("name", "Morgan").param("email", email)
				.param("password", "a-long-password").param("workshopName", "Bow Valley Motors").param("streetAddress", "225 7 Ave SW")
				.param("city", "Calgary").param("province", "AB").param("postalCode", "T2P 1J9").param("timeZone", ""))
			.andExpect(redirectedUrl("/workshop/dashboard"));

		var anonymous = mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(anonymous).as("the log-in page starts a session for its CSRF token").isNotNull();
		var login = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "a-long-password").cookie(anonymous))
			.andExpect(redirectedUrl("/dashboard")).andExpect(authenticated()).andReturn();
		var session = login.getResponse().getCookie("SESSION");
		assertThat(session.getValue()).as("the session id changes at log-in").isNotEqualTo(anonymous.getValue());
		String sessionId = new String(java.util.Base64.getDecoder().decode(session.getValue()));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE session_id = ? AND principal_name = ?").params(sessionId, email)
			.query(Long.class).single()).as("the session is stored in the database, so any instance can serve it").isEqualTo(1L);
		mvc.perform(get("/dashboard").cookie(session)).andExpect(redirectedUrl("/workshop/dashboard"));
		mvc.perform(get("/workshop/dashboard").cookie(session))
			.andExpect(content().string(containsString("Bow Valley Motors")))
			.andExpect(content().string(containsString("America/Edmonton")));
		mvc.perform(get("/mechanic/dashboard").cookie(session)).andExpect(status().isForbidden());
	}

	@Test
	void pagesNeedALogInAndSendSecureHeaders() throws Exception {
		mvc.perform(get("/mechanic/dashboard")).andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
	}

	@Test
	void repeatedFailedLogInsLockTheAccountForTheWindowEvenWithTheRightPassword() throws Exception {
		String email = Unique.email("throttled");
		mvc.perform(post("/signup/customer").with(csrf()).param("name", "Target").param("email", email)
				.param("password", "the-right-password").param("postalCode", "H2X 1Y4"));
		for (int attempt = 0; attempt < 10; attempt++) {
			mvc.perform(formLogin("/login").user("email", email).password("wrong-password-" + attempt))
				.andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
		}
		var refused = mvc.perform(formLogin("/login").user("email", email).password("the-right-password"))
			.andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated()).andReturn();
		mvc.perform(get("/login").param("error", "").cookie(refused.getResponse().getCookie("SESSION")))
			.andExpect(content().string(containsString("Too many failed log-ins")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE email = ?").param(email).query(Long.class).single())
			.isEqualTo(10L);
	}

	@Test
	void anUnknownPageIsAProperNotFoundPage() throws Exception {
		String email = Unique.email("lost");
		var signUp = mvc.perform(post("/signup/customer").with(csrf()).param("name", "Lost").param("email", email)
				.param("password", "a-long-password").param("postalCode", "R3C 4T3")).andReturn();
		mvc.perform(get("/no/such/page").cookie(signUp.getResponse().getCookie("SESSION")).accept("text/html"))
			.andExpect(status().isNotFound());
	}
}
