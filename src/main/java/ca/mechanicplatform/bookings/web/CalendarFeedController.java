package ca.mechanicplatform.bookings.web;

import java.time.Instant;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.bookings.CalendarFeeds;

/**
 * The secret iCalendar feed addresses ({@code /calendar-feeds/<token>.ics}, open to anyone holding the address, as
 * calendar apps need) and the buttons that create and revoke them on the booking pages.
 */
@Controller
class CalendarFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar-feeds/{token}.ics")
	@ResponseBody
	ResponseEntity<String> feed(@PathVariable String token) {
		return feeds.render(token)
			.map(ics -> ResponseEntity.ok().contentType(CALENDAR).cacheControl(CacheControl.noStore())
				.header("Content-Disposition", "inline; filename=\"bay-bookings.ics\"").body(ics))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body("No such calendar feed"));
	}

	@PostMapping("/mechanic/bay-bookings/feed")
	String createMechanic(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", feeds.create(user.id(), false));
		return "redirect:/mechanic/bay-bookings#feed";
	}

	@PostMapping("/mechanic/bay-bookings/feed/revoke")
	String revokeMechanic(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
		feeds.revoke(user.id(), false);
		redirect.addFlashAttribute("flash", "Your calendar feed address is revoked; calendars subscribed to it stop updating.");
		return "redirect:/mechanic/bay-bookings";
	}

	@PostMapping("/workshop/bay-bookings/feed")
	String createWorkshop(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", feeds.create(user.id(), true));
		return "redirect:/workshop/bay-bookings#feed";
	}

	@PostMapping("/workshop/bay-bookings/feed/revoke")
	String revokeWorkshop(@AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
		feeds.revoke(user.id(), true);
		redirect.addFlashAttribute("flash", "The workshop's calendar feed address is revoked.");
		return "redirect:/workshop/bay-bookings";
	}

	/** The feed's state for the pages: when it was created, or null. */
	static Map<String, Object> state(CalendarFeeds feeds, PlatformUser user, boolean workshop) {
		Instant created = feeds.feedCreatedAt(user.id(), workshop).orElse(null);
		return created == null ? Map.of("active", false) : Map.of("active", true, "createdAt", created);
	}
}
