package ca.mechanicplatform.mechanics;

import java.time.Instant;

/** One change of a mechanic's service tier; {@code from} is {@code null} for the first choice. */
public record TierChange(ServiceTier from, ServiceTier to, Instant changedAt) {
}
