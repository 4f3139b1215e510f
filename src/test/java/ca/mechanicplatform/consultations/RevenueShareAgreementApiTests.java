package ca.mechanicplatform.consultations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.consultations.ConsultationScenario.MechanicAccount;
import ca.mechanicplatform.consultations.ConsultationScenario.Person;
import ca.mechanicplatform.consultations.ConsultationScenario.WorkshopAccount;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.ConsultationPrices;
import ca.mechanicplatform.revenue.PriceListForm;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.Split;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import tools.jackson.databind.JsonNode;

import static ca.mechanicplatform.consultations.ConsultationScenario.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The employee's off-shift revenue-share agreement end to end over the API: requested from the off-shift panel's API,
 * signed by both through the agreements API, in force at the percentage signed, ended by either side. The non-compete
 * document's Toronto scenario with real FSAs: the Toronto workshop (M5V) and its employee living in Mississauga, with
 * customers in Vancouver (V6B), Montreal (H3B), Calgary (T2P), Toronto (M4W) and Mississauga (L5B).
 */
@PlatformTest
class RevenueShareAgreementApiTests {

	static final String PATH = "/api/mechanic/off-shift/revenue-share-agreement";

	@LocalServerPort
	int port;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ConsultationPrices prices;

	@Autowired
	Revenue revenue;

	Api api;
	ConsultationScenario scenario;
	WorkshopAccount toronto;
	MechanicAccount employee;

	@BeforeEach
	void torontoWorkshopAndItsEmployee() {
		api = new Api(port);
		scenario = new ConsultationScenario(api, mechanics, accounts, jdbc);
		toronto = scenario.workshopAccount("AutoFix Toronto", "M5V 1K4", "ON");
		employee = scenario.employee(toronto.id(), "L5B 3C2");
	}

	@AfterEach
	void backToTheDefaultPrices() {
		prices.update(operator(), new PriceListForm("15.00", "35.00"));
	}

	@Test
	void theTorontoEmployeeSeesOnlyDistantCustomersUntilBothSignAtThirtyPercentThenSeesAllAndEarnsThirtyThreeTwentyFiveOfFifty() {
		prices.update(operator(), new PriceListForm("50.00", "35.00"));
		Person customer = scenario.customer("M4W 1A8");
		long vancouver = scenario.request(customer, "V6B 2W9");
		long montreal = scenario.request(customer, "H3B 4W5");
		long calgary = scenario.request(customer, "T2P 2M5");
		long torontoCustomer = scenario.request(customer, "M4W 1A8");
		long mississauga = scenario.request(customer, "L5B 1M2");

		var before = scenario.feed(employee);
		assertThat(before.get("access").get("revenueMode").asString()).isEqualTo("EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION");
		assertThat(ids(before)).contains(vancouver, montreal, calgary).doesNotContain(torontoCustomer, mississauga);

		policy(true, 30);
		long agreementId = requestAndSign();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
			assertThat(status().get("offShiftMode").asString()).isEqualTo("revenue_share"));
		var status = status();
		assertThat(status.get("revenueSharePercent").asInt()).isEqualTo(30);
		assertThat(status.get("agreement").get("status").asString()).isEqualTo("ACTIVE");
		assertThat(status.get("agreement").get("agreementId").asLong()).isEqualTo(agreementId);
		assertThat(status.get("canRequest").asBoolean()).isFalse();

		policy(true, 40);
		assertThat(status().get("revenueSharePercent").asInt()).as("a signed agreement keeps the percentage signed").isEqualTo(30);

		var after = scenario.feed(employee);
		assertThat(after.get("access").get("revenueMode").asString()).isEqualTo("EMPLOYEE_OFF_SHIFT_REVENUE_SHARE");
		assertThat(after.get("access").get("workshopSharePercent").asInt()).isEqualTo(30);
		assertThat(ids(after)).contains(vancouver, montreal, calgary, torontoCustomer, mississauga);

