package ca.mechanicplatform.bookings;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * A mechanic completed a booking; its job's sale (if it had one) is recorded under {@code saleKey} in revenue.
 *
 * @param customer the job's platform customer, or {@code null}
 */
public record JobCompleted(BookingId booking, WorkshopId workshop, MechanicId mechanic, CustomerId customer, String saleKey,
		long grossCents) {
}
