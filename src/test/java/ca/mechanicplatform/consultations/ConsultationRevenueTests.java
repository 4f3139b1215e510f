package ca.mechanicplatform.consultations;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.consultations.ConsultationScenario.MechanicAccount;
import ca.mechanicplatform.consultations.ConsultationScenario.Person;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.ConsultationPrices;
import ca.mechanicplatform.revenue.Payments;
import ca.mechanicplatform.revenue.PriceListForm;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.Split;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The money of a consultation through the revenue module: the payment captured at request, the sale recorded at
 * completion with the split of the mode recorded at acceptance (the non-compete document's $50 figures), refunds on
 * cancel and expiry.
 */
@PlatformTest
class ConsultationRevenueTests {

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
	Payments payments;

	@Autowired
	Revenue revenue;

	@Autowired
	Consultations consultations;

	Api api;
	ConsultationScenario scenario;
	WorkshopId toronto;
	MechanicAccount employee;
	Person customer;

	@BeforeEach
	void fiftyDollarChats() {
		api = new Api(port);
		scenario = new ConsultationScenario(api, mechanics, accounts, jdbc);
		prices.update(operator(), new PriceListForm("50.00", "35.00"));
		toronto = scenario.workshop("AutoFix Toronto", "M5V 1K4", "ON");
		employee = scenario.employee(toronto, "L5B 3C2");
		customer = scenario.customer("V6B 2W9");
	}

	@AfterEach
	void backToTheDefaultPrices() {
		prices.update(operator(), new PriceListForm("15.00", "35.00"));
	}

	@Test
	void onShiftTheWorkshopGetsFortySevenFiftyOfAFiftyDollarSession() {
		scenario.clockedIn(employee, true);
		Split split = serve(scenario.request(customer, null));
		assertThat(split.platformFeeCents()).isEqualTo(250);
		assertThat(split.workshopCents()).isEqualTo(4750);
		assertThat(split.mechanicCents()).isZero();
		assertThat(revenue.balance(toronto)).isEqualTo(Money.ofCents(4750));
	}

	@Test
	void offShiftInLocalExclusionTheMechanicGetsFortySevenFifty() {
		Split split = serve(scenario.request(customer, null));
		assertThat(split.platformFeeCents()).isEqualTo(250);
		assertThat(split.workshopCents()).isZero();
		assertThat(split.mechanicCents()).isEqualTo(4750);
		assertThat(revenue.balance(employee.id())).isEqualTo(Money.ofCents(4750));
	}

	@Test
	void offShiftWithAThirtyPercentRevenueShareTheWorkshopGetsFourteenTwentyFiveAndTheMechanicThirtyThreeTwentyFive() {
		scenario.offShiftMode(employee, "revenue_share");
		scenario.allowLocalFreelance(toronto, true, 30);
		Split split = serve(scenario.request(customer, "M4W 1A8"));
		assertThat(split.platformFeeCents()).isEqualTo(250);
		assertThat(split.workshopCents()).isEqualTo(1425);
		assertThat(split.mechanicCents()).isEqualTo(3325);
	}

	@Test
	void anIndependentMechanicsSaleUsesTheFifteenPercentConsultationFee() {
		MechanicAccount independent = scenario.mechanic("Alex Moreau", "M6H 2N4");
		long id = scenario.request(customer, null);
		assertThat(api.post("/api/mechanic/sessions/virtual/" + id + "/accept", independent.token(), Map.of()).status()).isEqualTo(200);
		assertThat(api.post("/api/mechanic/sessions/virtual/" + id + "/complete", independent.token(), Map.of()).status()).isEqualTo(200);
		Split split = revenue.sale("consultation:" + id).orElseThrow().split();
		assertThat(split.platformFeeCents()).isEqualTo(750);
		assertThat(split.mechanicCents()).isEqualTo(4250);
	}

	@Test
	void cancellingBeforeAcceptanceAndExpiringRefundTheCustomerInFull() {
		long cancelled = scenario.request(customer, null);
		long expired = scenario.request(customer, null);
		assertThat(payments.find("consultation:" + cancelled + ":payment").orElseThrow().amount()).isEqualTo(Money.ofCents(5000));
		api.post("/api/customer/consultations/" + cancelled + "/cancel", customer.token(), Map.of());
		assertThat(payments.find("consultation:" + cancelled + ":payment").orElseThrow().isRefunded()).isTrue();

		jdbc.sql("UPDATE consultations SET expires_at = requested_at - INTERVAL '1' MINUTE WHERE id = ?").param(expired).update();
		consultations.expireOverdue();
		assertThat(payments.find("consultation:" + expired + ":payment").orElseThrow().isRefunded()).isTrue();
		consultations.expireOverdue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM consultations WHERE id IN (?, ?) AND refunded_at IS NOT NULL").params(cancelled, expired)
			.query(Long.class).single()).isEqualTo(2);
	}

	private Split serve(long id) {
		var payment = payments.find("consultation:" + id + ":payment").orElseThrow();
		assertThat(payment.amount()).isEqualTo(Money.ofCents(5000));
		var accepted = api.post("/api/mechanic/sessions/virtual/" + id + "/accept", employee.token(), Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		var completed = api.post("/api/mechanic/sessions/virtual/" + id + "/complete", employee.token(), Map.of());
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		var sale = revenue.sale("consultation:" + id).orElseThrow();
		assertThat(sale.paymentId()).isEqualTo(payment.id());
		assertThat(sale.split().grossCents()).isEqualTo(5000);
		return sale.split();
	}

	private ca.mechanicplatform.kernel.UserId operator() {
		return accounts.findByEmail("operator@test.local").orElseThrow().id();
	}
}
