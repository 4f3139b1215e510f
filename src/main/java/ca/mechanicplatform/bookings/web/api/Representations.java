package ca.mechanicplatform.bookings.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import ca.mechanicplatform.bookings.Availability;
import ca.mechanicplatform.bookings.Booking;
import ca.mechanicplatform.bookings.BookingRules;
import ca.mechanicplatform.bookings.Interval;
import ca.mechanicplatform.bookings.Job;
import ca.mechanicplatform.kernel.IsoTimes;

/** What the bookings API returns. Instants are UTC; the same times in the workshop's zone come with their offset. */
final class Representations {

	private Representations() {
	}

	record JobView(Long customerId, String customerName, String customerContact, String vehicle, String description,
			long labourCents, long partsCents, long grossCents) {

		static JobView of(Job job) {
			return job == null ? null : new JobView(job.customerId() == null ? null : job.customerId().value(), job.customerName(),
					job.customerContact(), job.vehicle(), job.description(), job.labour().cents(), job.parts().cents(),
					job.gross().cents());
		}
	}

	record BookingView(long id, long workshopId, String workshopName, String timeZone, long bayId, String bayName,
			long mechanicId, String mechanicName, String programType, String status, Instant start, Instant end,
			String startLocal, String endLocal, long minutes, Instant heldUntil, String note, String declineReason,
			boolean cancelledLate, boolean freeCancellation, Instant createdAt, Instant confirmedAt, Instant cancelledAt,
			Instant rescheduledAt, Instant completedAt, JobView job, String saleKey, Long bayFeeCents) {

		static BookingView of(Booking b) {
			return new BookingView(b.id().value(), b.workshopId().value(), b.workshopName(), b.zone().getId(), b.bayId().value(),
					b.bayName(), b.mechanicId().value(), b.mechanicName(), b.type().name(), b.status().name(), b.start(), b.end(),
					IsoTimes.local(b.start(), b.zone()), IsoTimes.local(b.end(), b.zone()), b.length().toMinutes(),
					b.bufferedUntil(), b.note(), b.declineReason(), b.cancelledLate(), b.freeCancellation(), b.createdAt(),
					b.confirmedAt(), b.cancelledAt(), b.rescheduledAt(), b.completedAt(), JobView.of(b.job()), b.saleKey(),
					b.bayFee() == null ? null : b.bayFee().cents());
		}
	}

	record FreeTime(Instant start, Instant end, String startLocal, String endLocal, long minutes) {
	}

	record BayFreeTimeView(long bayId, String bayName, List<FreeTime> free) {
	}

	record AvailabilityView(long workshopId, String workshopName, String timeZone, LocalDate from, LocalDate to,
			BookingRules rules, List<BayFreeTimeView> bays) {

		static AvailabilityView of(Availability a) {
			// Free time mostly begins and ends where the workshop opens and closes, the same instants in every bay: each
			// instant's local text is written once per answer.
			Map<Instant, String> locals = new HashMap<>();
			Function<Instant, String> local = instant -> locals.computeIfAbsent(instant, i -> IsoTimes.local(i, a.zone()));
			List<BayFreeTimeView> bays = new ArrayList<>(a.bays().size());
			for (Availability.BayFreeTime bay : a.bays()) {
				List<FreeTime> free = new ArrayList<>(bay.free().size());
				for (Interval i : bay.free()) {
					free.add(new FreeTime(i.start(), i.end(), local.apply(i.start()), local.apply(i.end()), i.length().toMinutes()));
				}
				bays.add(new BayFreeTimeView(bay.bayId().value(), bay.bayName(), free));
			}
			return new AvailabilityView(a.workshopId().value(), a.workshopName(), a.zone().getId(), a.from(), a.to(), a.rules(), bays);
		}
	}
}
