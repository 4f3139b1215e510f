package ca.mechanicplatform.revenue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A month's money checked three ways: customer payments captured, the splits of the sales recorded, and the ledger.
 * Months are booking months in the accounting time zone.
 *
 * @param salesGrossCents     the gross of the sales booked in the month
 * @param splitsCents         the sum of those sales' parts (fee, shares, bay fees); equals the gross when every split adds up
 * @param reversedGrossCents  the gross of sales reversed by refunds in the month
 * @param ledgerTotalCents    the sum of every entry booked in the month; zero when every transaction balances
 * @param accountMovements    the month's net movement of each account
 * @param differences         every discrepancy found, most important first (at most 500)
 */
public record Reconciliation(YearMonth month, long paymentsCapturedCents, int paymentsCaptured, long refundsCents,
		int refunds, long salesGrossCents, int sales, long splitsCents, long reversedGrossCents, long ledgerTotalCents,
		Map<LedgerAccount, Long> accountMovements, List<Difference> differences) {

	/** Captured less refunded: what customers paid in the month, net. */
	public long netPaymentsCents() {
		return paymentsCapturedCents - refundsCents;
	}

	/** Gross sold less gross reversed. */
	public long netSalesCents() {
		return salesGrossCents - reversedGrossCents;
	}

	public boolean balanced() {
		return differences.isEmpty();
	}

	/**
	 * A discrepancy.
	 *
	 * @param kind        {@code UNBALANCED_TRANSACTION}, {@code SPLIT_DOES_NOT_ADD_UP}, {@code POSTING_DIFFERS_FROM_SPLIT},
	 *                    {@code PAYMENT_AMOUNT_DIFFERS}, {@code SALE_WITHOUT_PAYMENT} or {@code PAYMENT_NOT_USED}
	 * @param reference   the business key concerned
	 * @param amountCents the amount concerned
	 */
	public record Difference(String kind, String reference, String description, long amountCents) {
	}
}
