package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * A sale as the ledger recorded it, with the split computed at the time (the fee rule then in force).
 *
 * @param workshop        {@code null} for an independent mechanic's consultation
 * @param customer        {@code null} when the sale named no customer
 * @param paymentId       the customer payment it used, if any
 * @param bookedAt        when the ledger booked it: when it happened, or the recording time if that month was closed
 * @param alreadyRecorded whether this answer is the first recording of the business key returned again
 */
public record RecordedSale(long id, String businessKey, Split split, MechanicId mechanic, WorkshopId workshop,
		CustomerId customer, String description, Instant occurredAt, Instant recordedAt, Instant bookedAt, Long paymentId,
		boolean alreadyRecorded) {

	public ServiceKind serviceKind() {
		return split.kind().serviceKind();
	}

	RecordedSale asAlreadyRecorded() {
		return new RecordedSale(id, businessKey, split, mechanic, workshop, customer, description, occurredAt, recordedAt,
				bookedAt, paymentId, true);
	}
}
