package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.UserId;

/** Published after an operator adds a fee rule. */
public record FeeRuleAdded(long ruleId, ServiceKind serviceKind, MechanicRelationship relationship,
		Percentage percentage, Instant effectiveFrom, UserId addedBy) {
}
