package ca.mechanicplatform.bookings;

import java.time.Duration;

/**
 * A workshop's booking rules, for all of its bays. Opening hours and the time zone are the workshop's own.
 *
 * @param bufferMinutes           free time kept between two bookings of one bay
 * @param minLengthMinutes        the shortest booking
 * @param maxLengthMinutes        the longest booking
 * @param minNoticeMinutes        how long before its start a booking must be made
 * @param maxDaysAhead            how far ahead bookings may start
 * @param autoConfirm             whether a booking is CONFIRMED at once rather than PENDING
 * @param cancellationNoticeHours a mechanic cancelling less than this before the start cancels late (recorded)
 */
public record BookingRules(int bufferMinutes, int minLengthMinutes, int maxLengthMinutes, int minNoticeMinutes,
		int maxDaysAhead, boolean autoConfirm, int cancellationNoticeHours) {

	/** The longest buffer a workshop may keep between two bookings. */
	public static final int MAX_BUFFER_MINUTES = 240;
	/** The longest booking a workshop may allow: 7 days. */
	public static final int MAX_LENGTH_MINUTES = 10080;

	/** What a workshop that never changed its rules has. */
	public static final BookingRules DEFAULTS = new BookingRules(15, 60, 600, 120, 60, false, 24);

	public Duration buffer() {
		return Duration.ofMinutes(bufferMinutes);
	}

	public Duration minNotice() {
		return Duration.ofMinutes(minNoticeMinutes);
	}

	public Duration cancellationNotice() {
		return Duration.ofHours(cancellationNoticeHours);
	}
}
