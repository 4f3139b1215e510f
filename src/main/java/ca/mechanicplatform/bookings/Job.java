package ca.mechanicplatform.bookings;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.Money;

/**
 * The job a mechanic does in a booked bay: who for, on what vehicle, what work, and what the customer pays for labour
 * and parts. Its gross (labour plus parts) is the sale recorded when the job is completed.
 *
 * @param customerId      a platform customer, or {@code null} for someone who is not on the platform
 * @param customerContact an e-mail address or telephone number, or {@code null}
 */
public record Job(CustomerId customerId, String customerName, String customerContact, String vehicle, String description,
		Money labour, Money parts) {

	public Money gross() {
		return labour.plus(parts);
	}
}
