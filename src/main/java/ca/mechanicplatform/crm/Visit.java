package ca.mechanicplatform.crm;

import java.time.Instant;

import ca.mechanicplatform.kernel.Money;

/**
 * One completed consultation or bay job in a client's service history, with the amounts of the sale revenue recorded.
 *
 * @param kind      {@link ClientSource#CONSULTATION} or {@link ClientSource#JOB}
 * @param sourceRef {@code consultation:<id>} or {@code bay-booking:<id>}
 * @param saleKey   revenue's business key of the sale
 * @param gross     what the client paid
 * @param mechanic  the mechanic's share after the platform fee and any workshop share or bay fee
 * @param refundedAt when the payment was refunded (the visit then no longer counts), or {@code null}
 */
public record Visit(long id, ClientSource kind, String sourceRef, String saleKey, Instant occurredAt, String description,
		String vehicle, Money gross, Money mechanic, Instant refundedAt) {

	public boolean isRefunded() {
		return refundedAt != null;
	}
}
