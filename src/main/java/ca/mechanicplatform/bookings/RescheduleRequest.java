package ca.mechanicplatform.bookings;

/** The workshop moves a booking: to another time and/or another of its bays (the bay stays when {@code bayId} is null). */
public record RescheduleRequest(Long bayId, String start, String end) {
}
