package ca.mechanicplatform.crm;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.crm.CrmScenario.MechanicAccount;
import ca.mechanicplatform.crm.CrmScenario.Person;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Api;
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

/** The CRM pages: the list with search and today's follow-ups, a client's page and its forms, and another mechanic's 404. */
@PlatformTest
class ClientPageTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clients clients;

	@Test
	void theMechanicFindsTheClientOfACompletedConsultationAddsANoteAndAFollowUpAndMarksItDone() throws Exception {
		CrmScenario scenario = new CrmScenario(new Api(port), mechanics, accounts, jdbc);
		Person customer = scenario.customer("Priya Sharma");
		MechanicAccount mechanic = scenario.mechanic("Page Mechanic");
		long consultation = scenario.completedConsultation(customer, mechanic, "VIDEO", "2017", "Mazda", "CX-5");
		scenario.awaitVisit("consultation:" + consultation);
		long id = scenario.clients(mechanic, null).get("results").get(0).get("id").asLong();
		Cookie session = logIn(mechanic.email());

		mvc.perform(get("/mechanic/clients").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Priya Sharma")))
			.andExpect(content().string(containsString("$35.00")))
			.andExpect(content().string(containsString("href=\"/mechanic/clients\">Clients</a>")))
			.andExpect(content().string(containsString("Nothing due today.")));
		mvc.perform(get("/mechanic/clients").cookie(session).header("HX-Request", "true").param("vehicle", "mazda"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Priya Sharma")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/mechanic/clients").cookie(session).param("vehicle", "civic"))
			.andExpect(content().string(containsString("No clients match.")));
		mvc.perform(get("/mechanic/clients").cookie(session).param("lastVisitAfter", "soon").param("minValue", "lots"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter a date as YYYY-MM-DD")))
			.andExpect(content().string(containsString("Enter an amount in dollars")));

		String page = "/mechanic/clients/" + id;
		mvc.perform(get(page).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Video call consultation: 2017 Mazda CX-5")))
			.andExpect(content().string(containsString("$29.75")))
			.andExpect(content().string(containsString("2017 Mazda CX-5")));

		mvc.perform(post(page + "/notes").cookie(session).with(csrf()).param("body", "  "))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Write the note")));
		mvc.perform(post(page + "/notes").cookie(session).with(csrf()).param("body", "Asked about a pre-purchase inspection"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page + "#notes"));
		long note = jdbc.sql("SELECT id FROM client_notes WHERE client_id = ?").param(id).query(Long.class).single();
		mvc.perform(post(page + "/notes/" + note).cookie(session).with(csrf()).param("body", "Booked a pre-purchase inspection"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(page).cookie(session)).andExpect(content().string(containsString("Booked a pre-purchase inspection")))
			.andExpect(content().string(containsString("edited")));

		mvc.perform(post(page + "/follow-ups").cookie(session).with(csrf()).param("dueOn", "").param("text", "Call back"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Choose the day it is due")))
			.andExpect(content().string(containsString("value=\"Call back\"")));
		LocalDate today = clients.today();
		mvc.perform(post(page + "/follow-ups").cookie(session).with(csrf()).param("dueOn", today.toString())
			.param("text", "Ask how the CX-5 drives")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/mechanic/clients").cookie(session)).andExpect(content().string(containsString("Ask how the CX-5 drives")))
			.andExpect(content().string(containsString("Due today")));
		long followUp = jdbc.sql("SELECT id FROM client_follow_ups WHERE client_id = ?").param(id).query(Long.class).single();
		mvc.perform(post(page + "/follow-ups/" + followUp + "/done").cookie(session).with(csrf()).param("back", "list"))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/mechanic/clients"));
		mvc.perform(get("/mechanic/clients").cookie(session)).andExpect(content().string(containsString("Nothing due today.")));

		mvc.perform(post(page + "/tags").cookie(session).with(csrf()).param("tag", "Video")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/mechanic/clients").cookie(session).param("tag", "video"))
			.andExpect(content().string(containsString("Priya Sharma")));

		mvc.perform(post(page + "/notes/" + note + "/delete").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM client_notes WHERE client_id = ?").param(id).query(Long.class).single()).isZero();

		Cookie stranger = logIn(scenario.mechanic("Stranger Mechanic").email());
		mvc.perform(get(page).cookie(stranger)).andExpect(status().isNotFound());
		mvc.perform(post(page + "/notes").cookie(stranger).with(csrf()).param("body", "x")).andExpect(status().isNotFound());
		mvc.perform(post(page + "/delete").cookie(stranger).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/mechanic/clients").cookie(stranger)).andExpect(content().string(not(containsString("Priya Sharma"))));
	}

	@Test
	void aClientIsAddedByHandFromTheListAndDeletedFromTheirPage() throws Exception {
		CrmScenario scenario = new CrmScenario(new Api(port), mechanics, accounts, jdbc);
		MechanicAccount mechanic = scenario.mechanic("Form Mechanic");
		Cookie session = logIn(mechanic.email());
		mvc.perform(post("/mechanic/clients").cookie(session).with(csrf()).param("name", "").param("email", "nope"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter the client&#39;s name")))
			.andExpect(content().string(containsString("Enter an e-mail address like name@example.com")));
		assertThat(scenario.clients(mechanic, null).get("total").asLong()).isZero();
		String location = mvc.perform(post("/mechanic/clients").cookie(session).with(csrf()).param("name", "Chris Walk-in")
				.param("phone", "613-555-0142")).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/mechanic/clients/\\d+");
		mvc.perform(get(location).cookie(session)).andExpect(status().isOk()).andExpect(content().string(containsString("Chris Walk-in")))
			.andExpect(content().string(containsString("No completed consultations or jobs yet.")));
		mvc.perform(post(location).cookie(session).with(csrf()).param("name", "Chris Walker").param("email", "bad"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Enter an e-mail address like name@example.com")));
		mvc.perform(post(location + "/vehicles").cookie(session).with(csrf()).param("year", "2010").param("make", "Honda").param("model", "Fit"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).cookie(session)).andExpect(content().string(containsString("2010 Honda Fit")));
		mvc.perform(post(location + "/delete").cookie(session).with(csrf())).andExpect(redirectedUrl("/mechanic/clients"));
		mvc.perform(get(location).cookie(session)).andExpect(status().isNotFound());
	}

	private Cookie logIn(String email) throws Exception {
		return mvc.perform(formLogin("/login").user("email", email).password(CrmScenario.PASSWORD)).andReturn().getResponse()
			.getCookie("SESSION");
	}
}
