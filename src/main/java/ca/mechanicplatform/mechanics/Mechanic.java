package ca.mechanicplatform.mechanics;

import java.time.Instant;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * A mechanic's profile. {@code serviceTier} is {@code null} until the mechanic chooses one; {@code workshopId} is set
 * exactly when the mechanic is a workshop employee.
 */
public record Mechanic(MechanicId id, UserId userId, String name, String email, ServiceTier serviceTier,
		MechanicType type, WorkshopId workshopId, PostalCode postalCode, Province province, boolean verified,
		boolean clockedInByAdmin, boolean available, OffShiftMode offShiftMode, int exclusionRadiusKm,
		int offShiftRevenueSharePct, Instant createdAt) {

	public boolean isEmployee() {
		return type == MechanicType.WORKSHOP_EMPLOYEE;
	}

	/** An employee is on shift while the workshop has clocked them in. */
	public boolean isOnShift() {
		return isEmployee() && clockedInByAdmin;
	}
}
