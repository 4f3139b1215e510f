package ca.mechanicplatform.bookings;

/**
 * A mechanic's request for a bay. Times are either local date-times in the workshop's time zone
 * ({@code 2026-03-08T01:30}) or instants with an offset ({@code 2026-03-08T06:30Z}, {@code 2026-11-01T01:30-05:00}); a
 * local time that a daylight-saving change skips is refused, and one it repeats means the first (daylight) occurrence
 * unless an offset says otherwise.
 *
 * @param job optional: the job to be done in the bay
 */
public record BookingRequest(Long bayId, String start, String end, String note, JobForm job) {
}
