package ca.mechanicplatform.agreements.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.accounts.Role;
import ca.mechanicplatform.agreements.Agreement;
import ca.mechanicplatform.agreements.AgreementId;
import ca.mechanicplatform.agreements.Agreements;
import ca.mechanicplatform.agreements.SigningRequest;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.web.FormErrors;

/** Reading, signing and downloading agreements in the browser. */
@Controller
class AgreementPagesController {

	private final Agreements agreements;

	AgreementPagesController(Agreements agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/agreements")
	String list(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("agreements", agreements.ofParty(user.id()));
		return "agreements/list";
	}

	@GetMapping("/agreements/{id}")
	String view(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model, HttpServletRequest request) {
		Agreement agreement = agreements.get(new AgreementId(id), user.id(), operator(user));
		if (agreement.isParty(user.id())) {
			agreements.recordViewed(agreement.id(), user.id(), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT));
		}
		show(user, agreement, model);
		model.addAttribute("errors", FormErrors.none());
		return "agreements/view";
	}

	@PostMapping("/agreements/{id}/sign")
	String sign(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam(defaultValue = "") String typedName,
			@RequestParam(defaultValue = "false") boolean consent, @RequestParam(defaultValue = "") String documentSha256,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		AgreementId agreementId = new AgreementId(id);
		try {
			var signed = agreements.sign(agreementId, user.id(), new SigningRequest(typedName, consent, documentSha256,
					request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT)));
			redirect.addFlashAttribute("flash", signed.signedDocumentSha256() != null
					? "Signed. The agreement is now in force; download the signed copy below."
					: "Signed. " + signed.second().name() + " has been asked to sign next.");
			return "redirect:/agreements/" + id;
		}
		catch (BusinessRuleException refused) {
			show(user, agreements.get(agreementId, user.id(), operator(user)), model);
			model.addAttribute("errors", FormErrors.of(refused));
			model.addAttribute("typedName", typedName);
			return "agreements/view";
		}
	}

	@GetMapping("/agreements/{id}/document.pdf")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		byte[] pdf = agreements.document(new AgreementId(id), user.id(), operator(user));
		return pdf(pdf, "agreement-" + id + ".pdf", false);
	}

	@GetMapping("/agreements/{id}/signed.pdf")
	ResponseEntity<byte[]> signed(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, HttpServletRequest request) {
		byte[] pdf = agreements.signedDocument(new AgreementId(id), user.id(), operator(user), request.getRemoteAddr(),
				request.getHeader(HttpHeaders.USER_AGENT));
		return pdf(pdf, "agreement-" + id + "-signed.pdf", true);
	}

	private void show(PlatformUser user, Agreement agreement, Model model) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("awaitsMe", agreement.awaits(user.id()));
		model.addAttribute("consentText", Agreements.CONSENT);
		model.addAttribute("intact", agreements.verifyIntegrity(agreement.id(), user.id(), operator(user)));
		model.addAttribute("audit", agreements.auditTrail(agreement.id(), user.id(), operator(user)));
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, String name, boolean attachment) {
		ContentDisposition disposition = (attachment ? ContentDisposition.attachment() : ContentDisposition.inline())
			.filename(name).build();
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff").body(pdf);
	}

	static boolean operator(PlatformUser user) {
		return user.hasRole(Role.PLATFORM_ADMIN);
	}
}
