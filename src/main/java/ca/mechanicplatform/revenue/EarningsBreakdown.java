package ca.mechanicplatform.revenue;

import java.time.YearMonth;
import java.util.List;

/**
 * What a mechanic or workshop earned, read from the ledger. Earnings are shares of sales (net of refunds); fees are
 * bay and membership fees (negative for the mechanic who pays them, positive for the workshop that receives them);
 * net is earnings plus fees. Months are booking months in the accounting time zone.
 *
 * @param balanceCents what the platform owes the party now (all time, after payouts)
 * @param paidOutCents payouts sent in the period
 * @param byMonth      one row per month of the period, oldest first, months without activity included
 * @param byMode       one row per revenue model with sales in the period (refunded sales left out)
 */
public record EarningsBreakdown(String party, long partyId, YearMonth from, YearMonth to, long balanceCents,
		long virtualCents, long physicalCents, long feesCents, long netCents, long paidOutCents, List<Month> byMonth,
		List<Mode> byMode) {

	/** One month: shares of virtual and physical sales, fees, and their sum. */
	public record Month(YearMonth month, long virtualCents, long physicalCents, long feesCents, long netCents,
			long paidOutCents) {
	}

	/**
	 * One revenue model: how many sales, their gross, and the party's part of them.
	 *
	 * @param earnedCents the party's share of those sales (before any bay fee for the mechanic)
	 */
	public record Mode(RevenueModelKind model, long sales, long grossCents, long earnedCents) {
	}
}
