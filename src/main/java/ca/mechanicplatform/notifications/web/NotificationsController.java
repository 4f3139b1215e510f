package ca.mechanicplatform.notifications.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.notifications.Notifications;

/** The notifications page and the bell's unread count (an htmx fragment the layout polls). */
@Controller
class NotificationsController {

	private final Notifications notifications;

	NotificationsController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("notifications", notifications.recent(user.id(), 100));
		return "notifications/list";
	}

	@GetMapping("/notifications/badge")
	String badge(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("unread", notifications.unreadCount(user.id()));
		return "notifications/list :: badge";
	}

	/** Marks a notification read and follows its link. */
	@PostMapping("/notifications/{id}/open")
	String open(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		notifications.markRead(user.id(), id);
		String link = notifications.recent(user.id(), 200).stream().filter(n -> n.id() == id).findFirst()
			.map(n -> n.link()).orElse(null);
		return "redirect:" + (link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(@AuthenticationPrincipal PlatformUser user) {
		notifications.markAllRead(user.id());
		return "redirect:/notifications";
	}
}
