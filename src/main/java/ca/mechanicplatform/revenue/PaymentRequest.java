package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.Money;

/**
 * A payment to capture.
 *
 * @param businessKey what makes it unique, e.g. {@code consultation-1234-payment}; capturing the same key again
 *                    returns the first capture and charges nothing more
 * @param customer    who pays, or {@code null}
 * @param capturedAt  when the money was taken; the recording time when {@code null}
 */
public record PaymentRequest(String businessKey, CustomerId customer, Money amount, String description, Instant capturedAt) {
}
