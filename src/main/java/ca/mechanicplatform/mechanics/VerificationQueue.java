package ca.mechanicplatform.mechanics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ca.mechanicplatform.documents.StoredDocument;

/**
 * What platform operators have to verify, oldest first, with how the platform is doing against its target of a
 * decision within {@link #TARGET} of submission.
 */
public record VerificationQueue(List<PendingCertification> certifications, List<PendingBackgroundCheck> backgroundChecks,
		List<Decision> recentDecisions, Stats stats, String backgroundCheckProvider, boolean backgroundChecksRecordedByOperator) {

	/** The Phase 3 plan's target: onboarding within 24 hours. */
	public static final Duration TARGET = Duration.ofHours(24);

	public VerificationQueue {
		certifications = List.copyOf(certifications);
		backgroundChecks = List.copyOf(backgroundChecks);
		recentDecisions = List.copyOf(recentDecisions);
	}

	/** A certification waiting for a decision, with its mechanic, document and how long it has waited. */
	public record PendingCertification(Certification certification, Mechanic mechanic, StoredDocument document,
			Duration waiting) {

		public boolean isOverdue() {
			return waiting.compareTo(TARGET) > 0;
		}

		/** Time left before the 24-hour target passes; zero when overdue. */
		public Duration leftOfTarget() {
			return isOverdue() ? Duration.ZERO : TARGET.minus(waiting);
		}
	}

	/** A background check waiting for its result. */
	public record PendingBackgroundCheck(BackgroundCheck check, Mechanic mechanic, Duration waiting) {

		public boolean isOverdue() {
			return waiting.compareTo(TARGET) > 0;
		}
	}

	/** A decision taken: on what ({@code Certification} or {@code Background check}), for whom, and how long it took. */
	public record Decision(String subject, Mechanic mechanic, String outcome, Instant submittedAt, Instant decidedAt,
			String reason) {

		public Duration took() {
			return Duration.between(submittedAt, decidedAt);
		}

		public boolean withinTarget() {
			return took().compareTo(TARGET) <= 0;
		}
	}

	/**
	 * Certification decisions over the last 30 days: how many, the average time from submission to decision
	 * ({@code null} when there were none) and how many met the target; plus what is waiting now.
	 */
	public record Stats(int pendingCertifications, int pendingBackgroundChecks, int overdue, int decidedLast30Days,
			int decidedWithinTarget, Duration averageDecisionTime) {

		/** Share of the last 30 days' decisions within the target, in whole percent; 100 when there were none. */
		public int withinTargetPercent() {
			return decidedLast30Days == 0 ? 100 : decidedWithinTarget * 100 / decidedLast30Days;
		}
	}
}
