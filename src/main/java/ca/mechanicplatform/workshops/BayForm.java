package ca.mechanicplatform.workshops;

/**
 * A bay as the workshop admin adds or edits it: a name unique within the workshop and a {@link BayType} name.
 * {@code active} is {@code null} to keep the bay's current state (new bays are active).
 */
public record BayForm(String name, String type, Boolean active) {
}
