package ca.mechanicplatform.revenue.internal;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.revenue.PaymentGateway;

/**
 * Payments taken outside the platform (cash, e-transfer, a card terminal) and recorded by it. Nothing is sent
 * anywhere, so the reference is derived from the key: the same key always gives the same reference.
 */
@Component
class OfflinePaymentGateway implements PaymentGateway {

	@Override
	public String name() {
		return "offline";
	}

	@Override
	public String capture(String idempotencyKey, Money amount, String description) {
		return "offline-capture:" + idempotencyKey;
	}

	@Override
	public String refund(String idempotencyKey, String captureReference, Money amount) {
		return "offline-refund:" + idempotencyKey;
	}
}
