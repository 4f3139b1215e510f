package ca.mechanicplatform.partnerships;

import java.util.List;

/** Whether a mechanic may apply to a program, and every reason why not (empty when eligible). */
public record Eligibility(List<String> reasons, boolean offerTierUpgrade) {

	public boolean eligible() {
		return reasons.isEmpty();
	}
}
