package ca.mechanicplatform.consultations;

import java.time.LocalDate;
import java.util.Map;

/**
 * A mechanic's completed consultations over a period.
 *
 * @param completedByDay sessions completed per day in the accounting time zone (days without any left out), oldest first
 * @param ratings        the customers' ratings of those sessions, by number of stars
 */
public record SessionActivity(Map<LocalDate, Long> completedByDay, RatingCounts ratings) {
}
