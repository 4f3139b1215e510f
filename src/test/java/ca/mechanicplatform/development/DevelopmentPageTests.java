package ca.mechanicplatform.development;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.development.DevelopmentScenario.MechanicAccount;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.MechanicVerification;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import jakarta.servlet.http.Cookie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The professional development page: certificates with expiry status and reminders, and the training log's forms. */
@PlatformTest
class DevelopmentPageTests {

	private static final String PAGE = "/mechanic/development";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ProfessionalDevelopment development;

	@Autowired
	Accounts accounts;

	@Autowired
	Mechanics mechanics;

	@Autowired
	MechanicOnboarding onboarding;

	@Autowired
	MechanicVerification verification;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMechanicSeesCertificatesExpiringAndLogsEditsAndDeletesTraining() throws Exception {
		var scenario = new DevelopmentScenario(new Onboard(port), accounts, mechanics, onboarding, verification, jdbc);
		LocalDate today = development.today();
		MechanicAccount mechanic = scenario.mechanic("page-development", "Pat Page");
		scenario.approved(mechanic, today.plusDays(45));
		Cookie session = logIn(mechanic.email());

		mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/mechanic/development\">Development</a>")))
			.andExpect(content().string(containsString("Red Seal (interprovincial)")))
			.andExpect(content().string(containsString("Expires in 45 days")))
			.andExpect(content().string(containsString("text-bg-warning")))
			.andExpect(content().string(containsString("60 days before it expires")))
			.andExpect(content().string(containsString("No training logged yet.")));

		mvc.perform(post(PAGE + "/training").cookie(session).with(csrf()).param("title", "").param("provider", "CARS")
				.param("completedOn", today.plusDays(2).toString()).param("hours", "0").param("category", "DIAGNOSTICS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the training&#39;s title")))
			.andExpect(content().string(containsString("Enter a day that has passed")))
			.andExpect(content().string(containsString("Enter more than 0 hours")))
			.andExpect(content().string(containsString("value=\"CARS\"")));
		assertThat(development.trainings(mechanic.userId())).isEmpty();

		mvc.perform(post(PAGE + "/training").cookie(session).with(csrf()).param("title", "Scan tool fundamentals")
				.param("provider", "CARS").param("completedOn", today.toString()).param("hours", "7.5").param("category", "DIAGNOSTICS"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(PAGE + "#training-log"));
		long id = development.trainings(mechanic.userId()).get(0).id();
		mvc.perform(get(PAGE).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Scan tool fundamentals")))
			.andExpect(content().string(containsString("id=\"year-" + today.getYear() + "\"")))
			.andExpect(content().string(containsString("7.5 h")));

		mvc.perform(post(PAGE + "/training/" + id).cookie(session).with(csrf()).param("title", "Scan tool fundamentals")
				.param("provider", "CARS").param("completedOn", today.toString()).param("hours", "lots").param("category", "DIAGNOSTICS"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter the hours as a number, like 7.5")));
		mvc.perform(post(PAGE + "/training/" + id).cookie(session).with(csrf()).param("title", "Scan tool fundamentals")
				.param("provider", "CARS").param("completedOn", today.toString()).param("hours", "9").param("category", "DIAGNOSTICS"))
			.andExpect(status().is3xxRedirection());
		assertThat(development.training(mechanic.userId(), id).hours()).isEqualByComparingTo("9");

		Cookie stranger = logIn(scenario.mechanic("page-stranger", "Sam Stranger").email());
		mvc.perform(post(PAGE + "/training/" + id).cookie(stranger).with(csrf()).param("title", "x").param("provider", "x")
				.param("completedOn", today.toString()).param("hours", "1").param("category", "OTHER")).andExpect(status().isNotFound());
		mvc.perform(post(PAGE + "/training/" + id + "/delete").cookie(stranger).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get(PAGE).cookie(stranger)).andExpect(content().string(not(containsString("Scan tool fundamentals"))));

		mvc.perform(post(PAGE + "/training/" + id + "/delete").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(development.trainings(mechanic.userId())).isEmpty();
	}

	private Cookie logIn(String email) throws Exception {
		return mvc.perform(formLogin("/login").user("email", email).password(Onboard.PASSWORD)).andReturn().getResponse()
			.getCookie("SESSION");
	}
}
