package ca.mechanicplatform.development;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An expiry reminder of a certificate: {@code thresholdDays} before it expires (60 or 14), due on {@code dueOn}; sent at
 * {@code sentAt}, or {@code null} while still to come.
 */
public record Reminder(int thresholdDays, LocalDate dueOn, Instant sentAt) {

	public boolean isSent() {
		return sentAt != null;
	}
}
