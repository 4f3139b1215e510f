package ca.mechanicplatform.consultations.web.api;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.consultations.ConsultationId;
import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.consultations.MechanicStats;
import ca.mechanicplatform.consultations.web.api.Representations.AccessView;
import ca.mechanicplatform.consultations.web.api.Representations.CardView;
import ca.mechanicplatform.consultations.web.api.Representations.ConsultationView;
import ca.mechanicplatform.consultations.web.api.Representations.MessageView;
import ca.mechanicplatform.kernel.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic virtual sessions", description = "The feed of open consultation requests (with the geographic "
		+ "non-compete), accepting, chatting in and completing sessions")
class MechanicSessionsApiController {

	private final Consultations consultations;
	private final String videoBaseUrl;

	MechanicSessionsApiController(Consultations consultations,
			@Value("${platform.consultations.video-base-url:https://meet.jit.si}") String videoBaseUrl) {
		this.consultations = consultations;
		this.videoBaseUrl = videoBaseUrl;
	}

	record Feed(AccessView access, List<CardView> results, int page, int size, boolean hasNext) {
	}

	record StatsView(long completed, long inProgress, Double averageRating, long ratings, long earningsCents) {

		static StatsView of(MechanicStats s) {
			return new StatsView(s.completed(), s.inProgress(), s.averageRating(), s.ratings(), s.earnings().cents());
		}
	}

	record AvailabilityRequest(Boolean available) {
	}

	record MessageRequest(String body) {
	}

	@GetMapping("/api/mechanic/sessions/virtual")
	@Operation(summary = "Open consultation requests you may take, newest first",
			description = "Filtered by the geographic non-compete in the database. access says what limits the feed and why it "
					+ "is empty when you may take nothing (not verified, not available, blocked off shift). Each result has "
					+ "the distance band from your workshop (employees) or your postal code, the price and your earnings for "
					+ "it in your current mode. page from 1, size up to 50.")
	Feed feed(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		var feed = consultations.feed(user.id(), page, size);
		return new Feed(AccessView.of(feed.access()), feed.cards().stream().map(CardView::of).toList(), feed.page(), feed.size(),
				feed.hasNext());
	}

	@PostMapping("/api/mechanic/sessions/virtual/{id}/accept")
	@Operation(summary = "Accept an open request", description = "Exactly one of several mechanics accepting at once wins; the "
			+ "others get 409. A request inside your exclusion zone is 404. The revenue mode in force now is recorded.")
	ConsultationView accept(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return ConsultationView.of(consultations.accept(user.id(), new ConsultationId(id)), videoBaseUrl);
	}

	@GetMapping("/api/mechanic/sessions/virtual/accepted")
	@Operation(summary = "Your sessions: in progress first, then the most recent")
	List<ConsultationView> accepted(@AuthenticationPrincipal PlatformUser user) {
		return consultations.acceptedBy(user.id()).stream().map(c -> ConsultationView.of(c, videoBaseUrl)).toList();
	}

	@GetMapping("/api/mechanic/sessions/virtual/stats")
	@Operation(summary = "Your sessions completed and in progress, average rating and earnings (cents)")
	StatsView stats(@AuthenticationPrincipal PlatformUser user) {
		return StatsView.of(consultations.stats(user.id()));
	}

	@PostMapping("/api/mechanic/sessions/virtual/availability")
	@Operation(summary = "Turn your availability for consultations on or off")
	AccessView availability(@AuthenticationPrincipal PlatformUser user, @RequestBody AvailabilityRequest request) {
		if (request == null || request.available() == null) {
			throw new InvalidInputException(java.util.Map.of("available", "Say true or false"));
		}
		consultations.setAvailable(user.id(), request.available());
		return AccessView.of(consultations.access(user.id()));
	}

	@GetMapping("/api/mechanic/sessions/virtual/{id}")
	@Operation(summary = "A session you accepted")
	ConsultationView one(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return ConsultationView.of(consultations.forMechanic(user.id(), new ConsultationId(id)), videoBaseUrl);
	}

	@PostMapping("/api/mechanic/sessions/virtual/{id}/complete")
	@Operation(summary = "Complete a session in progress (records the sale for your mode)")
	ConsultationView complete(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return ConsultationView.of(consultations.complete(user.id(), new ConsultationId(id)), videoBaseUrl);
	}

	@GetMapping("/api/mechanic/sessions/virtual/{id}/messages")
	@Operation(summary = "The chat of a session you accepted, oldest first")
	List<MessageView> messages(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return consultations.messages(user.id(), new ConsultationId(id)).stream().map(m -> MessageView.of(m, "/api/mechanic/sessions/virtual/" + id)).toList();
	}

	@PostMapping("/api/mechanic/sessions/virtual/{id}/messages")
	@Operation(summary = "Send a chat message while the session is in progress")
	ResponseEntity<MessageView> send(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody MessageRequest request) {
		var message = consultations.send(user.id(), new ConsultationId(id), request == null ? null : request.body());
		return ResponseEntity.status(HttpStatus.CREATED).body(MessageView.of(message, "/api/mechanic/sessions/virtual/" + id));
	}

	@PostMapping(path = "/api/mechanic/sessions/virtual/{id}/photos", consumes = "multipart/form-data")
	@Operation(summary = "Send a photo (JPEG, PNG or WebP, up to 5 MB) with an optional caption while the session is in progress")
	ResponseEntity<MessageView> sendPhoto(@AuthenticationPrincipal PlatformUser user, @PathVariable long id,
			@RequestParam("photo") MultipartFile photo, @RequestParam(required = false) String caption) throws java.io.IOException {
		var message = consultations.sendPhoto(user.id(), new ConsultationId(id), caption, photo.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(MessageView.of(message, "/api/mechanic/sessions/virtual/" + id));
	}

	@GetMapping("/api/mechanic/sessions/virtual/{id}/photos/{messageId}")
	@Operation(summary = "A photo from the chat")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @PathVariable long messageId) {
		var photo = consultations.photo(user.id(), new ConsultationId(id), messageId);
		return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(photo.contentType()))
			.header("Cache-Control", "private, max-age=86400").body(photo.bytes());
	}
}
