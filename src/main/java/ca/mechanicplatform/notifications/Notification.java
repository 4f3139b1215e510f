package ca.mechanicplatform.notifications;

import java.time.Instant;

/** One in-app message to a person; {@code link} is a path inside the platform, or {@code null}. */
public record Notification(long id, String subject, String body, String link, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}
}
