package ca.mechanicplatform.consultations;

import java.time.Instant;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * A virtual consultation as stored. The mechanic, revenue mode, workshop, split and acceptance time are set from
 * acceptance on; {@code vin}, {@code preferredVideoAt} and the video fields may be {@code null}.
 */
public record Consultation(ConsultationId id, CustomerId customerId, String customerName, ConsultationKind kind,
		int vehicleYear, String vehicleMake, String vehicleModel, Vin vin, String problem, PostalCode postalCode, Money price,
		Instant preferredVideoAt, ConsultationStatus status, Instant requestedAt, Instant expiresAt, MechanicId mechanicId,
		String mechanicName, Instant acceptedAt, RevenueMode revenueMode, WorkshopId workshopId, Integer workshopSharePct,
		ConsultationSplit split, Instant videoScheduledAt, String videoRoom, Instant completedAt, Instant closedAt,
		Integer rating, String ratingComment, Instant ratedAt) {

	/** e.g. "2016 Honda Civic" */
	public String vehicle() {
		return vehicleYear + " " + vehicleMake + " " + vehicleModel;
	}

	public boolean isRated() {
		return rating != null;
	}

	/** Whether {@code mechanic} is the one who accepted it. */
	public boolean isServedBy(MechanicId mechanic) {
		return mechanicId != null && mechanicId.equals(mechanic);
	}
}
