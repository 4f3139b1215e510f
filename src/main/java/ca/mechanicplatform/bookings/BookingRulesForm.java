package ca.mechanicplatform.bookings;

/** The workshop's booking rules as a form or API request; every number is checked on the server. */
public record BookingRulesForm(Integer bufferMinutes, Integer minLengthMinutes, Integer maxLengthMinutes,
		Integer minNoticeMinutes, Integer maxDaysAhead, Boolean autoConfirm, Integer cancellationNoticeHours) {
}
