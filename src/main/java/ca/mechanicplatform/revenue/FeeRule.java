package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.UserId;

/**
 * A platform fee in force from an instant for one service kind and mechanic relationship, until a rule with a later
 * start supersedes it. Rules are never edited or removed.
 *
 * @param createdBy the operator who added it, {@code null} for the shipped defaults
 * @param reason    why it was added, as the operator wrote it ({@code null} for the defaults)
 */
public record FeeRule(long id, ServiceKind serviceKind, MechanicRelationship relationship, Percentage percentage,
		Instant effectiveFrom, UserId createdBy, Instant createdAt, String reason) {

	/** What the audit log and history show: {@code "15% from 2026-12-01T05:00:00Z (rule 4)"}. */
	public String describe() {
		return percentage + " from " + effectiveFrom + " (rule " + id + ")";
	}
}
