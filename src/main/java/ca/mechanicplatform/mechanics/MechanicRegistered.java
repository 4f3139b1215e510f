package ca.mechanicplatform.mechanics;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.UserId;

/** Published after a mechanic signs up. */
public record MechanicRegistered(MechanicId mechanicId, UserId userId) {
}
