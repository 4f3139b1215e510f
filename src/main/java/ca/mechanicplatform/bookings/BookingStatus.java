package ca.mechanicplatform.bookings;

/**
 * PENDING until the workshop decides (or CONFIRMED at once when the workshop auto-confirms); DECLINED with a reason,
 * CANCELLED by the mechanic, COMPLETED when the mechanic completes the job. Only PENDING and CONFIRMED bookings hold
 * their bay.
 */
public enum BookingStatus {
	PENDING, CONFIRMED, DECLINED, CANCELLED, COMPLETED;

	public boolean holdsBay() {
		return this == PENDING || this == CONFIRMED;
	}
}
