package ca.mechanicplatform.foundation;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The zero-setup default: no profile and no database settings, so the platform runs on the embedded H2 file
 * database in PostgreSQL mode and loads the demo data. Only the file's location differs (a fresh one under
 * target/), and the PostgreSQL settings of the rest of the suite are cleared.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EmbeddedDefaultProfileTests {

	@DynamicPropertySource
	static void embeddedDatabase(DynamicPropertyRegistry registry) {
		Path file = Path.of("target", "h2-default-" + System.nanoTime(), "platform").toAbsolutePath();
		registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + file
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=MONTH;AUTO_SERVER=TRUE");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	javax.sql.DataSource dataSource;

	@Autowired
	ca.mechanicplatform.revenue.internal.LedgerDays ledgerDays;

	@Autowired
	ca.mechanicplatform.revenue.AccountingCalendar calendar;

	@ParameterizedTest
	@CsvSource({
			"admin@demo.local, /admin/dashboard, Platform operations",
			"workshop@demo.local, /workshop/dashboard, AutoFix Toronto Inc.",
			"mechanic@demo.local, /mechanic/dashboard, Workshop partner",
			"virtual@demo.local, /mechanic/dashboard, Virtual only",
			"employee@demo.local, /mechanic/dashboard, Off shift",
			"customer@demo.local, /customer/dashboard, Sam Patel" })
	void everyDemoLogInWorksAndSeesItsOwnDashboard(String email, String dashboard, String shows) throws Exception {
		var login = mvc.perform(formLogin("/login").user("email", email).password("demo-password"))
			.andExpect(authenticated()).andExpect(redirectedUrl("/dashboard")).andReturn();
		var session = login.getResponse().getCookie("SESSION");
		mvc.perform(get("/dashboard").cookie(session)).andExpect(redirectedUrl(dashboard));
		mvc.perform(get(dashboard).cookie(session)).andExpect(status().isOk()).andExpect(content().string(containsString(shows)));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"mechanic@demo.local | /mechanic/earnings | mechanic could not diagnose",
			"mechanic@demo.local | /mechanic/earnings/statements | .pdf",
			"mechanic@demo.local | /mechanic/analytics | 90-day retention",
			"workshop@demo.local | /workshop/earnings/statements | Bay and membership fees",
			"admin@demo.local | /admin/payouts | 1 failed",
			"admin@demo.local | /admin/reconciliation | demo-payment-in-progress",
			"admin@demo.local | /admin/t4a | *** *** 286",
			"admin@demo.local | /admin/statements | demo" })
	void theDemoLogInsSeeMonthsOfRealMoney(String email, String page, String shows) throws Exception {
		var login = mvc.perform(formLogin("/login").user("email", email).password("demo-password")).andReturn();
		mvc.perform(get(page).cookie(login.getResponse().getCookie("SESSION"))).andExpect(status().isOk()).andExpect(content().string(containsString(shows)));
	}

	@Test
	void theDemoMechanicSeesACertificateExpiringSoonItsReminderAndTrainingHours() throws Exception {
		var login = mvc.perform(formLogin("/login").user("email", "mechanic@demo.local").password("demo-password")).andReturn();
		mvc.perform(get("/mechanic/development").cookie(login.getResponse().getCookie("SESSION"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Expires in 45 days")))
			.andExpect(content().string(containsString("sent ")))
			.andExpect(content().string(containsString("Hybrid and EV high-voltage safety")))
			.andExpect(content().string(containsString("id=\"hours-total\">32 h<")));
	}

	@Autowired
	ca.mechanicplatform.partnerships.PartnershipPrograms programs;

	@Autowired
	ca.mechanicplatform.mechanics.Mechanics mechanics;

	@Test
	void theMarketplaceNextLinksReadWhatPageNumbersReadOnTheEmbeddedDatabase() {
		long user = jdbc.sql("SELECT id FROM users WHERE email = 'mechanic@demo.local'").query(Long.class).single();
		var mechanic = mechanics.mine(new ca.mechanicplatform.kernel.UserId(user));
		for (var sort : ca.mechanicplatform.partnerships.BrowseQuery.Sort.values()) {
			for (Integer radius : java.util.Arrays.asList(null, 5000)) {
				java.util.function.BiFunction<Integer, String, ca.mechanicplatform.partnerships.BrowsePage> page = (number, after) -> programs
					.browse(mechanic, new ca.mechanicplatform.partnerships.BrowseQuery(null, null, radius, null, null, null, null, null, null,
							sort, number, 3, after));
				java.util.List<Long> byNumber = new java.util.ArrayList<>();
				for (int number = 1;; number++) {
					var p = page.apply(number, null);
					p.results().forEach(c -> byNumber.add(c.program().id().value()));
					if (!p.hasNext()) {
						break;
					}
				}
				java.util.List<Long> byNext = new java.util.ArrayList<>();
				String after = null;
				for (int number = 1;; number++) {
					var p = page.apply(null, after);
					assertThat(p.page()).isEqualTo(number);
					p.results().forEach(c -> byNext.add(c.program().id().value()));
					if (!p.hasNext()) {
						assertThat(p.next()).isNull();
						break;
					}
					after = p.next();
				}
				assertThat(byNext).as("%s within %s km", sort, radius).isEqualTo(byNumber).doesNotHaveDuplicates().hasSizeGreaterThan(3);
			}
		}
	}

	@Test
	void theDemoMoneyBalancesAndEveryPastMonthHasStatements() {
		assertThat(jdbc.sql("SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entries").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT statement_month) FROM statements").query(Long.class).single()).isEqualTo(4L);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sales").query(Long.class).single()).isGreaterThan(100L);
	}

	@Test
	void theDemoPartiesDailySumsWrittenWithEachPostingEqualThoseRebuiltFromTheEntries() {
		String everyDay = "SELECT account, party_id, booked_on, virtual_cents, physical_cents, fees_cents, paid_out_cents, entries "
				+ "FROM ledger_party_days ORDER BY account, party_id, booked_on";
		var written = jdbc.sql(everyDay).query().listOfRows();
		assertThat(written).hasSizeGreaterThan(50);
		assertThat(jdbc.sql("SELECT SUM(virtual_cents + physical_cents + fees_cents - paid_out_cents) FROM ledger_party_days")
			.query(Long.class).single())
			.isEqualTo(jdbc.sql("SELECT SUM(amount_cents) FROM ledger_entries WHERE party_id IS NOT NULL").query(Long.class).single());

		jdbc.sql("UPDATE ledger_party_days_zone SET zone = 'UTC'").update();
		assertThat(ledgerDays.rebuildIfStale()).isTrue();
		assertThat(jdbc.sql(everyDay).query().listOfRows()).isEqualTo(written);
	}

	@Test
	void theDemoDataSpansCanadaWithWorkshopsInTheirOwnTimeZones() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
		}
		Map<String, String> zones = new java.util.HashMap<>();
		jdbc.sql("SELECT city, time_zone FROM workshops").query((rs, i) -> zones.put(rs.getString(1), rs.getString(2))).list();
		assertThat(zones).containsEntry("Toronto", "America/Toronto").containsEntry("Mississauga", "America/Toronto")
			.containsEntry("Vancouver", "America/Vancouver").containsEntry("Montréal", "America/Toronto")
			.containsEntry("Calgary", "America/Edmonton").containsEntry("St. John's", "America/St_Johns");
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT SUBSTRING(postal_code, 1, 1)) FROM customers").query(Long.class).single())
			.isGreaterThanOrEqualTo(7L);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM fsa_centroids").query(Long.class).single()).isEqualTo(1610L);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM partnership_programs WHERE status = 'PUBLISHED'").query(Long.class).single()).isEqualTo(8L);
		assertThat(jdbc.sql("""
				SELECT w.city FROM mechanics m JOIN users u ON u.id = m.user_id JOIN workshops w ON w.id = m.workshop_id
				WHERE u.email = 'employee@demo.local' AND m.mechanic_type = 'WORKSHOP_EMPLOYEE'""").query(String.class).single())
			.isEqualTo("Toronto");
	}

	@Test
	void theDemoDataShowsEveryStageOfOnboardingAndAWorkshopReadyForEmployees() throws Exception {
		assertThat(jdbc.sql("""
				SELECT m.service_tier || '/' || m.verified FROM mechanics m JOIN users u ON u.id = m.user_id
				WHERE u.email = 'mechanic@demo.local'""").query(String.class).single()).isEqualToIgnoringCase("WORKSHOP_PARTNER/true");
		assertThat(jdbc.sql("""
				SELECT c.status FROM mechanic_certifications c JOIN mechanics m ON m.id = c.mechanic_id
				JOIN users u ON u.id = m.user_id WHERE u.email = 'virtual@demo.local'""").query(String.class).single()).isEqualTo("PENDING");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM workshop_bays b JOIN workshops w ON w.id = b.workshop_id WHERE w.city = 'Toronto'""")
			.query(Long.class).single()).isEqualTo(3L);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM workshop_opening_hours h JOIN workshops w ON w.id = h.workshop_id WHERE w.city = 'Toronto'""")
			.query(Long.class).single()).isEqualTo(6L);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM employee_invitations WHERE status = 'PENDING'").query(Long.class).single()).isEqualTo(1L);

		var admin = mvc.perform(formLogin("/login").user("email", "admin@demo.local").password("demo-password")).andReturn()
			.getResponse().getCookie("SESSION");
		mvc.perform(get("/admin/verifications").cookie(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("NS-AST-55012")));
		var employee = mvc.perform(formLogin("/login").user("email", "employee@demo.local").password("demo-password")).andReturn()
			.getResponse().getCookie("SESSION");
		mvc.perform(get("/mechanic/off-shift").cookie(employee)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Customers within")))
			.andExpect(content().string(containsString("AutoFix Toronto Inc.")));
	}

	@Test
	void theDemoEmployeesConsultationFeedOnTheEmbeddedDatabaseHidesTheTorontoWorkshopsLocalCustomers() throws Exception {
		var login = mvc.perform(formLogin("/login").user("email", "employee@demo.local").password("demo-password")).andReturn();
		var session = login.getResponse().getCookie("SESSION");
		var feed = mvc.perform(get("/mechanic/consultations").cookie(session)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(feed).contains("Prius", "CX-5", "Silverado").doesNotContain("Civic", "F-150");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM workshop_exclusion_fsas WHERE fsa = 'L5B'").query(Long.class).single()).isEqualTo(1L);
		var partner = mvc.perform(formLogin("/login").user("email", "mechanic@demo.local").password("demo-password")).andReturn()
			.getResponse().getCookie("SESSION");
		mvc.perform(get("/mechanic/consultations").cookie(partner)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Civic"))).andExpect(content().string(containsString("Outback")));
	}

	@Test
	void theDemoPartnerMechanicHasAnActiveBayRentalPartnershipAtTheTorontoWorkshopSignedByBothInOrder() {
		assertThat(jdbc.sql("""
				SELECT p.status || '/' || p.type || '/' || pp.title || '/' || w.name || '/' || a.status || '/' || ap.status
				FROM partnerships p JOIN mechanics m ON m.id = p.mechanic_id JOIN users u ON u.id = m.user_id
				JOIN workshops w ON w.id = p.workshop_id JOIN partnership_programs pp ON pp.id = p.program_id
				JOIN agreements a ON a.id = p.agreement_id JOIN partnership_applications ap ON ap.id = p.application_id
				WHERE u.email = 'mechanic@demo.local'""").query(String.class).list())
			.containsExactly("ACTIVE/BAY_RENTAL/King West bays by the hour/AutoFix Toronto Inc./COMPLETED/APPROVED");
		assertThat(jdbc.sql("""
				SELECT s.signer_role || '/' || su.email || '/' || s.typed_name || '/' || s.ip_address || '/' || s.user_agent
				       || '/' || CASE WHEN s.document_sha256 = a.document_sha256 THEN 'same document' ELSE 'other document' END
				FROM agreement_signatures s JOIN agreements a ON a.id = s.agreement_id JOIN users su ON su.id = s.signer_user_id
				JOIN partnerships p ON p.agreement_id = a.id JOIN mechanics m ON m.id = p.mechanic_id JOIN users u ON u.id = m.user_id
				WHERE u.email = 'mechanic@demo.local' ORDER BY s.signed_at, s.signer_role""").query(String.class).list())
			.containsExactly("FIRST/mechanic@demo.local/Alex Moreau/127.0.0.1/Demo data/same document",
					"SECOND/workshop@demo.local/Morgan Chen/127.0.0.1/Demo data/same document");
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM agreements a JOIN partnerships p ON p.agreement_id = a.id
				WHERE p.status = 'ACTIVE' AND a.signed_document_sha256 IS NOT NULL AND p.activated_at IS NOT NULL""")
			.query(Long.class).single()).isEqualTo(1L);
		assertThat(jdbc.sql("""
				SELECT r.buffer_minutes || '/' || r.min_notice_minutes || '/' || r.auto_confirm || '/' || r.cancellation_notice_hours
				FROM booking_rules r JOIN workshops w ON w.id = r.workshop_id WHERE w.city = 'Toronto'""").query(String.class).single())
			.isEqualToIgnoringCase("15/0/false/24");
	}

	@Test
	void theDemoBookingsAwaitOnTheMechanicsAndTheWorkshopsBayBookingPages() throws Exception {
		// Made when the demo loaded, from the next half hour on: the first may have started by now, none has ended.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM bay_bookings WHERE ends_at > CURRENT_TIMESTAMP").query(Long.class).single())
			.isEqualTo(3L);
		assertThat(jdbc.sql("""
				SELECT b.status || '/' || wb.name || '/' || COALESCE(b.job_description, '-') FROM bay_bookings b
				JOIN workshop_bays wb ON wb.id = b.bay_id JOIN partnerships p ON p.id = b.partnership_id
				WHERE p.status = 'ACTIVE' ORDER BY b.starts_at""").query(String.class).list())
			.containsExactly("CONFIRMED/Bay 1/Front brake pads and rotors, brake fluid top-up and road test",
					"CONFIRMED/Alignment bay/-", "PENDING/Bay 2/Timing belt, tensioner and water pump");

		var mechanic = mvc.perform(formLogin("/login").user("email", "mechanic@demo.local").password("demo-password")).andReturn()
			.getResponse().getCookie("SESSION");
		mvc.perform(get("/mechanic/bay-bookings").cookie(mechanic)).andExpect(status().isOk())
			.andExpect(content().string(containsString("AutoFix Toronto Inc. · Bay 1")))
			.andExpect(content().string(containsString("AutoFix Toronto Inc. · Alignment bay")))
			.andExpect(content().string(containsString("AutoFix Toronto Inc. · Bay 2")))
			.andExpect(content().string(containsString(">confirmed<")))
			.andExpect(content().string(containsString(">pending<")))
			.andExpect(content().string(containsString(
					"Job: Front brake pads and rotors, brake fluid top-up and road test for Sam Patel (2016 Honda Civic), $400.00")))
			.andExpect(content().string(containsString("AutoFix Toronto Inc. (Bay rental)")));

		var workshop = mvc.perform(formLogin("/login").user("email", "workshop@demo.local").password("demo-password")).andReturn()
			.getResponse().getCookie("SESSION");
		String grid = mvc.perform(get("/workshop/bay-bookings").cookie(workshop)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(grid).contains("1 booking request(s) waiting for your decision", "status-CONFIRMED", "status-PENDING");
		assertThat(java.util.regex.Pattern.compile("data-booking=\"\\d+\"").matcher(grid).results().count()).isEqualTo(3);
		assertThat(java.util.regex.Pattern.compile("\\d\\d:\\d\\d–\\d\\d:\\d\\d Alex Moreau</a>").matcher(grid).results().count())
			.isEqualTo(3);
		mvc.perform(get("/workshop/partnerships/applications").cookie(workshop)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Alex Moreau")));
	}

	@Test
	void theDemoMechanicsPublicProfileAndReferralLinkWorkOnTheEmbeddedDatabase() throws Exception {
		var mechanic = mvc.perform(formLogin("/login").user("email", "mechanic@demo.local").password("demo-password")).andReturn()
			.getResponse().getCookie("SESSION");
		String share = mvc.perform(get("/mechanic/profile/share").cookie(mechanic)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		var profile = java.util.regex.Pattern.compile("/mechanic/public/\\d+-[a-z0-9-]+").matcher(share);
		assertThat(profile.find()).isTrue();
		mvc.perform(get(profile.group())).andExpect(status().isOk())
			.andExpect(content().string(containsString("Verified mechanic")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("mechanic@demo.local"))));
		var code = java.util.regex.Pattern.compile("id=\"referral-code\">([A-Z0-9]{8})<").matcher(share);
		assertThat(code.find()).isTrue();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/signup/customer")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("name", "Robin Gauthier").param("email", "robin-" + System.nanoTime() + "@example.com")
				.param("password", "a-long-password").param("postalCode", "H2X 1Y4").param("phone", "")
				.param("referralCode", code.group(1)))
			.andExpect(status().is3xxRedirection());
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM referrals WHERE code = ?").param(code.group(1)).query(Long.class).single() == 1);
	}
}
