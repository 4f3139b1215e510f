package ca.mechanicplatform.mechanics;

/**
 * The payout step of onboarding: a Canadian bank account for direct deposit (institution number 3 digits, transit
 * number 5 digits, account number 7–12 digits), as printed on a void cheque.
 */
public record PayoutDetailsForm(
		String accountHolder,
		String institutionNumber,
		String transitNumber,
		String accountNumber) {
}
