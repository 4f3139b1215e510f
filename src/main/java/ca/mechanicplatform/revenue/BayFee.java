package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * A bay fee to charge on its own, outside a sale (a booking whose job is paid elsewhere, a no-show under the
 * workshop's notice period).
 *
 * @param businessKey what makes it unique, e.g. {@code booking-88}
 * @param amount      the rate times the booked time
 */
public record BayFee(String businessKey, MechanicId mechanic, WorkshopId workshop, Money amount, Instant occurredAt,
		String description) {
}
