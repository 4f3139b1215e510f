package ca.mechanicplatform.consultations;

import java.time.Instant;

import ca.mechanicplatform.kernel.Money;

/**
 * An open request as a mechanic sees it in the feed: no customer identity, only the area's distance band.
 *
 * @param distanceBand e.g. "under 50 km", from the mechanic's workshop (employees) or own postal code
 * @param earnings     what this mechanic would earn for it in their current mode
 */
public record FeedCard(ConsultationId id, ConsultationKind kind, String vehicle, String problem, String area,
		String distanceBand, Money price, Money earnings, ConsultationSplit split, Instant requestedAt, Instant expiresAt) {
}
