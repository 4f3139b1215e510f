package ca.mechanicplatform.workshops;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.Onboard.SignedUp;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.TestMailServer;
import ca.mechanicplatform.testing.Unique;

import static ca.mechanicplatform.workshops.WorkshopSetupApiTests.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Employees of a workshop over the API: invitations, acceptance, clocking in and out, and who may do what. */
@PlatformTest
class EmployeesApiTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	Onboard onboard;

	@BeforeEach
	void client() {
		api = new Api(port);
		onboard = new Onboard(port);
	}

	@Test
	void aWorkshopInvitesAMechanicWhoAcceptsAndIsClockedInAndOut() {
		String workshop = workshop("employer");
		SignedUp mechanic = onboard.verified("hired", "Mike Johnson");

		var invited = api.post("/api/workshop/employees/invitations", workshop, Map.of("email", " " + mechanic.email().toUpperCase() + " "));
		assertThat(invited.status()).isEqualTo(201);
		assertThat(invited.json().get("email").asString()).isEqualTo(mechanic.email());
		assertThat(invited.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(api.post("/api/workshop/employees/invitations", workshop, Map.of("email", mechanic.email())).status())
			.as("one pending invitation per address").isEqualTo(409);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(TestMailServer.to(mechanic.email()))
			.anyMatch(mail -> mail.subject().equals("AutoFix employer invites you to join as an employee")
					&& mail.body().contains("/mechanic/invitations")));

		var mine = api.get("/api/mechanic/invitations", mechanic.token()).json();
		assertThat(mine.size()).isEqualTo(1);
		assertThat(mine.get(0).get("workshopName").asString()).isEqualTo("AutoFix employer");
		String token = mine.get(0).get("token").asString();
		var accepted = api.post("/api/mechanic/invitations/" + token + "/accept", mechanic.token(), Map.of());
		assertThat(accepted.status()).isEqualTo(200);
		assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
		var profile = api.get("/api/mechanic/profile", mechanic.token()).json();
		assertThat(profile.get("mechanicType").asString()).isEqualTo("WORKSHOP_EMPLOYEE");
		assertThat(profile.get("offShiftMode").asString()).isEqualTo("local_exclusion");

		assertThat(api.get("/api/notifications", workshop).json().get("notifications").get(0).get("subject").asString())
			.isEqualTo("Mike Johnson joined AutoFix employer as an employee");

		long id = profile.get("id").asLong();
		var employees = api.get("/api/workshop/employees", workshop).json();
		assertThat(employees.get("employees").get(0).get("status").asString()).isEqualTo("OFF_SHIFT");
		assertThat(employees.get("invitations").get(0).get("status").asString()).isEqualTo("ACCEPTED");

		var onShift = api.post("/api/workshop/employees/" + id + "/clock-in", workshop, Map.of());
		assertThat(onShift.status()).isEqualTo(200);
		assertThat(onShift.json().get("clockedInByAdmin").asBoolean()).isTrue();
		assertThat(onShift.json().get("onShiftSince").isNull()).isFalse();
		assertThat(api.post("/api/workshop/employees/" + id + "/clock-in", workshop, Map.of()).status()).isEqualTo(409);
		var toggle = api.put("/api/mechanic/profile/availability", mechanic.token(), Map.of("available", false));
		assertThat(toggle.status()).as("turning availability off is always allowed").isEqualTo(200);
		var refused = api.put("/api/mechanic/profile/availability", mechanic.token(), Map.of("available", true));
		assertThat(refused.status()).as("on shift, the workshop's clock decides").isEqualTo(409);

		var offShift = api.post("/api/workshop/employees/" + id + "/clock-out", workshop, Map.of());
		assertThat(offShift.status()).isEqualTo(200);
		assertThat(offShift.json().get("status").asString()).isEqualTo("OFF_SHIFT");
		assertThat(offShift.json().get("lastClockedOut").isNull()).isFalse();
		assertThat(api.post("/api/workshop/employees/" + id + "/clock-out", workshop, Map.of()).status()).isEqualTo(409);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM mechanic_shifts WHERE mechanic_id = ? AND clocked_out_at IS NOT NULL")
			.param(id).query(Long.class).single()).isEqualTo(1L);

		var available = api.put("/api/mechanic/profile/availability", mechanic.token(), Map.of("available", true));
		assertThat(available.status()).as("off shift, the employee decides").isEqualTo(200);
		assertThat(available.json().get("available").asBoolean()).isTrue();
	}

	@Test
	void clockingInSomeoneElsesEmployeeOrAnIndependentMechanicIsNotFound() {
		String employer = workshop("real-employer");
		String stranger = workshop("stranger");
		SignedUp employee = onboard.signUp("employee", "Lou Grant", "L5B 3C2");
		SignedUp independent = onboard.signUp("independent", "Ida Free", "L5B 3C2");
		hire(employer, employee);
		long employeeId = id(employee);

		assertThat(api.post("/api/workshop/employees/" + employeeId + "/clock-in", stranger, Map.of()).status()).isEqualTo(404);
		assertThat(api.post("/api/workshop/employees/" + id(independent) + "/clock-in", employer, Map.of()).status()).isEqualTo(404);
		assertThat(api.post("/api/workshop/employees/99999999/clock-in", employer, Map.of()).status()).isEqualTo(404);
		assertThat(api.get("/api/mechanic/profile", employee.token()).json().get("clockedInByAdmin").asBoolean()).isFalse();
		assertThat(api.get("/api/workshop/employees", stranger).json().get("employees").size()).isZero();
	}

	@Test
	void anInvitationCanOnlyBeAnsweredByTheMechanicItIsAddressedTo() {
		String workshop = workshop("addressed");
		SignedUp invited = onboard.signUp("invited", "Nia Blue", "M5V 3L9");
		SignedUp other = onboard.signUp("interloper", "Otto Gray", "M5V 3L9");
		api.post("/api/workshop/employees/invitations", workshop, Map.of("email", invited.email()));
		String token = api.get("/api/mechanic/invitations", invited.token()).json().get(0).get("token").asString();

		assertThat(api.get("/api/mechanic/invitations", other.token()).json().size()).isZero();
		assertThat(api.post("/api/mechanic/invitations/" + token + "/accept", other.token(), Map.of()).status()).isEqualTo(404);
		assertThat(api.post("/api/mechanic/invitations/not-a-token/accept", invited.token(), Map.of()).status()).isEqualTo(404);
		assertThat(api.get("/api/mechanic/profile", other.token()).json().get("mechanicType").asString()).isEqualTo("INDEPENDENT");

		assertThat(api.post("/api/mechanic/invitations/" + token + "/decline", invited.token(), Map.of()).status()).isEqualTo(200);
		assertThat(api.post("/api/mechanic/invitations/" + token + "/accept", invited.token(), Map.of()).status())
			.as("a declined invitation stays declined").isEqualTo(409);
		assertThat(api.get("/api/mechanic/profile", invited.token()).json().get("mechanicType").asString()).isEqualTo("INDEPENDENT");
	}

	@Test
	void aWorkshopWithdrawsOnlyItsOwnPendingInvitations() {
		String workshop = workshop("withdraws");
		String stranger = workshop("not-mine");
		long id = api.post("/api/workshop/employees/invitations", workshop, Map.of("email", Unique.email("someone")))
			.json().get("id").asLong();
		assertThat(api.delete("/api/workshop/employees/invitations/" + id, stranger).status()).isEqualTo(404);
		var revoked = api.delete("/api/workshop/employees/invitations/" + id, workshop);
		assertThat(revoked.status()).isEqualTo(200);
		assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
		assertThat(api.delete("/api/workshop/employees/invitations/" + id, workshop).status()).isEqualTo(409);
		var bad = api.post("/api/workshop/employees/invitations", workshop, Map.of("email", "not-an-address"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad)).containsKey("email");
	}

	@Test
	void aMechanicEmployedElsewhereCannotAcceptASecondWorkshop() {
		String first = workshop("first");
		String second = workshop("second");
		SignedUp mechanic = onboard.signUp("loyal", "Remy Lake", "M5V 3L9");
		hire(first, mechanic);
		api.post("/api/workshop/employees/invitations", second, Map.of("email", mechanic.email()));
		String token = api.get("/api/mechanic/invitations", mechanic.token()).json().get(0).get("token").asString();
		var refused = api.post("/api/mechanic/invitations/" + token + "/accept", mechanic.token(), Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("one workshop at a time");
	}

	@Test
	void onlyWorkshopAdminsManageEmployeesAndOnlyMechanicsAnswerInvitations() {
		SignedUp mechanic = onboard.signUp("role", "Bo Reed", "M5V 3L9");
		String workshop = workshop("roles");
		assertThat(api.post("/api/workshop/employees/invitations", mechanic.token(), Map.of("email", mechanic.email())).status())
			.isEqualTo(403);
		assertThat(api.post("/api/workshop/employees/1/clock-in", mechanic.token(), Map.of()).status()).isEqualTo(403);
		assertThat(api.get("/api/mechanic/invitations", workshop).status()).isEqualTo(403);
	}

	private void hire(String workshop, SignedUp mechanic) {
		assertThat(api.post("/api/workshop/employees/invitations", workshop, Map.of("email", mechanic.email())).status()).isEqualTo(201);
		String token = api.get("/api/mechanic/invitations", mechanic.token()).json().get(0).get("token").asString();
		assertThat(api.post("/api/mechanic/invitations/" + token + "/accept", mechanic.token(), Map.of()).status()).isEqualTo(200);
	}

	private long id(SignedUp mechanic) {
		return api.get("/api/mechanic/profile", mechanic.token()).json().get("id").asLong();
	}

	private String workshop(String who) {
		String email = Unique.email(who);
		var form = new HashMap<String, Object>(Map.of("name", "Morgan Chen", "email", email, "password", Onboard.PASSWORD,
				"workshopName", "AutoFix " + who, "streetAddress", "450 King St W", "city", "Toronto", "province", "ON",
				"postalCode", "M5V 1K4", "timeZone", "America/Toronto"));
		assertThat(api.post("/api/signup/workshop", null, form).status()).isEqualTo(201);
		return api.token(email, Onboard.PASSWORD);
	}
}
