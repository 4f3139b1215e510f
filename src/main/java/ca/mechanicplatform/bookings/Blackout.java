package ca.mechanicplatform.bookings;

import java.time.LocalDate;

/** A day, in the workshop's time zone, on which none of its bays can be booked. */
public record Blackout(LocalDate day, String reason) {
}
