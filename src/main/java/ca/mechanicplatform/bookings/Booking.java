package ca.mechanicplatform.bookings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.partnerships.PartnershipId;
import ca.mechanicplatform.partnerships.ProgramType;

/**
 * A booking of one bay by one mechanic, from {@code start} to {@code end} (instants; shown in the workshop's
 * {@code zone}). The bay is held until {@code bufferedUntil}, the end plus the workshop's buffer at booking time. The
 * record guards its own transitions: each {@code require...} method throws when the transition is not allowed.
 *
 * @param cancelledLate    the mechanic cancelled within the workshop's cancellation notice period
 * @param freeCancellation the workshop moved the booking, so the mechanic may cancel it without it counting as late
 * @param job              the job done in the bay, or {@code null}
 * @param saleKey          the revenue module's business key of the sale recorded on completion, or {@code null}
 * @param bayFee           the bay fee charged on completion under bay rental, or {@code null}
 */
public record Booking(BookingId id, WorkshopId workshopId, String workshopName, ZoneId zone, BayId bayId, String bayName,
		MechanicId mechanicId, String mechanicName, PartnershipId partnershipId, ProgramType type, Instant start,
		Instant end, Instant bufferedUntil, BookingStatus status, String note, String declineReason, boolean cancelledLate,
		boolean freeCancellation, Instant createdAt, Instant confirmedAt, Instant cancelledAt, Instant rescheduledAt,
		Instant completedAt, Job job, String saleKey, Money bayFee) {

	public Interval interval() {
		return new Interval(start, end);
	}

	public Duration length() {
		return Duration.between(start, end);
	}

	public ZonedDateTime localStart() {
		return start.atZone(zone);
	}

	public ZonedDateTime localEnd() {
		return end.atZone(zone);
	}

	void requireConfirmable() {
		if (status != BookingStatus.PENDING) {
			throw new BusinessRuleException("Only a pending booking can be confirmed; this one is " + status.name().toLowerCase());
		}
	}

	void requireDeclinable() {
		if (status != BookingStatus.PENDING && status != BookingStatus.CONFIRMED) {
			throw new BusinessRuleException("Only a pending or confirmed booking can be declined; this one is "
					+ status.name().toLowerCase());
		}
	}

	void requireCancellable(Instant now) {
		if (!status.holdsBay()) {
			throw new BusinessRuleException("This booking is already " + status.name().toLowerCase());
		}
		if (!now.isBefore(end)) {
			throw new BusinessRuleException("This booking has already ended; it cannot be cancelled");
		}
	}

	void requireReschedulable(Instant now) {
		if (!status.holdsBay()) {
			throw new BusinessRuleException("Only a pending or confirmed booking can be moved; this one is "
					+ status.name().toLowerCase());
		}
		if (!now.isBefore(start)) {
			throw new BusinessRuleException("This booking has already started; it cannot be moved");
		}
	}

	void requireCompletable(Instant now) {
		if (status != BookingStatus.CONFIRMED) {
			throw new BusinessRuleException("Only a confirmed booking can be completed; this one is " + status.name().toLowerCase());
		}
		if (now.isBefore(start)) {
			throw new BusinessRuleException("The job can be completed once the booking has started");
		}
	}

	/** Whether cancelling at {@code now} counts as late under a notice period (the workshop's move makes it free). */
	boolean isLateCancellation(Instant now, Duration notice) {
		return !freeCancellation && now.plus(notice).isAfter(start);
	}
}