		var accepted = api.post("/api/mechanic/sessions/virtual/" + torontoCustomer + "/accept", employee.token(), Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(accepted.json().get("revenueMode").asString()).isEqualTo("EMPLOYEE_OFF_SHIFT_REVENUE_SHARE");
		assertThat(accepted.json().get("workshopSharePercent").asInt()).isEqualTo(30);
		var completed = api.post("/api/mechanic/sessions/virtual/" + torontoCustomer + "/complete", employee.token(), Map.of());
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		Split split = revenue.sale("consultation:" + torontoCustomer).orElseThrow().split();
		assertThat(split.grossCents()).isEqualTo(5000);
		assertThat(split.platformFeeCents()).isEqualTo(250);
		assertThat(split.workshopCents()).isEqualTo(1425);
		assertThat(split.mechanicCents()).isEqualTo(3325);
		assertThat(revenue.balance(employee.id())).isEqualTo(Money.ofCents(3325));
		assertThat(revenue.balance(toronto.id())).isEqualTo(Money.ofCents(1425));

		var ended = api.delete(PATH, employee.token());
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(ended.json().get("endedBy").asString()).isEqualTo("Employee");
		assertThat(status().get("offShiftMode").asString()).isEqualTo("local_exclusion");
		assertThat(ids(scenario.feed(employee))).contains(vancouver, montreal, calgary).doesNotContain(mississauga);
		assertThat(api.delete(PATH, employee.token()).status()).as("ending twice").isEqualTo(409);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE subject = ?").param("revenue-share-agreements/" + ended.json().get("id").asLong())
			.query(Long.class).single()).as("requested, activated, ended").isEqualTo(3);
	}

	@Test
	void aRequestIsRefusedWhenTheWorkshopDoesNotAllowLocalFreelancingOrTheMechanicIsNoEmployee() {
		var refused = api.post(PATH, employee.token(), Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("does not allow local freelancing");
		assertThat(status().get("canRequest").asBoolean()).isFalse();

		var independent = scenario.mechanic("Jordan Blake", "T2P 2M5");
		var notEmployee = api.post(PATH, independent.token(), Map.of());
		assertThat(notEmployee.status()).isEqualTo(409);
		assertThat(notEmployee.json().get("detail").asString()).contains("Only a workshop employee");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM employee_revenue_share_agreements WHERE mechanic_id IN (?, ?)")
			.params(employee.id().value(), independent.id().value()).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM agreements WHERE kind = 'EMPLOYEE_REVENUE_SHARE' AND first_signer_user_id = ?")
			.param(accounts.findByEmail(employee.email()).orElseThrow().id().value()).query(Long.class).single()).isZero();
	}

	@Test
	void aSecondRequestIsAConflictEvenWhenSentConcurrently() throws Exception {
		policy(true, 25);
		var pool = Executors.newFixedThreadPool(6);
		var start = new CountDownLatch(1);
		List<Future<Integer>> replies = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Callable<Integer> call = () -> {
				start.await();
				return api.post(PATH, employee.token(), Map.of()).status();
			};
			replies.add(pool.submit(call));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> reply : replies) {
			statuses.add(reply.get());
		}
		pool.shutdown();
		assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
		assertThat(api.post(PATH, employee.token(), Map.of()).status()).isEqualTo(409);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM employee_revenue_share_agreements WHERE mechanic_id = ?")
			.param(employee.id().value()).query(Long.class).single()).isEqualTo(1);
		assertThat(status().get("agreement").get("sharePercent").asInt()).isEqualTo(25);
		assertThat(status().get("agreement").get("awaiting").asString()).isEqualTo("EMPLOYEE");
	}

	@Test
	void theWorkshopEndsAnActiveAgreementAndAnotherWorkshopCannot() {
		policy(true, 30);
		requestAndSign();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
			assertThat(status().get("offShiftMode").asString()).isEqualTo("revenue_share"));
		var listed = api.get("/api/workshop/employees/revenue-share-agreements", toronto.token());
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().get(0).get("mechanicId").asLong()).isEqualTo(employee.id().value());
		assertThat(listed.json().get(0).get("status").asString()).isEqualTo("ACTIVE");

		var other = scenario.workshopAccount("Other Garage", "V6B 2W9", "BC");
		String endPath = "/api/workshop/employees/" + employee.id().value() + "/revenue-share-agreement/end";
		assertThat(api.post(endPath, other.token(), Map.of()).status()).as("not their employee").isEqualTo(404);
		assertThat(api.get("/api/workshop/employees/revenue-share-agreements", other.token()).json().size()).isZero();
		assertThat(api.post(endPath, employee.token(), Map.of()).status()).as("a mechanic is no workshop admin").isEqualTo(403);
		assertThat(status().get("offShiftMode").asString()).isEqualTo("revenue_share");

		var ended = api.post(endPath, toronto.token(), Map.of());
		assertThat(ended.status()).as(ended.body()).isEqualTo(200);
		assertThat(ended.json().get("status").asString()).isEqualTo("ENDED");
		assertThat(ended.json().get("endedBy").asString()).isEqualTo("Workshop");
		assertThat(status().get("offShiftMode").asString()).isEqualTo("local_exclusion");
		assertThat(status().get("revenueSharePercent").asInt()).isZero();
		assertThat(api.post(endPath, toronto.token(), Map.of()).status()).as("ending twice").isEqualTo(409);
		assertThat(api.post(PATH, employee.token(), Map.of()).status()).as("a new request after the end").isEqualTo(201);
	}

	@Test
	void endingBeforeBothSignedWithdrawsTheDocumentAndAPolicyChangeWithdrawsPendingRequests() {
		policy(true, 30);
		long first = api.post(PATH, employee.token(), Map.of()).json().get("agreementId").asLong();
		var declined = api.post("/api/workshop/employees/" + employee.id().value() + "/revenue-share-agreement/end", toronto.token(), Map.of());
		assertThat(declined.status()).isEqualTo(200);
		assertThat(api.get("/api/agreements/" + first, employee.token()).json().get("status").asString()).isEqualTo("VOID");
		assertThat(sign(first, employee.token(), "Mike Johnson").status()).as("a withdrawn document cannot be signed").isEqualTo(409);

		var second = api.post(PATH, employee.token(), Map.of());
		assertThat(second.status()).isEqualTo(201);
		long secondAgreement = second.json().get("agreementId").asLong();
		assertThat(sign(secondAgreement, employee.token(), "Mike Johnson").status()).isEqualTo(200);
		policy(true, 35);
		assertThat(api.get("/api/agreements/" + secondAgreement, employee.token()).json().get("status").asString()).isEqualTo("VOID");
		assertThat(status().get("agreement").get("status").asString()).isEqualTo("ENDED");
		assertThat(sign(secondAgreement, toronto.token(), "Morgan Chen").status()).isEqualTo(409);
		assertThat(status().get("offShiftMode").asString()).isEqualTo("local_exclusion");
		assertThat(api.post(PATH, employee.token(), Map.of()).json().get("sharePercent").asInt()).isEqualTo(35);
	}

	/** The employee requests, then signs first and the workshop second; returns the agreement's id. */
	private long requestAndSign() {
		var requested = api.post(PATH, employee.token(), Map.of());
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
		assertThat(api.post(PATH, employee.token(), Map.of()).status()).as("a double request").isEqualTo(409);
		long agreementId = requested.json().get("agreementId").asLong();
		assertThat(sign(agreementId, toronto.token(), "Morgan Chen").status()).as("the employee signs first").isEqualTo(409);
		assertThat(sign(agreementId, employee.token(), "Mike Johnson").status()).isEqualTo(200);
		assertThat(status().get("agreement").get("awaiting").asString()).isEqualTo("WORKSHOP");
		assertThat(status().get("offShiftMode").asString()).as("not before both signed").isEqualTo("local_exclusion");
		var signed = sign(agreementId, toronto.token(), "Morgan Chen");
		assertThat(signed.status()).as(signed.body()).isEqualTo(200);
		assertThat(signed.json().get("status").asString()).isEqualTo("COMPLETED");
		return agreementId;
	}

	private Api.Reply sign(long agreementId, String token, String name) {
		String hash = api.get("/api/agreements/" + agreementId, token).json().get("documentSha256").asString();
		return api.post("/api/agreements/" + agreementId + "/signatures", token,
				Map.of("typedName", name, "consent", true, "documentSha256", hash));
	}

	private void policy(boolean allow, int share) {
		var saved = api.put("/api/workshop/off-shift-policy", toronto.token(),
				Map.of("allowEmployeeLocalFreelance", allow, "employeeRevenueSharePct", share));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
	}

	private JsonNode status() {
		var reply = api.get(PATH, employee.token());
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}

	private ca.mechanicplatform.kernel.UserId operator() {
		return accounts.findByEmail("operator@test.local").orElseThrow().id();
	}
}
