package ca.mechanicplatform.workshops;

/**
 * One open day as a form or API request: the weekday ({@code MONDAY} … {@code SUNDAY}) and local times
 * {@code HH:mm}. Days left out are closed.
 */
public record DayHours(String day, String opens, String closes) {
}
