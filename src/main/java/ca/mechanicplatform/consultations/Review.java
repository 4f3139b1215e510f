package ca.mechanicplatform.consultations;

import java.time.Instant;

/**
 * A customer's rating of a completed consultation as anyone may see it: the stars, the comment and the vehicle, never
 * who the customer is.
 *
 * @param comment {@code null} when the customer left only stars
 * @param vehicle the make and model the consultation was about, e.g. {@code Honda Civic}
 */
public record Review(int rating, String comment, Instant ratedAt, String vehicle) {
}
