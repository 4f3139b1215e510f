package ca.mechanicplatform.development;

import java.util.List;

import ca.mechanicplatform.mechanics.Certification;

/**
 * A certification with where it stands against its expiry date on the day it was read: {@code daysLeft} is negative
 * once expired (0 on its last valid day), and the expiry reminders sent and still to come.
 */
public record CertificationExpiry(Certification certification, long daysLeft, ExpiryStatus status, List<Reminder> reminders) {

	public CertificationExpiry {
		reminders = List.copyOf(reminders);
	}

	/** "Valid", "Expires in 12 days", "Expires tomorrow", "Expires today" or "Expired". */
	public String label() {
		return switch (status) {
			case VALID -> "Valid";
			case EXPIRED -> "Expired";
			case EXPIRES_SOON -> daysLeft == 0 ? "Expires today" : daysLeft == 1 ? "Expires tomorrow" : "Expires in " + daysLeft + " days";
		};
	}
}
