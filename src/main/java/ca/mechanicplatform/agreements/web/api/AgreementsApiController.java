package ca.mechanicplatform.agreements.web.api;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.accounts.Role;
import ca.mechanicplatform.agreements.Agreement;
import ca.mechanicplatform.agreements.AgreementId;
import ca.mechanicplatform.agreements.Agreements;
import ca.mechanicplatform.agreements.AuditEntry;
import ca.mechanicplatform.agreements.SigningRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Agreements", description = "Electronic signature of agreements (partnerships, employee revenue share)")
class AgreementsApiController {

	private final Agreements agreements;

	AgreementsApiController(Agreements agreements) {
		this.agreements = agreements;
	}

	record AgreementView(long id, String kind, String subjectRef, String title, String status, String firstParty,
			String secondParty, String awaiting, String documentSha256, String signedDocumentSha256, Instant createdAt,
			Instant completedAt, List<Agreement.Signature> signatures) {

		static AgreementView of(Agreement a) {
			return new AgreementView(a.id().value(), a.kind().name(), a.subjectRef(), a.title(), a.status().name(),
					a.first().label() + ": " + a.first().name(), a.second().label() + ": " + a.second().name(),
					a.awaiting() == null ? null : a.awaiting().name(), a.documentSha256(), a.signedDocumentSha256(),
					a.createdAt(), a.completedAt(), a.signatures());
		}
	}

	/** A signature: the full name typed, explicit consent, and the SHA-256 of the document downloaded and read. */
	record SignatureRequest(String typedName, boolean consent, String documentSha256) {
	}

	@GetMapping("/api/agreements")
	@Operation(summary = "Agreements you are a party to")
	List<AgreementView> mine(@AuthenticationPrincipal PlatformUser user) {
		return agreements.ofParty(user.id()).stream().map(AgreementView::of).toList();
	}

	@GetMapping("/api/agreements/{id}")
	@Operation(summary = "One agreement with its signatures (parties and operators only)")
	AgreementView get(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return AgreementView.of(agreements.get(new AgreementId(id), user.id(), operator(user)));
	}

	@GetMapping("/api/agreements/{id}/document")
	@Operation(summary = "The PDF to read and sign; its SHA-256 must be sent with the signature")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return pdf(agreements.document(new AgreementId(id), user.id(), operator(user)), "agreement-" + id + ".pdf");
	}

	@PostMapping("/api/agreements/{id}/signatures")
	@Operation(summary = "Sign the agreement when it is your turn (mechanic first, then workshop)")
	AgreementView sign(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody SignatureRequest body,
			HttpServletRequest request) {
		return AgreementView.of(agreements.sign(new AgreementId(id), user.id(), new SigningRequest(body.typedName(),
				body.consent(), body.documentSha256(), request.getRemoteAddr(), request.getHeader(HttpHeaders.USER_AGENT))));
	}

	@GetMapping("/api/agreements/{id}/signed-document")
	@Operation(summary = "The signed PDF with its signature certificate page (after both signatures)")
	ResponseEntity<byte[]> signed(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, HttpServletRequest request) {
		return pdf(agreements.signedDocument(new AgreementId(id), user.id(), operator(user), request.getRemoteAddr(),
				request.getHeader(HttpHeaders.USER_AGENT)), "agreement-" + id + "-signed.pdf");
	}

	@GetMapping("/api/agreements/{id}/audit")
	@Operation(summary = "The agreement's audit trail")
	List<AuditEntry> audit(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return agreements.auditTrail(new AgreementId(id), user.id(), operator(user));
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(pdf);
	}

	private static boolean operator(PlatformUser user) {
		return user.hasRole(Role.PLATFORM_ADMIN);
	}
}
