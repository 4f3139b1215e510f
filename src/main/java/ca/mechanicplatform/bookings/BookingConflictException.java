package ca.mechanicplatform.bookings;

import java.time.Instant;

import ca.mechanicplatform.kernel.BusinessRuleException;

/** The bay is already held (buffer included) by another booking at that time: 409, naming the other booking's times. */
public class BookingConflictException extends BusinessRuleException {

	private final transient Instant conflictStart;
	private final transient Instant conflictEnd;

	public BookingConflictException(String message, Instant conflictStart, Instant conflictEnd) {
		super(message);
		this.conflictStart = conflictStart;
		this.conflictEnd = conflictEnd;
	}

	public Instant conflictStart() {
		return conflictStart;
	}

	public Instant conflictEnd() {
		return conflictEnd;
	}
}
