package ca.mechanicplatform.consultations;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.consultations.ConsultationScenario.MechanicAccount;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The consultation pages through forms: request with field errors, the feed's access banner, accept and the live fragment. */
@PlatformTest
class ConsultationPageTests {

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

	ConsultationScenario scenario;

	@BeforeEach
	void scenario() {
		scenario = new ConsultationScenario(new Api(port), mechanics, accounts, jdbc);
	}

	@Test
	void aCustomerSeesEveryBadFieldThenSendsTheRequestAndFollowsItsPage() throws Exception {
		var customer = scenario.customer("M4W 1A8");
		Cookie session = logIn(customer.email());
		mvc.perform(get("/customer/consultations/new").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("$15.00"))).andExpect(content().string(containsString("$35.00")))
			.andExpect(content().string(containsString("value=\"M4W 1A8\"")));
		mvc.perform(post("/customer/consultations").with(csrf()).cookie(session).param("kind", "CHAT").param("vehicleYear", "20x6")
				.param("vehicleMake", "Honda").param("vehicleModel", "Civic").param("vin", "1M8GDM9A1KP042788").param("problem", "")
				.param("postalCode", "M4W 1A8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the model year")))
			.andExpect(content().string(containsString("check digit does not match")))
			.andExpect(content().string(containsString("Describe what the vehicle is doing")));
		var sent = mvc.perform(post("/customer/consultations").with(csrf()).cookie(session).param("kind", "CHAT").param("vehicleYear", "2016")
				.param("vehicleMake", "Honda").param("vehicleModel", "Civic").param("vin", "").param("problem", "Squeal from the front wheels")
				.param("postalCode", ""))
			.andExpect(status().is3xxRedirection()).andReturn();
		String location = sent.getResponse().getRedirectedUrl();
		mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Waiting for a mechanic to accept")))
			.andExpect(content().string(containsString("Cancel request")));
		mvc.perform(get(location + "/live").param("status", "REQUESTED").cookie(session))
			.andExpect(status().isOk()).andExpect(header().doesNotExist("HX-Refresh"))
			.andExpect(content().string(containsString("The chat opens when a mechanic accepts")));
		mvc.perform(get(location + "/live").param("status", "ACCEPTED").cookie(session))
			.andExpect(header().string("HX-Refresh", "true"));
		mvc.perform(post(location + "/cancel").with(csrf()).cookie(session)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/customer/consultations").cookie(session)).andExpect(content().string(containsString("Cancelled")));
	}

	@Test
	void aMechanicWhoIsNotAvailableIsToldWhyAndTurnsAvailabilityOnFromTheFeed() throws Exception {
		MechanicAccount mechanic = scenario.mechanic("Alex Moreau", "M6H 2N4");
		mechanics.setAvailability(mechanic.id(), false);
		Cookie session = logIn(mechanic.email());
		mvc.perform(get("/mechanic/consultations").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("You are not available")))
			.andExpect(content().string(not(containsString("request-card"))));
		mvc.perform(post("/mechanic/consultations/availability").with(csrf()).cookie(session).param("available", "true"))
			.andExpect(status().is3xxRedirection());
		var customer = scenario.customer("V6B 2W9");
		long id = scenario.request(customer, null);
		mvc.perform(get("/mechanic/consultations/feed").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("request-" + id)))
			.andExpect(content().string(containsString("over 200 km")))
			.andExpect(content().string(containsString("$12.75")));
		mvc.perform(post("/mechanic/consultations/" + id + "/accept").with(csrf()).cookie(session))
			.andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "/mechanic/consultations/" + id));
		mvc.perform(get("/mechanic/consultations/" + id).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Complete session")))
			.andExpect(content().string(containsString("Independent")));
	}

	@Test
	void aSecondMechanicAcceptingATakenRequestFromThePageIsToldItWasTaken() throws Exception {
		MechanicAccount first = scenario.mechanic("Alex Moreau", "M6H 2N4");
		MechanicAccount second = scenario.mechanic("Kim Tran", "M6H 2N4");
		long id = scenario.request(scenario.customer("H3B 4W5"), null);
		Cookie firstSession = logIn(first.email());
		Cookie secondSession = logIn(second.email());
		mvc.perform(post("/mechanic/consultations/" + id + "/accept").with(csrf()).cookie(firstSession)).andExpect(status().is3xxRedirection());
		var refused = mvc.perform(post("/mechanic/consultations/" + id + "/accept").with(csrf()).cookie(secondSession))
			.andExpect(header().string("Location", "/mechanic/consultations")).andReturn();
		mvc.perform(get("/mechanic/consultations").cookie(secondSession).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("already taken by another mechanic")));
		mvc.perform(get("/mechanic/consultations/" + id).cookie(secondSession)).andExpect(status().isNotFound());
	}

	@Test
	void bothPartiesSeeAPhotoSentInTheChatAndNobodyElseCanOpenIt() throws Exception {
		MechanicAccount mechanic = scenario.mechanic("Alex Moreau", "M6H 2N4");
		var customer = scenario.customer("T2P 2M5");
		long id = scenario.request(customer, null);
		Cookie mechanicSession = logIn(mechanic.email());
		Cookie customerSession = logIn(customer.email());
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
		var photo = new org.springframework.mock.web.MockMultipartFile("photo", "brake.png", "image/png", png);
		mvc.perform(multipart("/customer/consultations/" + id + "/photos").file(photo).with(csrf()).cookie(customerSession))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation_messages WHERE consultation_id = ?").param(id).query(Long.class).single())
			.as("no photos before a mechanic accepts").isZero();

		mvc.perform(post("/mechanic/consultations/" + id + "/accept").with(csrf()).cookie(mechanicSession));
		mvc.perform(multipart("/customer/consultations/" + id + "/photos").file(photo).param("caption", "Front left rotor")
				.with(csrf()).cookie(customerSession)).andExpect(status().is3xxRedirection());
		var notAnImage = new org.springframework.mock.web.MockMultipartFile("photo", "notes.png", "image/png", "hello".getBytes());
		mvc.perform(multipart("/customer/consultations/" + id + "/photos").file(notAnImage).with(csrf()).cookie(customerSession))
			.andExpect(status().is3xxRedirection());
		long messageId = jdbc.sql("SELECT id FROM consultation_messages WHERE consultation_id = ?").param(id).query(Long.class).single();
		mvc.perform(get("/mechanic/consultations/" + id).cookie(mechanicSession))
			.andExpect(content().string(containsString("/mechanic/consultations/" + id + "/photos/" + messageId)))
			.andExpect(content().string(containsString("Front left rotor")));
		mvc.perform(get("/mechanic/consultations/" + id + "/photos/" + messageId).cookie(mechanicSession))
			.andExpect(status().isOk()).andExpect(content().contentType("image/png")).andExpect(content().bytes(png));
		mvc.perform(get("/customer/consultations/" + id + "/photos/" + messageId).cookie(customerSession)).andExpect(status().isOk());
		Cookie outsider = logIn(scenario.customer("T2P 2M5").email());
		mvc.perform(get("/customer/consultations/" + id + "/photos/" + messageId).cookie(outsider)).andExpect(status().isNotFound());
	}

	@Test
	void aMechanicNotYetVerifiedIsToldWhyTheyCannotBeAvailableAndNothingChanges() throws Exception {
		String email = ca.mechanicplatform.testing.Unique.email("not-verified");
		assertThat(new Api(port).post("/api/signup/mechanic", null, java.util.Map.of("name", "Pat Lee", "email", email, "password",
				ConsultationScenario.PASSWORD, "postalCode", "M6H 2N4")).status()).isEqualTo(201);
		Cookie session = logIn(email);
		mvc.perform(post("/mechanic/consultations/availability").with(csrf()).cookie(session).param("available", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("flashError"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeCount(1));
		assertThat(jdbc.sql("SELECT m.is_available FROM mechanics m JOIN users u ON u.id = m.user_id WHERE u.email = ?").param(email)
			.query(Boolean.class).single()).isFalse();
	}

	private Cookie logIn(String email) throws Exception {
		var login = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", ConsultationScenario.PASSWORD))
			.andExpect(status().is3xxRedirection()).andReturn();
		return login.getResponse().getCookie("SESSION");
	}
}
