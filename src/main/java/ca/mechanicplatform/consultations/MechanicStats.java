package ca.mechanicplatform.consultations;

import ca.mechanicplatform.kernel.Money;

/**
 * A mechanic's consultation figures.
 *
 * @param completed     sessions completed
 * @param inProgress    sessions accepted and not yet completed
 * @param averageRating the average of the customers' ratings, or {@code null} before the first one
 * @param ratings       how many ratings
 * @param earnings      the mechanic's own part of every completed session
 */
public record MechanicStats(long completed, long inProgress, Double averageRating, long ratings, Money earnings) {
}
