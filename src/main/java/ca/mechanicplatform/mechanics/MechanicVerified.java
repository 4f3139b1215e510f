package ca.mechanicplatform.mechanics;

import ca.mechanicplatform.kernel.MechanicId;

/**
 * Published when a mechanic's verification changes: {@code verified} once a certification is approved and the
 * background check is clear, and {@code false} again if that stops being true.
 */
public record MechanicVerified(MechanicId mechanicId, boolean verified) {
}
