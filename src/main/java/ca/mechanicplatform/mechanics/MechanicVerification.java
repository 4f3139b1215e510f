package ca.mechanicplatform.mechanics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.VerificationQueue.Decision;
import ca.mechanicplatform.mechanics.VerificationQueue.PendingBackgroundCheck;
import ca.mechanicplatform.mechanics.VerificationQueue.PendingCertification;
import ca.mechanicplatform.mechanics.internal.MechanicBackgroundCheckRows;
import ca.mechanicplatform.mechanics.internal.MechanicCertificationRows;
import ca.mechanicplatform.mechanics.internal.MechanicRows;
import ca.mechanicplatform.notifications.Notifications;

/**
 * Platform operators' verification of mechanics: approving or rejecting certifications and recording background
 * check results. The mechanic is notified of each decision in the same transaction. A mechanic is verified ({@code mechanics.verified}, the flag every other module reads) while they
 * have an approved, unexpired certification and their latest background check is clear; each decision re-evaluates
 * it. Decisions keep their submission and decision times, so the queue can show how long verification takes.
 */
@Service
public class MechanicVerification {

	private static final Duration STATS_WINDOW = Duration.ofDays(30);

	private final Mechanics mechanics;
	private final Documents documents;
	private final BackgroundChecks backgroundChecks;
	private final MechanicRows rows;
	private final MechanicCertificationRows certifications;
	private final MechanicBackgroundCheckRows checks;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AuditLog audit;

