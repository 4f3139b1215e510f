package ca.mechanicplatform.bookings.web.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.bookings.CalendarFeeds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Calendar feeds", description = "Secret iCalendar (.ics) addresses of your bay bookings for calendar apps")
class CalendarFeedApiController {

	private final CalendarFeeds feeds;

	CalendarFeedApiController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	record FeedAddress(String url) {
	}

	@PostMapping("/api/mechanic/bay-bookings/feed")
	@Operation(summary = "Create your feed address", description = "Shown once; creating again revokes the previous address.")
	ResponseEntity<FeedAddress> mechanic(@AuthenticationPrincipal PlatformUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new FeedAddress(feeds.create(user.id(), false)));
	}

	@DeleteMapping("/api/mechanic/bay-bookings/feed")
	@Operation(summary = "Revoke your feed address", description = "Calendar apps using it get 404 from then on.")
	ResponseEntity<Void> revokeMechanic(@AuthenticationPrincipal PlatformUser user) {
		feeds.revoke(user.id(), false);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/workshop/bay-bookings/feed")
	@Operation(summary = "Create the workshop's feed address", description = "Shown once; creating again revokes the previous address.")
	ResponseEntity<FeedAddress> workshop(@AuthenticationPrincipal PlatformUser user) {
		return ResponseEntity.status(HttpStatus.CREATED).body(new FeedAddress(feeds.create(user.id(), true)));
	}

	@DeleteMapping("/api/workshop/bay-bookings/feed")
	@Operation(summary = "Revoke the workshop's feed address", description = "Calendar apps using it get 404 from then on.")
	ResponseEntity<Void> revokeWorkshop(@AuthenticationPrincipal PlatformUser user) {
		feeds.revoke(user.id(), true);
		return ResponseEntity.noContent().build();
	}
}
