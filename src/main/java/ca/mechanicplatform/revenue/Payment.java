package ca.mechanicplatform.revenue;

import java.time.Instant;

import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.Money;

/**
 * A customer payment captured through the {@link PaymentGateway}.
 *
 * @param customer        {@code null} when the payer has no customer profile
 * @param refundedAt      {@code null} until refunded
 * @param alreadyRecorded whether this answer is the first capture of the business key returned again
 */
public record Payment(long id, String businessKey, CustomerId customer, Money amount, String description, String gateway,
		String gatewayReference, Status status, Instant capturedAt, Instant refundedAt, String refundReference,
		String refundReason, boolean alreadyRecorded) {

	public enum Status {
		CAPTURED, REFUNDED
	}

	public boolean isRefunded() {
		return status == Status.REFUNDED;
	}

	Payment asAlreadyRecorded() {
		return new Payment(id, businessKey, customer, amount, description, gateway, gatewayReference, status, capturedAt,
				refundedAt, refundReference, refundReason, true);
	}
}
