package ca.mechanicplatform.statements;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicSignUp;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.LedgerReports;
import ca.mechanicplatform.revenue.PaymentRequest;
import ca.mechanicplatform.revenue.Payments;
import ca.mechanicplatform.revenue.Reconciliation;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel.VirtualIndependent;
import ca.mechanicplatform.revenue.Sale;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopSignUp;
import ca.mechanicplatform.workshops.Workshops;

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

/** Tax profiles (encrypted, masked), T4A preparation and its export, and the monthly reconciliation. */
@PlatformTest
class TaxAndReconciliationTests {

	static final String PASSWORD = "a-long-password";

	@Autowired
	Revenue revenue;

	@Autowired
	Payments payments;

	@Autowired
	LedgerReports reports;

	@Autowired
	T4aSlips slips;

	@Autowired
	TaxProfiles profiles;

	@Autowired
	AuditLog audit;

	@Autowired
	AccountingCalendar calendar;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Workshops workshops;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void theLedgerStillBalances() {
		assertThat(jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries").query(Long.class).single()).isZero();
	}

	@Test
	void aMechanicEntersTheirSinWhichIsStoredEncryptedAndShownMasked() throws Exception {
		Mechanic mechanic = mechanic("Alex Moreau");
		Cookie session = login(mechanic.email());
		mvc.perform(post("/mechanic/tax-profile").cookie(session).with(csrf()).param("legalName", "Alexandre Moreau")
				.param("streetAddress", "12 Dundas St W").param("city", "Toronto").param("province", "ON").param("postalCode", "M6H 2N4")
				.param("identifierKind", "SIN").param("identifier", "046 454 287"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("not a valid social insurance number")));
		assertThat(profiles.find(ca.mechanicplatform.revenue.LedgerAccount.MECHANIC, mechanic.id().value())).isEmpty();

		mvc.perform(post("/mechanic/tax-profile").cookie(session).with(csrf()).param("legalName", "Alexandre Moreau")
				.param("streetAddress", "12 Dundas St W").param("city", "Toronto").param("province", "ON").param("postalCode", "M6H 2N4")
				.param("identifierKind", "SIN").param("identifier", "046 454 286"))
			.andExpect(redirectedUrl("/mechanic/tax-profile"));
		byte[] stored = jdbc.sql("SELECT identifier_cipher FROM tax_profiles WHERE party = 'MECHANIC' AND party_id = ?")
			.param(mechanic.id().value()).query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("046454286").doesNotContain("286");
		mvc.perform(get("/mechanic/tax-profile").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("*** *** 286")))
			.andExpect(content().string(not(containsString("046454286"))))
			.andExpect(content().string(not(containsString("046 454 286"))));

		mvc.perform(post("/mechanic/tax-profile").cookie(session).with(csrf()).param("legalName", "Alexandre J. Moreau")
				.param("streetAddress", "12 Dundas St W").param("city", "Toronto").param("province", "ON").param("postalCode", "M6H 2N4")
				.param("identifierKind", "SIN").param("identifier", ""))
			.andExpect(redirectedUrl("/mechanic/tax-profile"));
		var saved = profiles.find(ca.mechanicplatform.revenue.LedgerAccount.MECHANIC, mechanic.id().value()).orElseThrow();
		assertThat(saved.legalName()).isEqualTo("Alexandre J. Moreau");
		assertThat(saved.maskedIdentifier()).as("a blank number keeps the one on file").isEqualTo("*** *** 286");
		assertThat(audit.history("tax-profiles/MECHANIC/" + mechanic.id(), 10)).hasSize(2)
			.allSatisfy(entry -> assertThat(entry.after()).contains("*** *** 286").doesNotContain("046454286"));
	}

