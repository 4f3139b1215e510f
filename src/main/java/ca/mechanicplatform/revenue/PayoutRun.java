package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.UserId;

/** A payout run and where its lines stand. */
public record PayoutRun(long id, UserId createdBy, Instant createdAt, int lines, Money total, int pending, int paid,
		int failed) {
}
