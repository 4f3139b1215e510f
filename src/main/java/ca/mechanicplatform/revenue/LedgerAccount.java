package ca.mechanicplatform.revenue;

/**
 * The ledger's accounts. Mechanic and workshop accounts exist per party (the entry names the party); the others are
 * the platform's own. Amounts are credit-positive: an entry adds to what the platform owes, or holds for, the owner.
 */
public enum LedgerAccount {

	/** The platform's fees. */
	PLATFORM_REVENUE("Platform revenue", false),
	/** Customer money captured and not yet divided by a sale (or refunded). */
	CUSTOMER_PAYMENTS("Customer payments clearing", false),
	/** Payouts sent to the bank and not yet confirmed paid or failed. */
	PAYOUTS_CLEARING("Payouts clearing", false),
	/** Money at the bank and payment processor; negative while the platform holds money. */
	FUNDS_HELD("Funds held", false),
	/** What the platform owes one mechanic. */
	MECHANIC("Mechanic", true),
	/** What the platform owes one workshop. */
	WORKSHOP("Workshop", true);

	private final String label;
	private final boolean perParty;

	LedgerAccount(String label, boolean perParty) {
		this.label = label;
		this.perParty = perParty;
	}

	public String label() {
		return label;
	}

	/** Whether entries on this account name the mechanic or workshop who owns it. */
	public boolean perParty() {
		return perParty;
	}
}
