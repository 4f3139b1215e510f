package ca.mechanicplatform.audit;

import java.time.Instant;

import ca.mechanicplatform.kernel.UserId;

/**
 * One recorded change.
 *
 * @param actor  who made the change; {@code null} for the platform itself (migrations, scheduled jobs)
 * @param action what was done, e.g. {@code fee-rule.added}
 * @param subject what it was done to, e.g. {@code fee-rules/VIRTUAL_CONSULTATION/INDEPENDENT}
 * @param before the value before the change as text, {@code null} when there was none
 * @param after  the value after the change as text, {@code null} when it was removed
 */
public record AuditEntry(long id, Instant occurredAt, UserId actor, String action, String subject, String before,
		String after) {
}
