package ca.mechanicplatform.profiles;

import java.util.List;

import ca.mechanicplatform.kernel.Money;

/**
 * A mechanic's referral code, link and results.
 *
 * @param link             the customer sign-up address carrying the code
 * @param referred         customers who signed up with the code
 * @param converted        of those, customers whose first paid consultation has completed
 * @param bonusEarned      referral bonuses paid so far
 * @param bonusPerReferral what the platform pays now for each conversion
 * @param recent           the 200 most recent referrals, newest first
 */
public record ReferralSummary(String code, String link, long referred, long converted, Money bonusEarned,
		Money bonusPerReferral, List<Referral> recent) {

	public ReferralSummary {
		recent = List.copyOf(recent);
	}

	/** Converted as a whole percentage of referred, 0 when nobody was referred yet. */
	public long conversionPercent() {
		return referred == 0 ? 0 : Math.round(converted * 100.0 / referred);
	}
}
