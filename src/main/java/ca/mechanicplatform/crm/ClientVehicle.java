package ca.mechanicplatform.crm;

import java.time.Instant;

/** A client's vehicle; year, make and VIN may be unknown ({@code null}). */
public record ClientVehicle(long id, Integer year, String make, String model, String vin, Instant createdAt) {

	/** e.g. "2016 Honda Civic" */
	public String label() {
		StringBuilder s = new StringBuilder();
		if (year != null) {
			s.append(year).append(' ');
		}
		if (make != null) {
			s.append(make).append(' ');
		}
		return s.append(model).toString();
	}
}
