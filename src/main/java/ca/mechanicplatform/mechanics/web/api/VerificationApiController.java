package ca.mechanicplatform.mechanics.web.api;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.mechanics.CertificationId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicVerification;
import ca.mechanicplatform.mechanics.VerificationQueue;
import ca.mechanicplatform.mechanics.web.api.Representations.BackgroundCheckView;
import ca.mechanicplatform.mechanics.web.api.Representations.CertificationView;
import ca.mechanicplatform.mechanics.web.api.Representations.DocumentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Verification (operators)")
class VerificationApiController {

	private final MechanicVerification verification;
	private final Documents documents;

	VerificationApiController(MechanicVerification verification, Documents documents) {
		this.verification = verification;
		this.documents = documents;
	}

	record MechanicSummary(long id, String name, String email, String province, String serviceTier, boolean verified) {

		static MechanicSummary of(Mechanic m) {
			return new MechanicSummary(m.id().value(), m.name(), m.email(), m.province().name(),
					m.serviceTier() == null ? null : m.serviceTier().name(), m.verified());
		}
	}

	record PendingCertificationView(long id, MechanicSummary mechanic, String credential, String trade,
			String certificateNumber, String issuingProvince, java.time.LocalDate expiresOn, Instant submittedAt,
			long waitingMinutes, boolean overdue, DocumentView document) {
	}

	record PendingBackgroundCheckView(long id, MechanicSummary mechanic, String consentName, Instant consentedAt,
			String provider, long waitingMinutes, boolean overdue) {
	}

	record DecisionView(String subject, MechanicSummary mechanic, String outcome, Instant submittedAt, Instant decidedAt,
			long decisionMinutes, boolean withinTarget, String reason) {
	}

	record StatsView(int targetHours, int pendingCertifications, int pendingBackgroundChecks, int overdue,
			int decidedLast30Days, int decidedWithinTarget, int withinTargetPercent, Long averageDecisionMinutes) {
	}

	record QueueView(StatsView stats, String backgroundCheckProvider, boolean backgroundChecksRecordedByOperator,
			List<PendingCertificationView> certifications, List<PendingBackgroundCheckView> backgroundChecks,
			List<DecisionView> recentDecisions) {
	}

	record RejectRequest(String reason) {
	}

	record BackgroundCheckResult(String result, String notes) {
	}

	@GetMapping("/api/admin/verifications")
	@Operation(summary = "The verification queue",
			description = "Pending certifications with their documents and pending background checks, oldest first; the last 30 days' "
					+ "decisions with the time each took; averages against the 24-hour target.")
	QueueView queue() {
		VerificationQueue queue = verification.queue();
		var s = queue.stats();
		var stats = new StatsView((int) VerificationQueue.TARGET.toHours(), s.pendingCertifications(), s.pendingBackgroundChecks(),
				s.overdue(), s.decidedLast30Days(), s.decidedWithinTarget(), s.withinTargetPercent(),
				s.averageDecisionTime() == null ? null : s.averageDecisionTime().toMinutes());
		return new QueueView(stats, queue.backgroundCheckProvider(), queue.backgroundChecksRecordedByOperator(),
				queue.certifications().stream().map(p -> new PendingCertificationView(p.certification().id().value(),
						MechanicSummary.of(p.mechanic()), p.certification().credential().name(), p.certification().trade().name(),
						p.certification().certificateNumber(), p.certification().issuingProvince().name(),
						p.certification().expiresOn(), p.certification().submittedAt(), p.waiting().toMinutes(), p.isOverdue(),
						DocumentView.of(p.document()))).toList(),
				queue.backgroundChecks().stream().map(p -> new PendingBackgroundCheckView(p.check().id(),
						MechanicSummary.of(p.mechanic()), p.check().consentName(), p.check().consentedAt(), p.check().provider(),
						p.waiting().toMinutes(), p.isOverdue())).toList(),
				queue.recentDecisions().stream().map(d -> new DecisionView(d.subject(), MechanicSummary.of(d.mechanic()),
						d.outcome(), d.submittedAt(), d.decidedAt(), d.took().toMinutes(), d.withinTarget(), d.reason())).toList());
	}

	@PostMapping("/api/admin/verifications/certifications/{id}/approve")
	@Operation(summary = "Approve a pending certification", description = "409 if it was decided already or has expired.")
	CertificationView approve(@PathVariable long id, @AuthenticationPrincipal PlatformUser operator) {
		var certification = verification.approve(certificationId(id), operator.id());
		return CertificationView.of(certification, documents.get(certification.documentId()));
	}

	@PostMapping("/api/admin/verifications/certifications/{id}/reject")
	@Operation(summary = "Reject a pending certification with a reason the mechanic reads")
	CertificationView reject(@PathVariable long id, @AuthenticationPrincipal PlatformUser operator,
			@RequestBody RejectRequest request) {
		var certification = verification.reject(certificationId(id), operator.id(), request.reason());
		return CertificationView.of(certification, documents.get(certification.documentId()));
	}

	@PostMapping("/api/admin/verifications/background-checks/{id}")
	@Operation(summary = "Record a background check's result",
			description = "result CLEAR or NOT_CLEAR, optional notes. Background checks are run by operators by hand today.")
	BackgroundCheckView record(@PathVariable long id, @AuthenticationPrincipal PlatformUser operator,
			@RequestBody BackgroundCheckResult request) {
		return BackgroundCheckView.of(verification.recordBackgroundCheck(id, operator.id(), request.result(), request.notes()));
	}

	private static CertificationId certificationId(long id) {
		if (id <= 0) {
			throw NotFoundException.of("Certification", id);
		}
		return new CertificationId(id);
	}
}
