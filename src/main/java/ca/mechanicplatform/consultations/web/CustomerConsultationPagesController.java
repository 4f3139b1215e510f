package ca.mechanicplatform.consultations.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.consultations.Consultation;
import ca.mechanicplatform.consultations.ConsultationId;
import ca.mechanicplatform.consultations.ConsultationKind;
import ca.mechanicplatform.consultations.ConsultationPricing;
import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.web.FormErrors;

/** The customer's consultations: the request form, the list, and the session page with its chat. */
@Controller
class CustomerConsultationPagesController {

	private static final String BASE = "/customer/consultations/";

	private final Consultations consultations;
	private final ConsultationPricing prices;
	private final Accounts accounts;
	private final String videoBaseUrl;

	CustomerConsultationPagesController(Consultations consultations, ConsultationPricing prices, Accounts accounts,
			@Value("${platform.consultations.video-base-url:https://meet.jit.si}") String videoBaseUrl) {
		this.consultations = consultations;
		this.prices = prices;
		this.accounts = accounts;
		this.videoBaseUrl = videoBaseUrl;
	}

	@GetMapping("/customer/consultations")
	String list(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("consultations", consultations.ofCustomer(user.id()));
		return "consultations/customer-list";
	}

	@GetMapping("/customer/consultations/new")
	String form(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "CHAT") String kind, Model model) {
		var customer = accounts.customerOf(user.id()).orElseThrow(() -> new NotFoundException("No customer profile"));
		showForm(model, new ConsultationForm("VIDEO".equals(kind) ? "VIDEO" : "CHAT", "", "", "", "", "",
				customer.postalCode().value(), ""), FormErrors.none());
		return "consultations/request";
	}

	@PostMapping("/customer/consultations")
	String request(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") ConsultationForm form, Model model,
			RedirectAttributes redirect) {
		try {
			Consultation created = consultations.request(user.id(), form.toRequest());
			redirect.addFlashAttribute("flash", "Your request is sent to the mechanics online. This page updates by itself when one accepts.");
			return "redirect:" + BASE + created.id();
		}
		catch (BusinessRuleException refused) {
			showForm(model, form, FormErrors.of(refused));
			return "consultations/request";
		}
	}

	@GetMapping("/customer/consultations/{id}")
	String session(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model) {
		Consultation consultation = consultations.forCustomer(user.id(), new ConsultationId(id));
		SessionPage.show(model, consultation, consultations.messages(user.id(), consultation.id()), true, BASE,
				Province.ofPostalCode(consultation.postalCode()).defaultZone().getId(), videoBaseUrl);
		return "consultations/session";
	}

	@GetMapping("/customer/consultations/{id}/live")
	String live(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam String status, Model model,
			HttpServletResponse response) {
		Consultation consultation = consultations.forCustomer(user.id(), new ConsultationId(id));
		return SessionPage.live(model, consultation, consultations.messages(user.id(), consultation.id()), status, true,
				Province.ofPostalCode(consultation.postalCode()).defaultZone().getId(), response);
	}

	@PostMapping("/customer/consultations/{id}/messages")
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
			Consultation consultation = consultations.forCustomer(user.id(), consultationId);
			SessionPage.messages(model, consultation, consultations.messages(user.id(), consultationId), true,
					Province.ofPostalCode(consultation.postalCode()).defaultZone().getId());
			return "consultations/session :: messages";
		}
		return "redirect:" + BASE + id;
	}

	@PostMapping("/customer/consultations/{id}/cancel")
	String cancel(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			consultations.cancel(user.id(), new ConsultationId(id));
			redirect.addFlashAttribute("flash", "Your request is cancelled and your payment is refunded in full.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:" + BASE + id;
	}

	@PostMapping("/customer/consultations/{id}/rating")
	String rate(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam(required = false) Integer rating,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		try {
			consultations.rate(user.id(), new ConsultationId(id), rating, comment);
			redirect.addFlashAttribute("flash", "Thank you for rating your consultation.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("problem", refused instanceof ca.mechanicplatform.kernel.InvalidInputException invalid
					? String.join(" ", invalid.fieldErrors().values()) : refused.getMessage());
		}
		return "redirect:" + BASE + id;
	}

	@PostMapping("/customer/consultations/{id}/photos")
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
		return "redirect:/customer/consultations/" + id;
	}

	@GetMapping("/customer/consultations/{id}/photos/{messageId}")
	org.springframework.http.ResponseEntity<byte[]> photo(@AuthenticationPrincipal PlatformUser user, @PathVariable long id,
			@PathVariable long messageId) {
		var photo = consultations.photo(user.id(), new ConsultationId(id), messageId);
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType(photo.contentType()))
			.header("Cache-Control", "private, max-age=86400").body(photo.bytes());
	}

	private void showForm(Model model, ConsultationForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("chatPrice", prices.price(ConsultationKind.CHAT));
		model.addAttribute("videoPrice", prices.price(ConsultationKind.VIDEO));
		model.addAttribute("lifetimeMinutes", consultations.requestLifetime().toMinutes());
	}
}
