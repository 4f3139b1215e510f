package ca.mechanicplatform.revenue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/partnerships/revenue-splits/calculate over real HTTP: every model to the cent, and every refusal. */
@PlatformTest
class RevenueSplitApiTests {

	static final String CALCULATE = "/api/partnerships/revenue-splits/calculate";

	@LocalServerPort
	int port;

	Api api;
	String token;

	@BeforeEach
	void signedInCustomer() {
		api = new Api(port);
		String email = Unique.email("split-customer");
		api.post("/api/signup/customer", null, Map.of("name", "Sam Patel", "email", email, "password", "a-long-password",
				"postalCode", "M4W 1A8"));
		token = api.token(email, "a-long-password");
	}

	@Test
	void aVirtualConsultationUsesTheFifteenPercentRuleInForce() {
		JsonNode split = calculate(Map.of("model", "VIRTUAL_INDEPENDENT", "grossCents", 2500));
		assertThat(split.get("platformFeePercent").decimalValue()).isEqualByComparingTo("15");
		assertThat(cents(split)).containsExactly(2500L, 375L, 0L, 2125L);
		assertThat(split.get("lines").get(1).get("explanation").asString()).isEqualTo("Platform fee: 15% of $25.00 = $3.75.");
	}

	@Test
	void aWorkshopEmployeesConsultationUsesTheFivePercentRuleInForce() {
		assertThat(cents(calculate(Map.of("model", "EMPLOYEE_ON_SHIFT", "grossCents", 5000)))).containsExactly(5000L, 250L, 4750L, 0L);
		assertThat(cents(calculate(Map.of("model", "EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION", "grossCents", 5000))))
			.containsExactly(5000L, 250L, 0L, 4750L);
	}

	@Test
	void theNonCompeteDocumentsRevenueShareExampleComesOutToTheCent() {
		JsonNode split = calculate(Map.of("model", "EMPLOYEE_OFF_SHIFT_REVENUE_SHARE", "grossCents", 5000,
				"platformFeePercent", 5, "workshopSharePercent", 30));
		assertThat(cents(split)).containsExactly(5000L, 250L, 1425L, 3325L);
		assertThat(split.get("lines").get(3).get("explanation").asString()).isEqualTo("Workshop share: 30% of $47.50 = $14.25.");
	}

	@Test
	void partnershipJobsSplitByTheirProgramsTerms() {
		JsonNode bay = calculate(Map.of("model", "BAY_RENTAL", "grossCents", 40000, "bayFeeCents", 4000));
		assertThat(cents(bay)).containsExactly(40000L, 6000L, 4000L, 30000L);
		assertThat(bay.get("bayFeeCents").asLong()).isEqualTo(4000);
		assertThat(bay.get("lines").get(4).get("step").asString()).isEqualTo("BAY_FEE");

		JsonNode share = calculate(Map.of("model", "REVENUE_SHARE", "grossCents", 40000, "workshopSharePercent", 25));
		assertThat(cents(share)).containsExactly(40000L, 6000L, 8500L, 25500L);

		JsonNode membership = calculate(Map.of("model", "MEMBERSHIP", "grossCents", 12345, "workshopSharePercent", "12.5",
				"platformFeePercent", "7.25"));
		// 7.25% of $123.45 = $8.95 (8.950125); 12.5% of $114.50 = $14.31 (14.3125); the mechanic gets $100.19.
		assertThat(cents(membership)).containsExactly(12345L, 895L, 1431L, 10019L);
	}

	@Test
	void anUnknownModelIsABadRequest() {
		var reply = api.post(CALCULATE, token, Map.of("model", "FRANCHISE", "grossCents", 5000));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.contentType()).startsWith("application/problem+json");
		assertThat(errors(reply.json())).containsKey("model");
		assertThat(errors(reply.json()).get("model")).contains("BAY_RENTAL");
	}

	@Test
	void aNegativeOrMissingGrossIsABadRequest() {
		assertThat(errors(api.post(CALCULATE, token, Map.of("model", "VIRTUAL_INDEPENDENT", "grossCents", -1)).json()))
			.containsKey("grossCents");
		var missing = api.post(CALCULATE, token, Map.of("model", "VIRTUAL_INDEPENDENT"));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(errors(missing.json()).get("grossCents")).contains("Enter what the customer pays");
	}

	@Test
	void percentagesOutsideTheirLimitsAreBadRequests() {
		var tooHighShare = api.post(CALCULATE, token, Map.of("model", "EMPLOYEE_OFF_SHIFT_REVENUE_SHARE", "grossCents", 5000,
				"workshopSharePercent", 45));
		assertThat(tooHighShare.status()).isEqualTo(400);
		assertThat(errors(tooHighShare.json()).get("workshopSharePercent")).contains("between 20% and 40%");

		var bad = api.post(CALCULATE, token, Map.of("model", "REVENUE_SHARE", "grossCents", 5000, "platformFeePercent", 120,
				"workshopSharePercent", "-3"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(errors(bad.json())).containsKeys("platformFeePercent", "workshopSharePercent");

		var fiveDecimals = api.post(CALCULATE, token, Map.of("model", "VIRTUAL_INDEPENDENT", "grossCents", 5000,
				"platformFeePercent", "12.34567"));
		assertThat(errors(fiveDecimals.json()).get("platformFeePercent")).contains("at most 4 decimal places");
	}

	@Test
	void figuresAModelDoesNotTakeAreRefusedRatherThanIgnored() {
		var reply = api.post(CALCULATE, token, Map.of("model", "VIRTUAL_INDEPENDENT", "grossCents", 5000,
				"workshopSharePercent", 30, "bayFeeCents", 100));
		assertThat(errors(reply.json())).containsKeys("workshopSharePercent", "bayFeeCents");
		var noBayFee = api.post(CALCULATE, token, Map.of("model", "BAY_RENTAL", "grossCents", 5000));
		assertThat(errors(noBayFee.json())).containsKey("bayFeeCents");
		var tooBig = api.post(CALCULATE, token, Map.of("model", "BAY_RENTAL", "grossCents", 10000, "bayFeeCents", 9000));
		assertThat(errors(tooBig.json()).get("bayFeeCents")).contains("$85.00");
	}

	@Test
	void withoutATokenTheCalculatorAnswers401() {
		assertThat(api.post(CALCULATE, null, Map.of("model", "VIRTUAL_INDEPENDENT", "grossCents", 2500)).status()).isEqualTo(401);
	}

	private JsonNode calculate(Map<String, Object> request) {
		var reply = api.post(CALCULATE, token, request);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		JsonNode split = reply.json();
		assertThat(split.get("platformFeeCents").asLong() + split.get("workshopCents").asLong() + split.get("mechanicCents").asLong())
			.as("the parts sum to the gross").isEqualTo(split.get("grossCents").asLong());
		return split;
	}

	private static java.util.List<Long> cents(JsonNode split) {
		return java.util.List.of(split.get("grossCents").asLong(), split.get("platformFeeCents").asLong(),
				split.get("workshopCents").asLong(), split.get("mechanicCents").asLong());
	}

	static Map<String, String> errors(JsonNode problem) {
		Map<String, String> errors = new HashMap<>();
		problem.get("errors").forEach(e -> errors.put(e.get("field").asString(), e.get("message").asString()));
		return errors;
	}
}
