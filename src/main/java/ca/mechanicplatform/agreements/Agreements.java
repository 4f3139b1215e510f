package ca.mechanicplatform.agreements;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.agreements.internal.AgreementDocuments;
import ca.mechanicplatform.agreements.internal.AgreementRows;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.notifications.Notifications;

/**
 * Generates agreements and takes their electronic signatures. Only the two parties (and platform operators, read
 * only) can see an agreement; anyone else is told it does not exist. The first party signs first; each signature must
 * carry the signer's full name as typed, explicit consent, and the SHA-256 of the document the signer was shown, which
 * must still be the stored document's. The second signature completes the agreement: a signed copy with a signature
 * certificate page is stored and {@link AgreementCompleted} is published.
 */
@Service
public class Agreements {

	/** The statement a signer consents to, recorded with each signature. */
	public static final String CONSENT = "I have read this agreement, I agree to its terms, and I sign it electronically "
			+ "by typing my full name; this electronic signature has the same effect as my handwritten signature.";

	private final AgreementRows agreements;
	private final AgreementDocuments documents;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AuditLog auditLog;

	Agreements(AgreementRows agreements, AgreementDocuments documents, Notifications notifications,
			ApplicationEventPublisher events, Clock clock, AuditLog auditLog) {
		this.auditLog = auditLog;
		this.agreements = agreements;
		this.documents = documents;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/** Generates the document from its template and asks the first party to sign. */
	@Transactional
	public Agreement prepare(NewAgreement agreement) {
		if (agreement.first().userId().equals(agreement.second().userId())) {
			throw new BusinessRuleException("An agreement needs two different parties");
		}
		Instant now = clock.instant();
		byte[] pdf = documents.agreement(agreement, agreement.subjectRef());
		AgreementId id = agreements.insert(agreement, pdf, sha256(pdf), now);
		agreements.audit(id, now, null, "CREATED", null, null, "Document generated, SHA-256 " + sha256(pdf));
		auditLog.record(null, "agreement.created", subject(id), null, agreement.title() + " for " + agreement.subjectRef()
				+ "; SHA-256 " + sha256(pdf));
		notifications.notify(agreement.first().userId(), "Agreement ready to sign: " + agreement.title(),
				"Please read and sign the agreement. " + agreement.second().name() + " signs after you.", link(id));
		return agreements.find(id).orElseThrow();
	}

	/** The agreement as {@code viewer} may see it. */
	public Agreement get(AgreementId id, UserId viewer, boolean operator) {
		Agreement agreement = agreements.find(id).orElseThrow(() -> NotFoundException.of("Agreement", id));
		if (!operator && !agreement.isParty(viewer)) {
			throw NotFoundException.of("Agreement", id);
		}
		return agreement;
	}

	public List<Agreement> ofParty(UserId party) {
		return agreements.ofParty(party);
	}

	/** Every agreement generated for a subject such as {@code partnership:42}, newest first. */
	public List<Agreement> forSubject(String subjectRef) {
		return agreements.forSubject(subjectRef);
	}

	/** The document to read and sign, exactly as stored (its SHA-256 is {@link Agreement#documentSha256()}). */
	public byte[] document(AgreementId id, UserId viewer, boolean operator) {
		get(id, viewer, operator);
		return agreements.document(id);
	}

	/** The completed agreement with its signature certificate page. */
	@Transactional
	public byte[] signedDocument(AgreementId id, UserId viewer, boolean operator, String ip, String userAgent) {
		Agreement agreement = get(id, viewer, operator);
		byte[] signed = agreements.signedDocument(id)
			.orElseThrow(() -> new BusinessRuleException("The agreement is not signed by both parties yet"));
		agreements.audit(id, clock.instant(), viewer, "DOWNLOADED", ip, userAgent, "Signed copy downloaded");
		if (!sha256(signed).equals(agreement.signedDocumentSha256())) {
			throw new IllegalStateException("Signed copy of agreement " + id + " does not match its recorded hash");
		}
		return signed;
	}

	public List<AuditEntry> auditTrail(AgreementId id, UserId viewer, boolean operator) {
		get(id, viewer, operator);
		return agreements.auditTrail(id);
	}

	/** Recomputes the stored documents' hashes and compares them with the recorded ones. */
	public boolean verifyIntegrity(AgreementId id, UserId viewer, boolean operator) {
		Agreement agreement = get(id, viewer, operator);
		boolean original = sha256(agreements.document(id)).equals(agreement.documentSha256());
		boolean signed = agreement.signedDocumentSha256() == null
				|| agreements.signedDocument(id).map(Agreements::sha256).map(agreement.signedDocumentSha256()::equals).orElse(false);
		return original && signed;
	}

	/**
	 * Signs as {@code signer}. Refused unless the signer is the party whose turn it is, typed their full name, consented,
	 * and was shown the document as stored now.
	 */
	@Transactional
	public Agreement sign(AgreementId id, UserId signer, SigningRequest request) {
		Agreement agreement = agreements.lock(id).orElseThrow(() -> NotFoundException.of("Agreement", id));
		if (!agreement.isParty(signer)) {
			throw NotFoundException.of("Agreement", id);
		}
		if (agreement.status() == AgreementStatus.COMPLETED) {
			throw new BusinessRuleException("This agreement is already signed by both parties");
		}
		if (agreement.status() == AgreementStatus.VOID) {
			throw new BusinessRuleException("This agreement was withdrawn and can no longer be signed");
		}
		if (!agreement.awaits(signer)) {
			boolean signedAlready = agreement.signatures().stream().anyMatch(s -> s.signer().equals(signer));
			throw new BusinessRuleException(signedAlready ? "You have already signed this agreement"
					: agreement.first().name() + " (" + agreement.first().label().toLowerCase(Locale.ROOT) + ") signs first");
		}
		Party party = agreement.awaiting();
		InputCheck check = new InputCheck();
		check.require(request.typedName() != null && !request.typedName().isBlank(), "typedName", "Type your full name to sign");
		check.require(check.has("typedName") || sameName(request.typedName(), party.name()), "typedName",
				"Type your full name exactly as it appears on the agreement: " + party.name());
		check.require(request.consent(), "consent", "Tick the box to consent to signing electronically");
		check.require(request.documentSha256() != null && request.documentSha256().matches("[0-9a-f]{64}"), "documentSha256",
				"The document's SHA-256 is missing; reload the agreement and sign again");
		check.throwIfInvalid();
		byte[] document = agreements.document(id);
		String actual = sha256(document);
		if (!actual.equals(agreement.documentSha256())) {
			throw new BusinessRuleException("The stored document no longer matches the hash recorded when it was generated, so it cannot be signed. Contact support.");
		}
		if (!actual.equals(request.documentSha256())) {
			throw new BusinessRuleException("The document changed since you opened it. Reload the agreement, read it again and sign.");
		}
		Instant now = clock.instant();
		String role = agreement.status() == AgreementStatus.AWAITING_FIRST ? "FIRST" : "SECOND";
		String ip = request.ipAddress() == null || request.ipAddress().isBlank() ? "unknown" : request.ipAddress();
		String agent = request.userAgent() == null || request.userAgent().isBlank() ? "unknown" : request.userAgent();
		try {
			agreements.insertSignature(id, role, signer, request.typedName().trim(), CONSENT, now, clip(ip, 64), clip(agent, 500), actual);
		}
		catch (DuplicateKeyException e) {
			throw new BusinessRuleException("You have already signed this agreement");
		}
		agreements.audit(id, now, signer, "SIGNED", ip, agent, party.label() + " signed; document SHA-256 " + actual);
		auditLog.record(signer, "agreement.signed", subject(id), agreement.status().name(),
				party.label() + " signed from " + clip(ip, 64) + "; SHA-256 " + actual);
		boolean completed = "SECOND".equals(role);
		if (completed) {
			agreements.audit(id, now, null, "COMPLETED", null, null, "Signed by both parties");
			auditLog.record(null, "agreement.completed", subject(id), AgreementStatus.AWAITING_SECOND.name(),
					AgreementStatus.COMPLETED.name());
			Agreement signedBoth = agreements.find(id).orElseThrow();
			byte[] copy = documents.signedCopy(document, signedBoth, agreements.auditTrail(id));
			agreements.complete(id, copy, sha256(copy), now);
			for (Party each : List.of(agreement.first(), agreement.second())) {
				notifications.notify(each.userId(), "Agreement signed by both parties: " + agreement.title(),
						"The agreement is in force. Download the signed copy with its signature certificate.", link(id));
			}
		}
		else {
			agreements.updateStatus(id, AgreementStatus.AWAITING_SECOND);
			notifications.notify(agreement.second().userId(), "Agreement ready to sign: " + agreement.title(),
					agreement.first().name() + " has signed. Please read and sign the agreement.", link(id));
		}
		events.publishEvent(new AgreementSigned(id, agreement.kind(), agreement.subjectRef(), signer, completed));
		if (completed) {
			events.publishEvent(new AgreementCompleted(id, agreement.kind(), agreement.subjectRef()));
		}
		return agreements.find(id).orElseThrow();
	}

	/** Withdraws an agreement that is not completed (its subject was withdrawn or ended before signing). */
	@Transactional
	public void voidAgreement(AgreementId id, String reason) {
		Agreement agreement = agreements.lock(id).orElseThrow(() -> NotFoundException.of("Agreement", id));
		if (agreement.status() == AgreementStatus.COMPLETED || agreement.status() == AgreementStatus.VOID) {
			return;
		}
		Instant now = clock.instant();
		agreements.voidAgreement(id, reason, now);
		agreements.audit(id, now, null, "VOIDED", null, null, reason);
		auditLog.record(null, "agreement.voided", subject(id), agreement.status().name(), "VOID: " + reason);
	}

	/** Records that a party opened the document (part of the audit trail). */
	@Transactional
	public void recordViewed(AgreementId id, UserId viewer, String ip, String userAgent) {
		agreements.audit(id, clock.instant(), viewer, "VIEWED", ip, userAgent, "Document opened");
	}

	private static String subject(AgreementId id) {
		return "agreement:" + id.value();
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	static String link(AgreementId id) {
		return "/agreements/" + id;
	}

	private static boolean sameName(String typed, String expected) {
		return normalise(typed).equals(normalise(expected));
	}

	private static String normalise(String name) {
		return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static String clip(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
