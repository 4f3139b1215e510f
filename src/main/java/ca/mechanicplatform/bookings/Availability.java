package ca.mechanicplatform.bookings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * Free time in a workshop's bays between two dates (in its zone): for each bay, the stretches in which a booking of at
 * least the minimum length could start and end under the workshop's rules (opening hours, blackout days, notice, how
 * far ahead, buffers around existing bookings).
 */
public record Availability(WorkshopId workshopId, String workshopName, ZoneId zone, LocalDate from, LocalDate to,
		BookingRules rules, List<BayFreeTime> bays) {

	public record BayFreeTime(BayId bayId, String bayName, List<Interval> free) {
	}
}