	@Test
	void aWorkshopEntersItsBusinessNumberAndAPostalCodeFromAnotherProvinceIsRefused() throws Exception {
		String email = Unique.email("tax-workshop");
		workshops.register(new WorkshopSignUp("Morgan Chen", email, PASSWORD, "Gastown Garage Ltd.", "88 Water St", "Vancouver",
				"BC", "V6B 1A4", "America/Vancouver", null));
		Cookie session = login(email);
		mvc.perform(get("/workshop/tax-profile").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("88 Water St")));
		mvc.perform(post("/workshop/tax-profile").cookie(session).with(csrf()).param("legalName", "Gastown Garage Ltd.")
				.param("streetAddress", "88 Water St").param("city", "Vancouver").param("province", "ON").param("postalCode", "V6B 1A4")
				.param("identifierKind", "BN").param("identifier", "12345678"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is in British Columbia, not Ontario")))
			.andExpect(content().string(containsString("A business number has 9 digits")));
		mvc.perform(post("/workshop/tax-profile").cookie(session).with(csrf()).param("legalName", "Gastown Garage Ltd.")
				.param("streetAddress", "88 Water St").param("city", "Vancouver").param("province", "BC").param("postalCode", "V6B 1A4")
				.param("identifierKind", "BN").param("identifier", "123456789"))
			.andExpect(redirectedUrl("/workshop/tax-profile"));
	}

	@Test
	void slipsListRecipientsPaidFiveHundredDollarsOrMoreAndTheExportHoldsTheFullIdentifier() throws Exception {
		Mechanic busy = mechanic("Busy Mechanic");
		Mechanic quiet = mechanic("Quiet Mechanic");
		Mechanic unknown = mechanic("No Profile Mechanic");
		sale(busy, "600");
		sale(busy, "25");
		sale(quiet, "100");
		sale(unknown, "700");
		String refundedKey = "t4a-payment-" + System.nanoTime();
		payments.capture(new PaymentRequest(refundedKey, null, Money.ofDollars("300"), "Refunded job", null));
		revenue.recordSale(new Sale("t4a-refunded-" + System.nanoTime(), new VirtualIndependent(), Money.ofDollars("300"), busy.id(),
				null, now(), "Refunded", refundedKey));
		payments.refund(refundedKey, "Not satisfied");
		profiles.save(ca.mechanicplatform.revenue.LedgerAccount.MECHANIC, busy.id().value(), new TaxProfileForm("Busy Mechanic Inc.",
				"1 Main St", "Toronto", "ON", "M5V 3L9", "BN", "987654321"), null);

		int year = calendar.today().getYear();
		List<T4aSlip> list = slips.of(year);
		T4aSlip busySlip = list.stream().filter(s -> s.partyId() == busy.id().value() && s.party().name().equals("MECHANIC"))
			.findFirst().orElseThrow();
		assertThat(busySlip.box048Cents()).as("$510.00 + $21.25, the refunded sale netted out").isEqualTo(53125);
		assertThat(busySlip.maskedIdentifier()).isEqualTo("*** *** 321");
		assertThat(busySlip.address()).isEqualTo("1 Main St, Toronto, ON M5V 3L9");
		assertThat(list).noneMatch(s -> s.partyId() == quiet.id().value() && s.party().name().equals("MECHANIC"));
		assertThat(list).anyMatch(s -> s.partyId() == unknown.id().value() && s.identityMissing() && s.name().equals("No Profile Mechanic"));

		Cookie operator = login("operator@test.local", "operator-password");
		mvc.perform(get("/admin/t4a").cookie(operator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Busy Mechanic Inc.")))
			.andExpect(content().string(containsString("*** *** 321")))
			.andExpect(content().string(not(containsString("987654321"))))
			.andExpect(content().string(containsString("Tax profile missing")));
		String csv = mvc.perform(get("/admin/t4a/" + year + ".csv").cookie(operator)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<List<String>> rows = Csv.rows(csv);
		assertThat(rows.get(0)).containsExactly("tax_year", "recipient_type", "recipient_id", "name", "address", "identifier_type",
				"identifier", "box_048_fees_for_services");
		assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly(Integer.toString(year), "MECHANIC", busy.id().toString(),
				"Busy Mechanic Inc.", "1 Main St, Toronto, ON M5V 3L9", "BN", "987654321", "531.25"));
		assertThat(rows).anySatisfy(row -> assertThat(row.subList(1, 3)).containsExactly("MECHANIC", unknown.id().toString()));
		assertThat(rows).noneMatch(row -> row.size() > 2 && row.get(2).equals(quiet.id().toString()) && row.get(1).equals("MECHANIC"));
		assertThat(audit.history("t4a/" + year, 5)).isNotEmpty();
	}

	@Test
	void reconciliationListsSalesWithoutPaymentsAndPaymentsNotUsed() throws Exception {
		Mechanic mechanic = mechanic("Reconciled Mechanic");
		String paid = "recon-paid-" + System.nanoTime();
		payments.capture(new PaymentRequest(paid, null, Money.ofDollars("35"), "Video consultation", null));
		String paidSale = "recon-sale-" + System.nanoTime();
		revenue.recordSale(new Sale(paidSale, new VirtualIndependent(), Money.ofDollars("35"), mechanic.id(), null, now(), null, paid));
		String unpaidSale = "recon-unpaid-" + System.nanoTime();
		revenue.recordSale(new Sale(unpaidSale, new VirtualIndependent(), Money.ofDollars("15"), mechanic.id(), null, now(), null, null));
		String waiting = "recon-waiting-" + System.nanoTime();
		payments.capture(new PaymentRequest(waiting, null, Money.ofDollars("25"), "Consultation in progress", null));

		Reconciliation report = reports.reconcile(calendar.currentMonth());
		assertThat(report.ledgerTotalCents()).isZero();
		assertThat(report.splitsCents()).isEqualTo(report.salesGrossCents());
		assertThat(report.differences()).anySatisfy(d -> {
			assertThat(d.kind()).isEqualTo("SALE_WITHOUT_PAYMENT");
			assertThat(d.reference()).isEqualTo(unpaidSale);
			assertThat(d.amountCents()).isEqualTo(1500);
		});
		assertThat(report.differences()).anySatisfy(d -> {
			assertThat(d.kind()).isEqualTo("PAYMENT_NOT_USED");
			assertThat(d.reference()).isEqualTo(waiting);
		});
		assertThat(report.differences()).noneMatch(d -> d.reference().equals(paidSale) || d.reference().equals(paid));
		assertThat(report.differences()).noneMatch(d -> d.kind().equals("UNBALANCED_TRANSACTION")
				|| d.kind().equals("POSTING_DIFFERS_FROM_SPLIT") || d.kind().equals("SPLIT_DOES_NOT_ADD_UP"));

		mvc.perform(get("/admin/reconciliation").cookie(login("operator@test.local", "operator-password")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(unpaidSale)))
			.andExpect(content().string(containsString("Sum of all entries")));
	}

	private Mechanic mechanic(String name) {
		return mechanics.register(new MechanicSignUp(name, Unique.email("tax-mechanic"), PASSWORD, "M6H 2N4"));
	}

	private void sale(Mechanic mechanic, String dollars) {
		revenue.recordSale(new Sale("t4a-" + System.nanoTime(), new VirtualIndependent(), Money.ofDollars(dollars), mechanic.id(), null,
				now(), null, null));
	}

	private Cookie login(String email) throws Exception {
		return login(email, PASSWORD);
	}

	private Cookie login(String email, String password) throws Exception {
		return mvc.perform(formLogin("/login").user("email", email).password(password)).andReturn().getResponse().getCookie("SESSION");
	}

	private Instant now() {
		return calendar.now().minusSeconds(60);
	}
}
