package ca.mechanicplatform.consultations.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.consultations.Consultation;
import ca.mechanicplatform.consultations.ConsultationId;
import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.mechanics.Mechanics;

/**
 * The mechanic's consultation feed with live updates, quick stats and the availability switch, and the session page
 * with the chat.
 */
@Controller
class MechanicConsultationPagesController {

	private static final String BASE = "/mechanic/consultations/";

	private final Consultations consultations;
	private final Mechanics mechanics;
	private final FeedStream stream;
	private final String videoBaseUrl;

	MechanicConsultationPagesController(Consultations consultations, Mechanics mechanics, FeedStream stream,
			@Value("${platform.consultations.video-base-url:https://meet.jit.si}") String videoBaseUrl) {
		this.consultations = consultations;
		this.mechanics = mechanics;
		this.stream = stream;
		this.videoBaseUrl = videoBaseUrl;
	}

	@GetMapping("/mechanic/consultations")
	String feedPage(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "1") int page, Model model) {
		var mechanic = mechanics.mine(user.id());
		model.addAttribute("mechanic", mechanic);
		model.addAttribute("stats", consultations.stats(user.id()));
		model.addAttribute("sessions", consultations.acceptedBy(user.id()));
		model.addAttribute("feed", consultations.feed(user.id(), Math.max(1, page), 12));
		model.addAttribute("zone", mechanic.province().defaultZone().getId());
		return "consultations/feed";
	}

	@GetMapping("/mechanic/consultations/feed")
	String feedFragment(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("feed", consultations.feed(user.id(), Math.max(1, page), 12));
		model.addAttribute("zone", mechanics.mine(user.id()).province().defaultZone().getId());
		return "consultations/feed :: cards";
	}

	@GetMapping(path = "/mechanic/consultations/stream", produces = "text/event-stream")
	@ResponseBody
	SseEmitter stream() {
		return stream.open();
	}

	@PostMapping("/mechanic/consultations/availability")
	String availability(@AuthenticationPrincipal PlatformUser user, @RequestParam boolean available, RedirectAttributes redirect) {
		try {
			consultations.setAvailable(user.id(), available);
		}
		catch (ca.mechanicplatform.kernel.BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
			return "redirect:/mechanic/consultations";
		}
		redirect.addFlashAttribute("flash", available ? "You are available: new requests you may take appear below."
				: "You are no longer available for consultations.");
		return "redirect:/mechanic/consultations";
	}

	@PostMapping("/mechanic/consultations/{id}/accept")
	String accept(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			consultations.accept(user.id(), new ConsultationId(id));
			redirect.addFlashAttribute("flash", "You accepted the consultation. Say hello to the customer below.");
			return "redirect:" + BASE + id;
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/mechanic/consultations";
		}
	}

	@GetMapping("/mechanic/consultations/{id}")
	String session(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model) {
		Consultation consultation = consultations.forMechanic(user.id(), new ConsultationId(id));
		SessionPage.show(model, consultation, consultations.messages(user.id(), consultation.id()), false, BASE,
				zone(user), videoBaseUrl);
		return "consultations/session";
	}

	@GetMapping("/mechanic/consultations/{id}/live")
	String live(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam String status, Model model,
			HttpServletResponse response) {
		Consultation consultation = consultations.forMechanic(user.id(), new ConsultationId(id));
		return SessionPage.live(model, consultation, consultations.messages(user.id(), consultation.id()), status, false,
				zone(user), response);
	}

	@PostMapping("/mechanic/consultations/{id}/messages")
	String send(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam(defaultValue = "") String body,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
		var consultationId = new ConsultationId(id);
		try {
			consultations.send(user.id(), consultationId, body);
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		if (htmx != null) {
			SessionPage.messages(model, consultations.forMechanic(user.id(), consultationId),
					consultations.messages(user.id(), consultationId), false, zone(user));
			return "consultations/session :: messages";
		}
		return "redirect:" + BASE + id;
	}

	@PostMapping("/mechanic/consultations/{id}/complete")
	String complete(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			var completed = consultations.complete(user.id(), new ConsultationId(id));
			redirect.addFlashAttribute("flash", "Session completed. The customer is asked to rate it.");
			return "redirect:" + BASE + completed.id();
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
			return "redirect:" + BASE + id;
		}
	}

	@PostMapping("/mechanic/consultations/{id}/photos")
	String sendPhoto(@AuthenticationPrincipal PlatformUser user, @PathVariable long id,
			@RequestParam(name = "photo", required = false) MultipartFile photo, @RequestParam(defaultValue = "") String caption,
			RedirectAttributes redirect) throws java.io.IOException {
		try {
			consultations.sendPhoto(user.id(), new ConsultationId(id), caption, photo == null ? null : photo.getBytes());
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused instanceof ca.mechanicplatform.kernel.InvalidInputException invalid
					? String.join(" ", invalid.fieldErrors().values()) : refused.getMessage());
		}
		return "redirect:/mechanic/consultations/" + id;
	}

	@GetMapping("/mechanic/consultations/{id}/photos/{messageId}")
	org.springframework.http.ResponseEntity<byte[]> photo(@AuthenticationPrincipal PlatformUser user, @PathVariable long id,
			@PathVariable long messageId) {
		var photo = consultations.photo(user.id(), new ConsultationId(id), messageId);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(photo.contentType()))
			.header("Cache-Control", "private, max-age=86400").body(photo.bytes());
	}

	private String zone(PlatformUser user) {
		return mechanics.mine(user.id()).province().defaultZone().getId();
	}
}
