package ca.mechanicplatform.profiles;

import java.time.YearMonth;

/**
 * A mechanic's referrals in one month (in the accounting time zone).
 *
 * @param signUps          customers who signed up with the mechanic's code in the month
 * @param signUpsConverted of those, how many have converted since
 * @param conversions      referrals that converted in the month (whenever the customer signed up)
 * @param bonusCents       the referral bonuses paid for those conversions
 */
public record ReferralMonth(YearMonth month, long signUps, long signUpsConverted, long conversions, long bonusCents) {
}
