package ca.mechanicplatform.mechanics;

import ca.mechanicplatform.kernel.MechanicId;

/** Published when a mechanic chooses or changes their service tier; {@code from} is {@code null} the first time. */
public record ServiceTierChosen(MechanicId mechanicId, ServiceTier from, ServiceTier to) {
}
