package ca.mechanicplatform.mechanics;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Onboard.SignedUp;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The onboarding, document and verification pages: forms, uploads, CSRF, roles and other people's documents. */
@PlatformTest
class OnboardingPageTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Onboard onboard;

	@BeforeEach
	void helpers() {
		onboard = new Onboard(port);
	}

	@Test
	void onboardingWaitsForATierAndTheDashboardLeadsToIt() throws Exception {
		SignedUp mechanic = onboard.signUp("page-tier", "Casey Wu", "M5V 3L9");
		Cookie session = logIn(mechanic.email(), Onboard.PASSWORD);
		mvc.perform(get("/mechanic/dashboard").cookie(session))
			.andExpect(content().string(containsString("Choose your service tier")));
		mvc.perform(get("/mechanic/onboarding/virtual-only").cookie(session))
			.andExpect(redirectedUrl("/mechanic/onboarding/service-tier"));
		mvc.perform(post("/mechanic/onboarding/service-tier").with(csrf()).cookie(session).param("serviceTier", "LICENSED_MOBILE"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("is not available yet")));
		mvc.perform(post("/mechanic/onboarding/service-tier").with(csrf()).cookie(session).param("serviceTier", "VIRTUAL_ONLY"))
			.andExpect(redirectedUrl("/mechanic/onboarding/virtual-only"));
		mvc.perform(get("/mechanic/dashboard").cookie(session))
			.andExpect(content().string(containsString("Open virtual dashboard")));
	}

	@Test
	void aCertificateUploadedThroughTheFormNeedsItsCsrfTokenAndAGenuineFile() throws Exception {
		SignedUp mechanic = onboard.signUp("page-upload", "Lee Park", "M5V 3L9");
		onboard.chooseVirtualOnly(mechanic);
		Cookie session = logIn(mechanic.email(), Onboard.PASSWORD);
		long before = certifications(mechanic);

		mvc.perform(certificate(new MockMultipartFile("document", "red-seal.pdf", "application/pdf", SampleFiles.pdf())).cookie(session))
			.andExpect(status().isForbidden());
		mvc.perform(certificate(new MockMultipartFile("document", "red-seal.pdf", "application/pdf", SampleFiles.text()))
				.with(csrf()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not a PDF, JPEG or PNG")))
			.andExpect(content().string(containsString("value=\"ON-310S-44821\"")));
		assertThat(certifications(mechanic)).isEqualTo(before);

		mvc.perform(certificate(new MockMultipartFile("document", "red-seal.pdf", "application/pdf", SampleFiles.pdf()))
				.with(csrf()).cookie(session))
			.andExpect(redirectedUrl("/mechanic/onboarding/virtual-only?step=background-check"));
		assertThat(certifications(mechanic)).isEqualTo(before + 1);
	}

	@Test
	void aDocumentLinkOpensOnlyForItsOwnerAndOperators() throws Exception {
		SignedUp owner = onboard.signUp("page-doc-owner", "Riley Hart", "M5V 3L9");
		SignedUp other = onboard.signUp("page-doc-other", "Taylor Quinn", "M5V 3L9");
		onboard.chooseVirtualOnly(owner);
		onboard.certificate(owner);
		long document = jdbc.sql("""
				SELECT c.document_id FROM mechanic_certifications c JOIN mechanics m ON m.id = c.mechanic_id
				JOIN users u ON u.id = m.user_id WHERE u.email = ?""").param(owner.email()).query(Long.class).single();

		mvc.perform(get("/documents/" + document).cookie(logIn(owner.email(), Onboard.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/documents/" + document).cookie(logIn(other.email(), Onboard.PASSWORD)).accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/documents/" + document).cookie(logIn(Onboard.OPERATOR, Onboard.OPERATOR_PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void onlyOperatorsSeeTheVerificationQueueAndDecideFromIt() throws Exception {
		SignedUp mechanic = onboard.signUp("page-queue", "Jamie Ortiz", "M6H 2N4");
		long certification = onboard.submitted(mechanic);
		Cookie mechanicSession = logIn(mechanic.email(), Onboard.PASSWORD);
		mvc.perform(get("/admin/verifications").cookie(mechanicSession)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/verifications/certifications/" + certification + "/approve").with(csrf()).cookie(mechanicSession))
			.andExpect(status().isForbidden());

		Cookie operator = logIn(Onboard.OPERATOR, Onboard.OPERATOR_PASSWORD);
		mvc.perform(get("/admin/verifications").cookie(operator))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(mechanic.email())))
			.andExpect(content().string(containsString("24")));
		mvc.perform(post("/admin/verifications/certifications/" + certification + "/reject").with(csrf()).cookie(operator)
				.param("reason", ""))
			.andExpect(redirectedUrl("/admin/verifications"));
		assertThat(statusOf(certification)).as("a rejection without a reason changes nothing").isEqualTo("PENDING");
		mvc.perform(post("/admin/verifications/certifications/" + certification + "/approve").with(csrf()).cookie(operator))
			.andExpect(redirectedUrl("/admin/verifications"));
		assertThat(statusOf(certification)).isEqualTo("APPROVED");
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder certificate(MockMultipartFile file) {
		return multipart("/mechanic/onboarding/virtual-only/certification").file(file).param("credential", "RED_SEAL")
			.param("trade", "AUTOMOTIVE_SERVICE_TECHNICIAN").param("certificateNumber", "ON-310S-44821")
			.param("issuingProvince", "ON").param("expiresOn", LocalDate.now().plusYears(2).toString());
	}

	private long certifications(SignedUp mechanic) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM mechanic_certifications c JOIN mechanics m ON m.id = c.mechanic_id
				JOIN users u ON u.id = m.user_id WHERE u.email = ?""").param(mechanic.email()).query(Long.class).single();
	}

	private String statusOf(long certification) {
		return jdbc.sql("SELECT status FROM mechanic_certifications WHERE id = ?").param(certification).query(String.class).single();
	}

	private Cookie logIn(String email, String password) throws Exception {
		return mvc.perform(formLogin("/login").user("email", email).password(password)).andReturn().getResponse()
			.getCookie("SESSION");
	}
}
