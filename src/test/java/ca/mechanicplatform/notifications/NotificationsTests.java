package ca.mechanicplatform.notifications;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.notifications.internal.EmailSender;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.TestMailServer;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** In-app notifications and e-mail through a real SMTP server. */
@PlatformTest
class NotificationsTests {

	@LocalServerPort
	int port;

	@Autowired
	Notifications notifications;

	@Autowired
	Accounts accounts;

	@Autowired
	EmailSender sender;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port);
	}

	@Test
	void aNotificationShowsInTheAppAndArrivesByEmail() {
		String email = Unique.email("notified");
		UserId user = signUp(email);

		notifications.notify(user, "Certification approved", "Your Red Seal certificate was verified.", "/mechanic/dashboard");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestMailServer.to(email)).hasSize(1));
		var mail = TestMailServer.to(email).get(0);
		assertThat(mail.subject()).isEqualTo("Certification approved");
		assertThat(mail.body()).contains("Hello Robin Nolan").contains("Your Red Seal certificate was verified.")
			.contains("/mechanic/dashboard");

		String token = api.token(email, "a-long-password");
		var inbox = api.get("/api/notifications", token).json();
		assertThat(inbox.get("unread").asInt()).isEqualTo(1);
		long id = inbox.get("notifications").get(0).get("id").asLong();
		assertThat(api.post("/api/notifications/" + id + "/read", token, Map.of()).status()).isEqualTo(204);
		assertThat(api.get("/api/notifications", token).json().get("unread").asInt()).isZero();
	}

	@Test
	void aNotificationRolledBackWithItsChangeIsNeitherShownNorSent() {
		String email = Unique.email("rolled-back");
		UserId user = signUp(email);
		transaction.executeWithoutResult(status -> {
			notifications.notify(user, "Approved", "This change is undone.", null);
			status.setRollbackOnly();
		});
		assertThat(notifications.unreadCount(user)).isZero();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM email_outbox WHERE recipient_email = ?").param(email).query(Long.class).single()).isZero();
	}

	@Test
	void anEmailThatCannotBeDeliveredIsRetriedLaterAndDoesNotStopOthers() {
		notifications.notifyAddress("nobody@", "Broken address", "This cannot be delivered.", null);
		String good = Unique.email("good");
		notifications.notifyAddress(good, "Invitation", "You are invited.", "/signup/mechanic");
		sender.sendDue();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestMailServer.to(good)).hasSize(1));
		var failed = jdbc.sql("SELECT status, attempts, next_attempt_at > created_at FROM email_outbox WHERE recipient_email = 'nobody@'")
			.query((rs, i) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getBoolean(3)).single();
		assertThat(failed).isEqualTo("PENDING/1/true");
	}

	@Test
	void nobodyCanReadOrMarkSomeoneElsesNotifications() {
		String owner = Unique.email("owner");
		String other = Unique.email("other");
		UserId ownerId = signUp(owner);
		signUp(other);
		notifications.notify(ownerId, "Private", "Only for the owner.", null);
		long id = notifications.recent(ownerId, 1).get(0).id();

		String otherToken = api.token(other, "a-long-password");
		assertThat(api.get("/api/notifications", otherToken).json().get("notifications").size()).isZero();
		assertThat(api.post("/api/notifications/" + id + "/read", otherToken, Map.of()).status()).isEqualTo(404);
		assertThat(notifications.unreadCount(ownerId)).isEqualTo(1);
	}

	private UserId signUp(String email) {
		api.post("/api/signup/customer", null, Map.of("name", "Robin Nolan", "email", email, "password", "a-long-password",
				"postalCode", "T5J 2Z2"));
		return accounts.findByEmail(email).orElseThrow().id();
	}
}
