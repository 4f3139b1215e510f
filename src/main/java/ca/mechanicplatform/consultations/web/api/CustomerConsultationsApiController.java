package ca.mechanicplatform.consultations.web.api;

import java.util.List;
import java.util.Map;

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
import ca.mechanicplatform.consultations.ConsultationKind;
import ca.mechanicplatform.consultations.ConsultationPricing;
import ca.mechanicplatform.consultations.ConsultationRequest;
import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.consultations.web.api.Representations.ConsultationView;
import ca.mechanicplatform.consultations.web.api.Representations.MessageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Customer consultations", description = "Request, follow, chat in, cancel and rate your virtual consultations")
class CustomerConsultationsApiController {

	private final Consultations consultations;
	private final ConsultationPricing prices;
	private final String videoBaseUrl;

	CustomerConsultationsApiController(Consultations consultations, ConsultationPricing prices,
			@Value("${platform.consultations.video-base-url:https://meet.jit.si}") String videoBaseUrl) {
		this.consultations = consultations;
		this.prices = prices;
		this.videoBaseUrl = videoBaseUrl;
	}

	record MessageRequest(String body) {
	}

	record RatingRequest(Integer rating, String comment) {
	}

	@GetMapping("/api/customer/consultations/prices")
	@Operation(summary = "The price of each kind of consultation, in cents")
	Map<String, Long> prices() {
		return Map.of(ConsultationKind.CHAT.name(), prices.price(ConsultationKind.CHAT).cents(),
				ConsultationKind.VIDEO.name(), prices.price(ConsultationKind.VIDEO).cents());
	}

	@PostMapping("/api/customer/consultations")
	@Operation(summary = "Request a consultation", description = "kind CHAT or VIDEO; vehicleYear, vehicleMake, vehicleModel; "
			+ "optional vin (checked with the North American check digit); problem; optional postalCode (your profile's when "
			+ "absent); optional preferredVideoAt for video, local time yyyy-MM-ddTHH:mm in your province. The request expires "
			+ "if no mechanic accepts it in time.")
	ResponseEntity<ConsultationView> request(@AuthenticationPrincipal PlatformUser user, @RequestBody ConsultationRequest request) {
		var created = consultations.request(user.id(), request == null
				? new ConsultationRequest(null, null, null, null, null, null, null, null) : request);
		return ResponseEntity.status(HttpStatus.CREATED).body(ConsultationView.of(created, videoBaseUrl));
	}

	@GetMapping("/api/customer/consultations")
	@Operation(summary = "Your consultations, newest first")
	List<ConsultationView> mine(@AuthenticationPrincipal PlatformUser user) {
		return consultations.ofCustomer(user.id()).stream().map(c -> ConsultationView.of(c, videoBaseUrl)).toList();
	}

	@GetMapping("/api/customer/consultations/{id}")
	@Operation(summary = "One of your consultations")
	ConsultationView one(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return ConsultationView.of(consultations.forCustomer(user.id(), new ConsultationId(id)), videoBaseUrl);
	}

	@PostMapping("/api/customer/consultations/{id}/cancel")
	@Operation(summary = "Cancel a request no mechanic has accepted yet")
	ConsultationView cancel(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return ConsultationView.of(consultations.cancel(user.id(), new ConsultationId(id)), videoBaseUrl);
	}

	@PostMapping("/api/customer/consultations/{id}/rating")
	@Operation(summary = "Rate a completed consultation once: rating 1 to 5, optional comment")
	ConsultationView rate(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody RatingRequest request) {
		return ConsultationView.of(consultations.rate(user.id(), new ConsultationId(id), request == null ? null : request.rating(),
				request == null ? null : request.comment()), videoBaseUrl);
	}

	@GetMapping("/api/customer/consultations/{id}/messages")
	@Operation(summary = "The chat of one of your consultations, oldest first")
	List<MessageView> messages(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return consultations.messages(user.id(), new ConsultationId(id)).stream().map(m -> MessageView.of(m, "/api/customer/consultations/" + id)).toList();
	}

	@PostMapping("/api/customer/consultations/{id}/messages")
	@Operation(summary = "Send a chat message while the consultation is in progress")
	ResponseEntity<MessageView> send(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody MessageRequest request) {
		var message = consultations.send(user.id(), new ConsultationId(id), request == null ? null : request.body());
		return ResponseEntity.status(HttpStatus.CREATED).body(MessageView.of(message, "/api/customer/consultations/" + id));
	}

	@PostMapping(path = "/api/customer/consultations/{id}/photos", consumes = "multipart/form-data")
	@Operation(summary = "Send a photo (JPEG, PNG or WebP, up to 5 MB) with an optional caption while the session is in progress")
	ResponseEntity<MessageView> sendPhoto(@AuthenticationPrincipal PlatformUser user, @PathVariable long id,
			@RequestParam("photo") MultipartFile photo, @RequestParam(required = false) String caption) throws java.io.IOException {
		var message = consultations.sendPhoto(user.id(), new ConsultationId(id), caption, photo.getBytes());
		return ResponseEntity.status(HttpStatus.CREATED).body(MessageView.of(message, "/api/customer/consultations/" + id));
	}

	@GetMapping("/api/customer/consultations/{id}/photos/{messageId}")
	@Operation(summary = "A photo from the chat")
	ResponseEntity<byte[]> photo(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @PathVariable long messageId) {
		var photo = consultations.photo(user.id(), new ConsultationId(id), messageId);
		return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(photo.contentType()))
			.header("Cache-Control", "private, max-age=86400").body(photo.bytes());
	}
}
