package ca.mechanicplatform.bookings.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ca.mechanicplatform.bookings.Availability;
import ca.mechanicplatform.bookings.Interval;

/**
 * Start times the booking form offers: every half hour on the workshop's local clock at which a booking of the chosen
 * length fits entirely in a bay's free time. Only free slots are offered; the server checks again when booking.
 */
record SlotOptions(List<Slot> slots) {

	static final Duration STEP = Duration.ofMinutes(30);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.CANADA);

	record Slot(long bayId, String bayName, Instant start, Instant end, String label) {

		public String value() {
			return bayId + "|" + start + "|" + end;
		}
	}

	static SlotOptions of(Availability availability, Duration length, int limitPerBay) {
		ZoneId zone = availability.zone();
		List<Slot> slots = new ArrayList<>();
		for (var bay : availability.bays()) {
			int count = 0;
			for (Interval free : bay.free()) {
				ZonedDateTime local = free.start().atZone(zone);
				ZonedDateTime aligned = local.truncatedTo(ChronoUnit.HOURS);
				while (aligned.toInstant().isBefore(free.start())) {
					aligned = aligned.plus(STEP);
				}
				// The earliest free moment first (right after another booking's buffer), then every half hour.
				List<Instant> starts = new ArrayList<>();
				if (!aligned.toInstant().equals(free.start()) && free.start().getEpochSecond() % 60 == 0 && free.start().getNano() == 0) {
					starts.add(free.start());
				}
				for (ZonedDateTime t = aligned; !t.toInstant().plus(length).isAfter(free.end()); t = t.plus(STEP)) {
					starts.add(t.toInstant());
				}
				for (Instant s : starts) {
					if (s.plus(length).isAfter(free.end()) || count >= limitPerBay) {
						break;
					}
					Instant e = s.plus(length);
					slots.add(new Slot(bay.bayId().value(), bay.bayName(), s, e,
							bay.bayName() + " · " + TIME.format(s.atZone(zone)) + " – " + TIME.format(e.atZone(zone))));
					count++;
				}
			}
		}
		return new SlotOptions(slots);
	}
}
