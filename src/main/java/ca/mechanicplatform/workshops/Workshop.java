package ca.mechanicplatform.workshops;

import java.time.Instant;
import java.time.ZoneId;

import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;

/** A workshop's profile. Its bookings and hours are shown in {@code timeZone}. */
public record Workshop(WorkshopId id, UserId adminUserId, String name, String streetAddress, String city,
		Province province, PostalCode postalCode, ZoneId timeZone, String phone, boolean allowEmployeeLocalFreelance,
		int employeeRevenueSharePct, Instant createdAt) {

	public String address() {
		return streetAddress + ", " + city + ", " + province.name() + " " + postalCode;
	}
}
