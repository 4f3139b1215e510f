package ca.mechanicplatform.bookings;

import java.time.Instant;

import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/** A booking holds its bay for sure: confirmed by the workshop, or at once when the workshop auto-confirms. */
public record BookingConfirmed(BookingId booking, WorkshopId workshop, BayId bay, MechanicId mechanic, Instant start, Instant end) {
}
