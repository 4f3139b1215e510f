package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;

/**
 * A completed consultation or job to record, as another module reports it.
 *
 * @param businessKey what makes it unique, e.g. {@code consultation-1234}: recording the same key again (later or
 *                    concurrently) posts nothing more and returns the first recording
 * @param model       how its money is divided; the service kind (virtual or physical) follows from it
 * @param gross       what the customer paid
 * @param mechanic    the mechanic who did the work
 * @param customer    the customer, or {@code null}
 * @param occurredAt  when it was completed; picks the fee rule and the month
 * @param description what statements show, e.g. {@code "Video consultation with Sam P."}; the model's name when blank
 * @param paymentKey  the business key of the customer payment it uses ({@link Payments#capture}), or {@code null}
 */
public record Sale(String businessKey, RevenueModel model, Money gross, MechanicId mechanic, CustomerId customer,
		Instant occurredAt, String description, String paymentKey) {
}
