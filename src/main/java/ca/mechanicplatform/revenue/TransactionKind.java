package ca.mechanicplatform.revenue;

/** What a ledger transaction records. */
public enum TransactionKind {

	SALE("Sale"),
	SALE_REVERSAL("Sale reversed by a refund"),
	PAYMENT_CAPTURE("Payment captured"),
	PAYMENT_REFUND("Payment refunded"),
	BAY_FEE("Bay fee"),
	MEMBERSHIP_FEE("Membership fee"),
	PAYOUT("Payout sent"),
	PAYOUT_PAID("Payout paid"),
	PAYOUT_FAILED("Payout failed, balance restored"),
	REFERRAL_BONUS("Referral bonus");

	private final String label;

	TransactionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
