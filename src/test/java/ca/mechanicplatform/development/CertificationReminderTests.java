package ca.mechanicplatform.development;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.development.DevelopmentScenario.MechanicAccount;
import ca.mechanicplatform.development.internal.CertificationReminderJob;
import ca.mechanicplatform.mechanics.CertificationId;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.MechanicVerification;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.TestMailServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Certification expiry reminders: 60 and 14 days before, once each per certificate and expiry date whatever the number
 * of runs or threads, caught up after missed runs, never for an expired, pending or replaced certificate, and again
 * for a new expiry date. Runs are given the day they run on, so a test can live through months of a certificate.
 */
@PlatformTest
class CertificationReminderTests {

	@LocalServerPort
	int port;

	@Autowired
	CertificationReminders reminders;

	@Autowired
	CertificationReminderJob job;

	@Autowired
	ProfessionalDevelopment development;

	@Autowired
	Accounts accounts;

	@Autowired
	Mechanics mechanics;

	@Autowired
	MechanicOnboarding onboarding;

	@Autowired
	MechanicVerification verification;

	@Autowired
	JdbcClient jdbc;

	DevelopmentScenario scenario;
	LocalDate today;

	@BeforeEach
	void scenario() {
		scenario = new DevelopmentScenario(new Onboard(port), accounts, mechanics, onboarding, verification, jdbc);
		today = development.today();
	}

