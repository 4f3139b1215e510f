package ca.mechanicplatform.development;

/** What a training was about, for grouping a mechanic's log. */
public enum TrainingCategory {

	MANUFACTURER("Manufacturer training"),
	HYBRID_AND_ELECTRIC("Hybrid and electric vehicles"),
	DIAGNOSTICS("Diagnostics"),
	SAFETY_AND_COMPLIANCE("Safety and compliance"),
	TRADE_UPGRADING("Trade upgrading"),
	BUSINESS("Business and customer service"),
	OTHER("Other");

	private final String label;

	TrainingCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
