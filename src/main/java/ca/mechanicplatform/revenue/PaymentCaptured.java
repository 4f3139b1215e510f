package ca.mechanicplatform.revenue;

import ca.mechanicplatform.kernel.CustomerId;

/** Published after a customer payment is captured (once per business key). */
public record PaymentCaptured(long paymentId, String businessKey, CustomerId customer, long amountCents) {
}
