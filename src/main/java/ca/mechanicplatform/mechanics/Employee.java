package ca.mechanicplatform.mechanics;

import java.time.Instant;

/**
 * A workshop employee as the workshop sees them: the profile, when the current shift started ({@code null} when off
 * shift) and when the last shift ended ({@code null} if never).
 */
public record Employee(Mechanic mechanic, Instant onShiftSince, Instant lastClockedOut) {
}
