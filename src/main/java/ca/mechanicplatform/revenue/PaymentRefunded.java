package ca.mechanicplatform.revenue;

import ca.mechanicplatform.kernel.CustomerId;

/**
 * Published after a payment is refunded in full; {@code reversedSaleId} is the sale whose split was reversed with it,
 * or {@code null} when no sale had used the payment yet.
 */
public record PaymentRefunded(long paymentId, String businessKey, CustomerId customer, long amountCents, Long reversedSaleId) {
}
