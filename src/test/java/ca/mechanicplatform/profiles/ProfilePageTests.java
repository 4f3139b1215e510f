package ca.mechanicplatform.profiles;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public profile page and its JSON twin: what a verified mechanic shows the world (badges, specialties, service
 * area, rating and reviews, partner workshops, link-preview tags) and what never leaves the platform (contact, address,
 * payout and certificate details); unverified mechanics have no profile.
 */
@PlatformTest
class ProfilePageTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Mechanics mechanics;

	@Autowired
	PublicProfiles profiles;

	ProfileScenario scenario;

	@BeforeEach
	void scenario() {
		scenario = new ProfileScenario(port, mechanics);
	}

	@Test
	void aVerifiedMechanicsProfileShowsBadgesRatingReviewsAndPartnerWorkshopsButNoPrivateData() throws Exception {
		var mechanic = scenario.partnerMechanic("Émile Tremblay");
		var shop = scenario.workshopWithProgram("Queen West Auto");
		scenario.partnership(shop, mechanic);
		var customer = scenario.customer("Sam Patel", null);
		long consultation = scenario.completedConsultation(customer, mechanic);
		scenario.rate(customer, consultation, 5, "Found the seized caliper over chat in ten minutes.");

		String path = "/mechanic/public/" + mechanic.id().value() + "-emile-tremblay";
		String html = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Émile Tremblay", "ÉT", "Verified mechanic", "Automotive Service Technician",
				"Red Seal (interprovincial)", "Electrical systems", "Engine diagnostics", "Toyota", "French",
				"Ontario · M6H", "5.0", "Found the seized caliper over chat in ten minutes.", "Honda Civic", "Queen West Auto",
				"Toronto, Ontario", "Request a consultation", "href=\"/customer/consultations/new\"");
		assertThat(html).contains("<meta property=\"og:title\" content=\"Émile Tremblay · Verified mechanic\">",
				"<meta property=\"og:type\" content=\"profile\">", "<meta name=\"twitter:card\" content=\"summary\">",
				"<meta property=\"og:url\" content=\"http://localhost:8080" + path + "\">",
				"<link rel=\"canonical\" href=\"http://localhost:8080" + path + "\">");
		assertThat(html).as("no private data on the public page")
			.doesNotContain(mechanic.email(), "M6H 2N4", "9876543210", "ON-310S-44821", "CGL-4471-0925",
					ProfileScenario.WORKSHOP_STREET, "416-555-0142", "416-555-0199", customer.email(), "Sam Patel", "Sam P.");
		assertThat(html).as("a signed-out visitor may sign up as the mechanic's referral")
			.containsPattern("href=\"/signup/customer\\?ref=[A-Z0-9]{8}\"");

		mvc.perform(get("/mechanic/public/" + mechanic.id().value())).andExpect(status().isOk());
		mvc.perform(get("/mechanic/public/" + mechanic.id().value() + "-an-old-name")).andExpect(status().isOk());
	}

	@Test
	void anUnverifiedOrUnknownMechanicHasNoPublicProfile() throws Exception {
		var unverified = scenario.unverifiedMechanic("Kim Tran");
		mvc.perform(get("/mechanic/public/" + unverified.id().value() + "-kim-tran")).andExpect(status().isNotFound());
		mvc.perform(get("/mechanic/public/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/mechanic/public/not-a-mechanic")).andExpect(status().isNotFound());
		var api = scenario.api();
		assertThat(api.get("/api/public/mechanics/" + unverified.id().value(), null).status()).isEqualTo(404);
		assertThat(api.get("/api/public/mechanics/999999999", null).status()).isEqualTo(404);
	}

	@Test
	void theJsonProfileCarriesThePublicFieldsOnlyWithoutAToken() {
		var mechanic = scenario.verifiedMechanic("Alex Moreau");
		var reply = scenario.api().get("/api/public/mechanics/" + mechanic.id().value(), null);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		var json = reply.json();
		assertThat(json.get("name").asString()).isEqualTo("Alex Moreau");
		assertThat(json.get("url").asString()).isEqualTo("http://localhost:8080/mechanic/public/" + mechanic.id().value() + "-alex-moreau");
		assertThat(json.get("serviceArea").get("province").asString()).isEqualTo("Ontario");
		assertThat(json.get("serviceArea").get("fsa").asString()).isEqualTo("M6H");
		assertThat(json.get("certifications").get(0).get("trade").asString()).isEqualTo("Automotive Service Technician");
		assertThat(json.get("specialties").toString()).contains("Electrical systems");
		assertThat(json.get("averageRating").isNull()).isTrue();
		assertThat(reply.body()).doesNotContain(mechanic.email(), "M6H 2N4", "9876543210", "ON-310S-44821", "email", "phone");
	}

	@Test
	void aSignedInCustomerReachesTheConsultationRequestFromTheProfile() throws Exception {
		var mechanic = scenario.verifiedMechanic("Alex Moreau");
		var customer = scenario.customer("Jo Lee", null);
		Cookie session = logIn(customer.email());
		String html = mvc.perform(get("/mechanic/public/" + mechanic.id().value()).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Request a consultation").doesNotContain("Create a free account");
		mvc.perform(get("/customer/consultations/new").cookie(session)).andExpect(status().isOk());
	}

	private Cookie logIn(String email) throws Exception {
		var login = mvc.perform(post("/login").with(csrf()).param("email", email).param("password", ProfileScenario.PASSWORD))
			.andExpect(status().is3xxRedirection()).andReturn();
		return login.getResponse().getCookie("SESSION");
	}
}
