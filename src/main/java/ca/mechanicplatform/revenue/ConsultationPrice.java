package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.UserId;

/**
 * A consultation's price to the customer.
 *
 * @param updatedBy the operator who set it last, {@code null} for the shipped default
 */
public record ConsultationPrice(ConsultationChannel channel, Money price, UserId updatedBy, Instant updatedAt) {
}
