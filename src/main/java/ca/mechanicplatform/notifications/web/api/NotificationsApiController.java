package ca.mechanicplatform.notifications.web.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.notifications.Notification;
import ca.mechanicplatform.notifications.Notifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Notifications")
class NotificationsApiController {

	private final Notifications notifications;

	NotificationsApiController(Notifications notifications) {
		this.notifications = notifications;
	}

	record Inbox(int unread, List<Notification> notifications) {
	}

	@GetMapping("/api/notifications")
	@Operation(summary = "Your latest notifications, newest first, with the unread count")
	Inbox list(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "50") int limit) {
		return new Inbox(notifications.unreadCount(user.id()), notifications.recent(user.id(), limit));
	}

	@PostMapping("/api/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark one of your notifications read")
	void read(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		notifications.markRead(user.id(), id);
	}

	@PostMapping("/api/notifications/read-all")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Mark all your notifications read")
	void readAll(@AuthenticationPrincipal PlatformUser user) {
		notifications.markAllRead(user.id());
	}
}
