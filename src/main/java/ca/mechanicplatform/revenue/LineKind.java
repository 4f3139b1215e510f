package ca.mechanicplatform.revenue;

/** What an entry is, as statements list it. */
public enum LineKind {

	SALE_GROSS("Customer payment applied to the sale"),
	PLATFORM_FEE("Platform fee"),
	WORKSHOP_SHARE("Workshop share"),
	MECHANIC_SHARE("Mechanic share"),
	BAY_FEE("Bay fee"),
	MEMBERSHIP_FEE("Membership fee"),
	PAYMENT("Customer payment"),
	REFUND("Refund to the customer"),
	PAYOUT("Payout"),
	PAYOUT_SETTLED("Payout settled by the bank"),
	REFERRAL_BONUS("Referral bonus paid by the platform");

	private final String label;

	LineKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** A share of a sale: the party's fees for services (what a T4A's box 048 counts). */
	public boolean isServiceFee() {
		return this == WORKSHOP_SHARE || this == MECHANIC_SHARE;
	}
}