	@Test
	void aCertificateIsRemindedSixtyAndFourteenDaysBeforeItExpiresInTheAppAndByEmail() {
		MechanicAccount mechanic = scenario.mechanic("reminded", "Dana Reminded");
		LocalDate expires = today.plusDays(100);
		CertificationId certificate = scenario.approved(mechanic, expires);

		reminders.sendDue(today);
		reminders.sendDue(expires.minusDays(61));
		assertThat(scenario.reminders(mechanic)).isEmpty();

		reminders.sendDue(expires.minusDays(60));
		reminders.sendDue(expires.minusDays(59));
		reminders.sendDue(expires.minusDays(15));
		assertThat(scenario.reminders(mechanic)).containsExactly("Your trade certificate expires in 60 days");

		reminders.sendDue(expires.minusDays(14));
		reminders.sendDue(expires.minusDays(3));
		reminders.sendDue(expires);
		reminders.sendDue(expires.plusDays(1));
		assertThat(scenario.reminders(mechanic)).containsExactly("Your trade certificate expires in 60 days",
				"Your trade certificate expires in 14 days");
		assertThat(scenario.recorded(certificate)).containsExactly("60/" + expires, "14/" + expires);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestMailServer.to(mechanic.email())
			.stream().filter(mail -> mail.subject().contains("expires")).toList()).hasSize(2));
		var mail = TestMailServer.to(mechanic.email()).stream().filter(m -> m.subject().endsWith("in 14 days")).findFirst().orElseThrow();
		assertThat(mail.body()).contains("Hello Dana Reminded").contains("/mechanic/development");
		assertThat(jdbc.sql("SELECT body FROM notifications WHERE recipient_user_id = ? AND subject LIKE '%in 14 days'")
			.param(mechanic.userId().value()).query(String.class).single())
			.contains("Your Red Seal (interprovincial) for Automotive Service Technician (number ON-")
			.contains("expires in 14 days, on").contains("Renew it");
	}

	@Test
	void runsMissedDuringAnOutageAreCaughtUpWithTheNearestReminderOnly() {
		MechanicAccount weekLate = scenario.mechanic("week-late", "Week Late");
		LocalDate expires = today.plusDays(100);
		scenario.approved(weekLate, expires);
		// Nothing ran from 61 days before expiry until a week after the 60-day mark.
		reminders.sendDue(expires.minusDays(53));
		assertThat(scenario.reminders(weekLate)).containsExactly("Your trade certificate expires in 53 days");

		MechanicAccount monthsLate = scenario.mechanic("months-late", "Months Late");
		CertificationId certificate = scenario.approved(monthsLate, expires);
		// Down through both marks: only the 14-day reminder is sent, not a stale 60-day one as well.
		reminders.sendDue(expires.minusDays(10));
		reminders.sendDue(expires.minusDays(9));
		assertThat(scenario.reminders(monthsLate)).containsExactly("Your trade certificate expires in 10 days");
		assertThat(scenario.recorded(certificate)).containsExactly("14/" + expires);
		assertThat(scenario.reminders(weekLate)).hasSize(2);
	}

	@Test
	void twoRunsAtOnceAndAgainSendEachReminderOnce() throws Exception {
		MechanicAccount mechanic = scenario.mechanic("concurrent", "Casey Concurrent");
		CertificationId certificate = scenario.approved(mechanic, today.plusDays(30));

		ExecutorService threads = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			runs.add(threads.submit(() -> {
				start.await();
				return reminders.sendDue(today);
			}));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get(30, TimeUnit.SECONDS);
		}
		threads.shutdown();
		job.daily();
		job.daily();
		reminders.sendDue(today);

		assertThat(scenario.reminders(mechanic)).containsExactly("Your trade certificate expires in 30 days");
		assertThat(scenario.recorded(certificate)).containsExactly("60/" + today.plusDays(30));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestMailServer.to(mechanic.email())
			.stream().filter(mail -> mail.subject().contains("expires")).toList()).hasSize(1));
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(TestMailServer.to(mechanic.email())
			.stream().filter(mail -> mail.subject().contains("expires")).toList()).hasSize(1));
	}

	@Test
	void expiredPendingAndRejectedCertificatesAreNotReminded() {
		MechanicAccount mechanic = scenario.mechanic("not-reminded", "Noel Notreminded");
		CertificationId expired = scenario.approved(mechanic, today.plusDays(20));
		scenario.submitted(mechanic, "PROVINCIAL", today.plusDays(30));
		CertificationId rejected = scenario.submitted(mechanic, "PROVINCIAL", today.plusDays(40));
		verification.reject(rejected, accounts.findByEmail(Onboard.OPERATOR).orElseThrow().id(), "The scan is unreadable");

		// The approved one expired while nothing ran.
		reminders.sendDue(today.plusDays(21));
		reminders.sendDue(today.plusDays(60));
		assertThat(scenario.reminders(mechanic)).isEmpty();
		assertThat(scenario.recorded(expired)).isEmpty();
	}

	@Test
	void aRenewedCertificateIsRemindedForItsNewExpiryAndTheReplacedOneNoMore() {
		MechanicAccount mechanic = scenario.mechanic("renewed", "Robin Renewed");
		LocalDate oldExpiry = today.plusDays(50);
		CertificationId old = scenario.approved(mechanic, oldExpiry);
		reminders.sendDue(today);
		assertThat(scenario.recorded(old)).containsExactly("60/" + oldExpiry);

		// The mechanic uploads the renewed certificate; once approved the old one is not reminded at 14 days.
		LocalDate newExpiry = today.plusDays(58);
		CertificationId renewed = scenario.approved(mechanic, newExpiry);
		reminders.sendDue(today);
		reminders.sendDue(oldExpiry.minusDays(14));
		assertThat(scenario.recorded(old)).containsExactly("60/" + oldExpiry);
		assertThat(scenario.recorded(renewed)).containsExactly("60/" + newExpiry);
		reminders.sendDue(newExpiry.minusDays(14));
		assertThat(scenario.recorded(renewed)).containsExactly("60/" + newExpiry, "14/" + newExpiry);

		// A certificate whose expiry date itself moves is reminded again for the new date.
		MechanicAccount extended = scenario.mechanic("extended", "Eli Extended");
		LocalDate firstExpiry = today.plusDays(12);
		CertificationId certificate = scenario.approved(extended, firstExpiry);
		reminders.sendDue(today);
		LocalDate laterExpiry = today.plusDays(40);
		jdbc.sql("UPDATE mechanic_certifications SET expires_on = ? WHERE id = ?").params(laterExpiry, certificate.value()).update();
		reminders.sendDue(today);
		assertThat(scenario.recorded(certificate)).containsExactly("14/" + firstExpiry, "60/" + laterExpiry);
		assertThat(scenario.reminders(extended)).containsExactly("Your trade certificate expires in 12 days",
				"Your trade certificate expires in 40 days");
	}
}
