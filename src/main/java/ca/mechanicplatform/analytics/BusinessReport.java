package ca.mechanicplatform.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A mechanic's business over a period. Money is in cents and comes from the ledger exactly as the earnings page and
 * the monthly statements read it: a month's virtual, physical and fee figures are the entries booked in it (in the
 * accounting time zone). Months and weeks are clipped to the period, so the first and last may be partial.
 *
 * @param months one row per calendar month the period touches, oldest first
 * @param weeks  one row per week (Monday to Sunday) the period touches, oldest first
 */
public record BusinessReport(LocalDate from, LocalDate to, String zone, Totals totals, Ratings ratings, Retention retention,
		List<Month> months, List<Week> weeks) {

	/**
	 * The whole period.
	 *
	 * @param clients          clients with a visit in the period; {@code newClients} of them visited for the first time
	 * @param signUps          referred customers who signed up in the period; {@code signUpsConverted} have converted since
	 * @param conversions      referrals that converted in the period, and the bonuses paid for them
	 */
	public record Totals(long virtualCents, long physicalCents, long feesCents, long netCents, long paidOutCents, long sessions,
			long jobs, long clients, long newClients, long returningClients, long signUps, long signUpsConverted, long conversions,
			long bonusCents) {
	}

	/** Ratings of the sessions completed in the period; {@code average} to two decimals, {@code null} without any. */
	public record Ratings(long count, BigDecimal average, long oneStar, long twoStars, long threeStars, long fourStars,
			long fiveStars) {
	}

	/**
	 * 90-day retention over the period: of the {@code clients} with a visit in it, the {@code judged} whose first visit
	 * in the period is at least {@code days} days ago, and the {@code returned} among them who visited again within
	 * {@code days} days after it. {@code ratePercent} is returned / judged to one decimal, {@code null} when none is judged.
	 */
	public record Retention(int days, long clients, long judged, long returned, BigDecimal ratePercent) {
	}

	/** One month of the period: earnings, activity, clients (retention from their first visit in the month), referrals. */
	public record Month(YearMonth month, LocalDate start, LocalDate end, long virtualCents, long physicalCents, long feesCents,
			long netCents, long sessions, long jobs, long clients, long newClients, long returningClients, long retentionJudged,
			long retentionReturned, BigDecimal retentionPercent, long signUps, long conversions, long bonusCents) {
	}

	/** One week of the period (starting on Monday, clipped to the period): sessions and bay jobs completed. */
	public record Week(LocalDate start, LocalDate end, long sessions, long jobs) {
	}
}
