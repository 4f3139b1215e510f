package ca.mechanicplatform.revenue;

import ca.mechanicplatform.kernel.Money;

/**
 * The port to whoever moves the customer's money. The shipped adapter records offline payments (cash, e-transfer or
 * a card terminal, entered by the platform); card processors are further adapters. Both operations are idempotent
 * by key: calling again with the same key must not charge or refund twice, and returns the same reference.
 */
public interface PaymentGateway {

	/** The adapter's name, stored with each payment ({@code offline}). */
	String name();

	/**
	 * Takes the customer's money.
	 *
	 * @return the processor's reference for the capture
	 */
	String capture(String idempotencyKey, Money amount, String description);

	/**
	 * Returns a captured payment to the customer in full.
	 *
	 * @return the processor's reference for the refund
	 */
	String refund(String idempotencyKey, String captureReference, Money amount);
}
