package ca.mechanicplatform.workshops;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Onboard.SignedUp;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The workshop's settings and employee pages: field messages, and no reach into another workshop or role. */
@PlatformTest
class WorkshopPageTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port);
	}

	@Test
	void anotherWorkshopsBayAndEmployeeAreNotFoundFromThePagesAndStayUnchanged() throws Exception {
		String owner = workshop("page-owner");
		String stranger = workshop("page-stranger");
		long bay = api.post("/api/workshop/bays", api.token(owner, Onboard.PASSWORD), Map.of("name", "Bay 1", "type", "LIFT"))
			.json().get("id").asLong();
		Cookie session = logIn(stranger);
		mvc.perform(post("/workshop/bays/" + bay).with(csrf()).cookie(session).param("name", "Stolen").param("type", "GENERAL")
				.accept("text/html"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/workshop/bays/" + bay + "/active").with(csrf()).cookie(session).param("active", "false")
				.accept("text/html"))
			.andExpect(status().isNotFound());
		assertThat(jdbc.sql("SELECT name || ':' || active FROM workshop_bays WHERE id = ?").param(bay).query(String.class).single())
			.isIn("Bay 1:true", "Bay 1:TRUE");

		SignedUp employee = new Onboard(port).signUp("page-employee", "Lou Grant", "L5B 3C2");
		String ownerToken = api.token(owner, Onboard.PASSWORD);
		api.post("/api/workshop/employees/invitations", ownerToken, Map.of("email", employee.email()));
		String token = api.get("/api/mechanic/invitations", employee.token()).json().get(0).get("token").asString();
		api.post("/api/mechanic/invitations/" + token + "/accept", employee.token(), Map.of());
		long mechanicId = api.get("/api/mechanic/profile", employee.token()).json().get("id").asLong();
		mvc.perform(post("/workshop/employees/" + mechanicId + "/clock-in").with(csrf()).cookie(session).accept("text/html"))
			.andExpect(status().isNotFound());
		assertThat(api.get("/api/mechanic/profile", employee.token()).json().get("clockedInByAdmin").asBoolean()).isFalse();
	}

	@Test
	void settingsFormsShowFieldMessagesAndKeepWhatWasTyped() throws Exception {
		Cookie session = logIn(workshop("page-forms"));
		mvc.perform(post("/workshop/profile").with(csrf()).cookie(session).param("workshopName", "Lakehead Auto")
				.param("streetAddress", "1 Red River Rd").param("city", "Thunder Bay").param("province", "ON")
				.param("postalCode", "W1A 1A1").param("timeZone", "Mars/Olympus_Mons"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("never start with W or Z")))
			.andExpect(content().string(containsString("is not a Canadian IANA time zone")))
			.andExpect(content().string(containsString("value=\"Lakehead Auto\"")));
		mvc.perform(post("/workshop/hours").with(csrf()).cookie(session).param("open-MONDAY", "on").param("opens-MONDAY", "18:00")
				.param("closes-MONDAY", "08:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("closing time must be after the opening time")));
		mvc.perform(post("/workshop/employees/policy").with(csrf()).cookie(session).param("allowEmployeeLocalFreelance", "true")
				.param("employeeRevenueSharePct", "50"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("from 20 to 40")));
		mvc.perform(post("/workshop/bays").with(csrf()).cookie(session).param("name", "Bay 1").param("type", "LIFT"))
			.andExpect(redirectedUrl("/workshop/bays"));
		mvc.perform(get("/workshop/dashboard").cookie(session))
			.andExpect(content().string(containsString("Manage bays")));
	}

	@Test
	void onlyTheEmployeesWorkshopCanEndTheirRevenueShareRequestFromThePagesAndTheEmployeeCanWithdrawItOnce() throws Exception {
		String owner = workshop("page-revshare-owner");
		String ownerToken = api.token(owner, Onboard.PASSWORD);
		api.put("/api/workshop/off-shift-policy", ownerToken, Map.of("allowEmployeeLocalFreelance", true, "employeeRevenueSharePct", 30));
		SignedUp employee = new Onboard(port).signUp("page-revshare-employee", "Lou Grant", "L5B 3C2");
		api.post("/api/workshop/employees/invitations", ownerToken, Map.of("email", employee.email()));
		String token = api.get("/api/mechanic/invitations", employee.token()).json().get(0).get("token").asString();
		api.post("/api/mechanic/invitations/" + token + "/accept", employee.token(), Map.of());
		long mechanicId = api.get("/api/mechanic/profile", employee.token()).json().get("id").asLong();
		Cookie employeeSession = logIn(employee.email());
		mvc.perform(post("/mechanic/off-shift/revenue-share-agreement").with(csrf()).cookie(employeeSession))
			.andExpect(status().is3xxRedirection());
		assertThat(api.get("/api/mechanic/off-shift/revenue-share-agreement", employee.token()).json().get("agreement").get("status")
			.asString()).isEqualTo("REQUESTED");
		mvc.perform(get("/workshop/employees").cookie(logIn(owner)))
			.andExpect(content().string(containsString("Waiting for signatures")));

		mvc.perform(post("/workshop/employees/" + mechanicId + "/revenue-share-agreement/end").with(csrf())
				.cookie(logIn(workshop("page-revshare-stranger"))).accept("text/html"))
			.andExpect(status().isNotFound());
		assertThat(api.get("/api/mechanic/off-shift/revenue-share-agreement", employee.token()).json().get("agreement").get("status")
			.asString()).isEqualTo("REQUESTED");

		mvc.perform(post("/mechanic/off-shift/revenue-share-agreement/end").with(csrf()).cookie(employeeSession))
			.andExpect(redirectedUrl("/mechanic/off-shift"));
		assertThat(api.get("/api/mechanic/off-shift/revenue-share-agreement", employee.token()).json().get("agreement").get("status")
			.asString()).isEqualTo("ENDED");
		mvc.perform(get("/mechanic/off-shift").cookie(employeeSession))
			.andExpect(content().string(containsString("Request revenue-share agreement")));
		assertThat(api.delete("/api/mechanic/off-shift/revenue-share-agreement", employee.token()).status()).isEqualTo(409);
	}

	@Test
	void mechanicsCannotOpenWorkshopPagesAndWorkshopsCannotOpenMechanicPages() throws Exception {
		SignedUp mechanic = new Onboard(port).signUp("page-role", "Bo Reed", "M5V 3L9");
		Cookie mechanicSession = mvc.perform(formLogin("/login").user("email", mechanic.email())
				.password(Onboard.PASSWORD)).andReturn().getResponse().getCookie("SESSION");
		mvc.perform(get("/workshop/employees").cookie(mechanicSession)).andExpect(status().isForbidden());
		mvc.perform(post("/workshop/bays").with(csrf()).cookie(mechanicSession).param("name", "x").param("type", "LIFT"))
			.andExpect(status().isForbidden());
		Cookie workshopSession = logIn(workshop("page-role-workshop"));
		mvc.perform(get("/mechanic/invitations").cookie(workshopSession)).andExpect(status().isForbidden());
		mvc.perform(get("/mechanic/off-shift").cookie(workshopSession)).andExpect(status().isForbidden());
	}

	private String workshop(String who) {
		String email = Unique.email(who);
		var form = new HashMap<String, Object>(Map.of("name", "Morgan Chen", "email", email, "password", Onboard.PASSWORD,
				"workshopName", "AutoFix " + who, "streetAddress", "450 King St W", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4", "timeZone", "America/Toronto"));
		assertThat(api.post("/api/signup/workshop", null, form).status()).isEqualTo(201);
		return email;
	}

	private Cookie logIn(String email) throws Exception {
		return mvc.perform(formLogin("/login").user("email", email).password(Onboard.PASSWORD)).andReturn().getResponse()
			.getCookie("SESSION");
	}
}
