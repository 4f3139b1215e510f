package ca.mechanicplatform.mechanics;

/**
 * Something a mechanic's profile still lacks.
 *
 * @param code        stable identifier for programs, e.g. {@code certification-verified}
 * @param description what is missing, for people, e.g. "An operator has not verified your certification yet"
 */
public record MissingItem(String code, String description) {
}
