package ca.mechanicplatform.bookings;

/** Identifies a bay booking. */
public record BookingId(long value) {

	public BookingId {
		if (value <= 0) {
			throw new IllegalArgumentException("An id is a positive number, was " + value);
		}
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