	MechanicVerification(Mechanics mechanics, Documents documents, BackgroundChecks backgroundChecks, MechanicRows rows,
			MechanicCertificationRows certifications, MechanicBackgroundCheckRows checks, Notifications notifications,
			ApplicationEventPublisher events, Clock clock, AuditLog audit) {
		this.audit = audit;
		this.mechanics = mechanics;
		this.documents = documents;
		this.backgroundChecks = backgroundChecks;
		this.rows = rows;
		this.certifications = certifications;
		this.checks = checks;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/** Everything waiting for a decision, oldest first, the last 30 days' decisions and the timing against target. */
	@Transactional(readOnly = true)
	public VerificationQueue queue() {
		Instant now = clock.instant();
		List<PendingCertification> pending = certifications.pending().stream()
			.map(c -> new PendingCertification(c, mechanics.get(c.mechanicId()), documents.get(c.documentId()),
					Duration.between(c.submittedAt(), now)))
			.toList();
		List<PendingBackgroundCheck> pendingChecks = checks.pending().stream()
			.map(c -> new PendingBackgroundCheck(c, mechanics.get(c.mechanicId()), Duration.between(c.consentedAt(), now)))
			.toList();
		Instant since = now.minus(STATS_WINDOW);
		List<Certification> decided = certifications.decidedSince(since);
		List<Decision> decisions = new ArrayList<>();
		decided.forEach(c -> decisions.add(new Decision("Certification", mechanics.get(c.mechanicId()), c.status().label(),
				c.submittedAt(), c.decidedAt(), c.rejectionReason())));
		checks.recordedSince(since).forEach(c -> decisions.add(new Decision("Background check",
				mechanics.get(c.mechanicId()), c.status().label(), c.consentedAt(), c.recordedAt(), c.notes())));
		decisions.sort(Comparator.comparing(Decision::decidedAt).reversed());

		int withinTarget = (int) decided.stream().filter(c -> c.decisionTime().compareTo(VerificationQueue.TARGET) <= 0).count();
		Duration average = decided.isEmpty() ? null
				: Duration.ofSeconds(Math.round(decided.stream().mapToLong(c -> c.decisionTime().toSeconds()).average().orElse(0)));
		int overdue = (int) (pending.stream().filter(PendingCertification::isOverdue).count()
				+ pendingChecks.stream().filter(PendingBackgroundCheck::isOverdue).count());
		var stats = new VerificationQueue.Stats(pending.size(), pendingChecks.size(), overdue, decided.size(), withinTarget,
				average);
		return new VerificationQueue(pending, pendingChecks, decisions.stream().limit(50).toList(), stats,
				backgroundChecks.providerName(), backgroundChecks.resultsRecordedByOperator());
	}

	/**
	 * Approves a pending certification that has not expired.
	 *
	 * @throws NotFoundException     if there is no such certification
	 * @throws BusinessRuleException (409) if it was decided already or has expired
	 */
	@Transactional
	public Certification approve(CertificationId id, UserId operator) {
		Certification certification = pendingForDecision(id);
		if (certification.isExpiredOn(LocalDate.now(clock))) {
			throw new BusinessRuleException("This certificate expired on " + certification.expiresOn() + "; reject it and ask for a current one");
		}
		certifications.decide(id, CertificationStatus.APPROVED, clock.instant(), operator, null);
		audit.record(operator, "certification.approved", subject(certification), "PENDING", "APPROVED: " + describe(certification));
		events.publishEvent(new CertificationReviewed(certification.mechanicId(), id, CertificationStatus.APPROVED, null));
		boolean verified = refreshVerified(certification.mechanicId());
		notifications.notify(mechanics.get(certification.mechanicId()).userId(), "Your trade certificate is verified",
				"We verified your " + describe(certification) + ". " + (verified
						? "You're now verified and can take virtual consultations: turn on your availability when you're ready."
						: "Once your background check is clear you'll be verified and can take virtual consultations."),
				"/mechanic/dashboard/virtual");
		return certifications.find(id).orElseThrow();
	}

	/**
	 * Rejects a pending certification with a reason the mechanic will read.
	 *
	 * @throws InvalidInputException on {@code reason} if it is blank or over 500 characters
	 * @throws NotFoundException     if there is no such certification
	 * @throws BusinessRuleException (409) if it was decided already
	 */
	@Transactional
	public Certification reject(CertificationId id, UserId operator, String reason) {
		InputCheck check = new InputCheck();
		String why = check.text("reason", reason, 500, "Tell the mechanic why the certification is rejected");
		check.throwIfInvalid();
		Certification certification = pendingForDecision(id);
		certifications.decide(id, CertificationStatus.REJECTED, clock.instant(), operator, why);
		audit.record(operator, "certification.rejected", subject(certification), "PENDING", "REJECTED: " + why);
		events.publishEvent(new CertificationReviewed(certification.mechanicId(), id, CertificationStatus.REJECTED, why));
		refreshVerified(certification.mechanicId());
		notifications.notify(mechanics.get(certification.mechanicId()).userId(), "Your trade certificate was not accepted",
				"We could not accept your " + describe(certification) + ". Reason: " + why
						+ "\n\nPlease upload a new certificate; we aim to review it within 24 hours.",
				"/mechanic/onboarding/virtual-only?step=certification");
		return certifications.find(id).orElseThrow();
	}

	/**
	 * Records the result of a background check in progress (entered by an operator for the manual provider).
	 *
	 * @param result {@code CLEAR} or {@code NOT_CLEAR}
	 * @param notes  optional, up to 500 characters; shown to operators and, for a result that is not clear, the mechanic
	 * @throws InvalidInputException on {@code result} or {@code notes}
	 * @throws NotFoundException     if there is no such check
	 * @throws BusinessRuleException (409) if its result was recorded already
	 */
	@Transactional
	public BackgroundCheck recordBackgroundCheck(long checkId, UserId operator, String result, String notes) {
		InputCheck check = new InputCheck();
		BackgroundCheckStatus status = check.parse("result", result, MechanicVerification::result);
		String note = check.optionalText("notes", notes, 500);
		check.throwIfInvalid();
		BackgroundCheck backgroundCheck = checks.findForUpdate(checkId)
			.orElseThrow(() -> NotFoundException.of("Background check", checkId));
		if (!backgroundCheck.isPending()) {
			throw new BusinessRuleException("This background check's result was recorded already ("
					+ backgroundCheck.status().label().toLowerCase(Locale.ROOT) + ")");
		}
		checks.record(checkId, status, clock.instant(), operator, note);
		audit.record(operator, "background-check.recorded", "mechanic:" + backgroundCheck.mechanicId().value()
				+ ":background-check:" + checkId, backgroundCheck.status().name(), status.name() + (note == null ? "" : ": " + note));
		boolean verified = refreshVerified(backgroundCheck.mechanicId());
		UserId mechanic = mechanics.get(backgroundCheck.mechanicId()).userId();
		if (status == BackgroundCheckStatus.CLEAR) {
			notifications.notify(mechanic, "Your background check is clear", "Your background check came back clear. " + (verified
					? "You're now verified and can take virtual consultations: turn on your availability when you're ready."
					: "Once your trade certificate is verified you can take virtual consultations."), "/mechanic/dashboard/virtual");
		}
		else {
			notifications.notify(mechanic, "Your background check result", "Your background check was not clear, so you can't take "
					+ "consultations on the platform for now." + (note == null ? "" : " Note from our operations team: " + note)
					+ "\n\nIf you think this is a mistake, reply to this message or consent to a new check.",
					"/mechanic/onboarding/virtual-only?step=background-check");
		}
		return checks.latest(backgroundCheck.mechanicId()).orElseThrow();
	}

	/**
	 * Withdraws verification from mechanics whose approved certificates have all expired, and tells them. Safe to run
	 * on every instance at once: it only recomputes the flag.
	 *
	 * @return how many mechanics lost their verification
	 */
	@Transactional
	public int expireCertifications() {
		int expired = 0;
		for (MechanicId id : certifications.verifiedWithOnlyExpiredCertifications(LocalDate.now(clock))) {
			if (!refreshVerified(id)) {
				expired++;
				notifications.notify(mechanics.get(id).userId(), "Your trade certificate has expired",
						"Your trade certificate has passed its expiry date, so you can't take consultations until you upload "
								+ "a current one and we verify it (target: 24 hours).",
						"/mechanic/onboarding/virtual-only?step=certification");
			}
		}
		return expired;
	}

	private Certification pendingForDecision(CertificationId id) {
		Certification certification = certifications.findForUpdate(id)
			.orElseThrow(() -> NotFoundException.of("Certification", id));
		if (!certification.isPending()) {
			throw new BusinessRuleException("This certification was " + certification.status().name().toLowerCase(Locale.ROOT)
					+ " already");
		}
		return certification;
	}

	/**
	 * Sets {@code mechanics.verified} from the certifications and the latest background check.
	 * @return whether the mechanic is verified now
	 */
	private boolean refreshVerified(MechanicId id) {
		Mechanic mechanic = mechanics.get(id);
		LocalDate today = LocalDate.now(clock);
		boolean certified = certifications.of(id).stream().anyMatch(c -> c.isValidOn(today));
		boolean clear = checks.latest(id).map(BackgroundCheck::isClear).orElse(false);
		boolean verified = certified && clear;
		if (verified != mechanic.verified()) {
			rows.updateVerified(id, verified, verified ? clock.instant() : null);
			if (!verified) {
				rows.updateAvailability(id, false);
			}
			audit.record(null, verified ? "mechanic.verified" : "mechanic.unverified", "mechanic:" + id.value(),
					String.valueOf(mechanic.verified()), String.valueOf(verified));
			events.publishEvent(new MechanicVerified(id, verified));
		}
		return verified;
	}

	private static String subject(Certification c) {
		return "mechanic:" + c.mechanicId().value() + ":certification:" + c.id().value();
	}

	private static String describe(Certification c) {
		return c.credential().label() + " certificate (" + c.trade().label() + ", no. " + c.certificateNumber() + ")";
	}

	private static BackgroundCheckStatus result(String raw) {
		String value = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
		if (!value.equals("CLEAR") && !value.equals("NOT_CLEAR")) {
			throw new IllegalArgumentException("Choose the result: CLEAR or NOT_CLEAR");
		}
		return BackgroundCheckStatus.valueOf(value);
	}
}
