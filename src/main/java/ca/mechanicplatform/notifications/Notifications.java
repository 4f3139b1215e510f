package ca.mechanicplatform.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.PasswordResetRequested;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.notifications.internal.EmailOutbox;
import ca.mechanicplatform.notifications.internal.NotificationRows;

/**
 * Tells people what happened. Call it inside the transaction of the change being reported: the in-app message and
 * the queued e-mail commit or roll back with that change, and the e-mail is sent afterwards (see {@code EmailSender}),
 * so a mail server that is down never blocks or undoes anything.
 */
@Service
public class Notifications {

	private final NotificationRows notifications;
	private final EmailOutbox outbox;
	private final Accounts accounts;
	private final Clock clock;
	private final String baseUrl;

	Notifications(NotificationRows notifications, EmailOutbox outbox, Accounts accounts, Clock clock,
			@Value("${platform.base-url:http://localhost:8080}") String baseUrl) {
		this.notifications = notifications;
		this.outbox = outbox;
		this.accounts = accounts;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * Shows a message in the person's notifications and e-mails it to their account's address.
	 * @param link a path inside the platform such as {@code /mechanic/dashboard}, or {@code null}
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void notify(UserId recipient, String subject, String body, String link) {
		var account = accounts.get(recipient);
		Instant now = clock.instant();
		notifications.insert(recipient, clip(subject, 200), clip(body, 4000), link, now);
		outbox.enqueue(account.email(), clip(subject, 200), email(account.displayName(), body, link), now);
	}

	/** E-mails someone who may not have an account yet (an invitation, for example). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void notifyAddress(String email, String subject, String body, String link) {
		outbox.enqueue(Accounts.normaliseEmail(email), clip(subject, 200), email(null, body, link), clock.instant());
	}

	/**
	 * E-mails a password reset link to the account's address, and only by e-mail: the link is a credential, so it is
	 * not shown in the app. Runs in the transaction that stored the reset, so the e-mail is queued with it or not at all.
	 */
	@EventListener
	void passwordResetRequested(PasswordResetRequested reset) {
		long minutes = (Duration.between(clock.instant(), reset.expiresAt()).toSeconds() + 59) / 60;
		outbox.enqueue(reset.email(), "Reset your password", email(reset.displayName(), """
				Someone asked to reset the password of your account on the Independent Mechanic Platform. To choose a new one, 				open this link within %d minutes; it works once.

				If it was not you, ignore this e-mail: your password stays as it is.""".formatted(Math.max(1, minutes)),
				"/password/reset?token=" + reset.token()), clock.instant());
	}

	public List<Notification> recent(UserId recipient, int limit) {
		return notifications.recent(recipient, Math.max(1, Math.min(limit, 200)));
	}

	public int unreadCount(UserId recipient) {
		return notifications.unreadCount(recipient);
	}

	/** Marks one of the person's own notifications read; anyone else's is "not found". */
	@Transactional
	public void markRead(UserId recipient, long id) {
		if (!notifications.markRead(recipient, id, clock.instant())) {
			throw NotFoundException.of("Notification", id);
		}
	}

	@Transactional
	public void markAllRead(UserId recipient) {
		notifications.markAllRead(recipient, clock.instant());
	}

	private String email(String name, String body, String link) {
		StringBuilder text = new StringBuilder();
		text.append(name == null ? "Hello," : "Hello " + name + ",").append("\n\n").append(body).append("\n");
		if (link != null) {
			text.append("\n").append(baseUrl).append(link).append("\n");
		}
		text.append("\n— Independent Mechanic Platform\n");
		return clip(text.toString(), 8000);
	}

	private static String clip(String text, int max) {
		String value = text == null ? "" : text;
		return value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}
}
