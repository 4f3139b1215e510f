package ca.mechanicplatform.mechanics.internal;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.mechanics.BackgroundChecks;
import ca.mechanicplatform.mechanics.Mechanic;

/**
 * Background checks run by the platform's operators by hand: ordering one only puts it in the operators'
 * verification queue, where they record the result. A provider's integration replaces this bean.
 */
@Component
class ManualBackgroundChecks implements BackgroundChecks {

	@Override
	public String providerName() {
		return "Platform operations (manual check)";
	}

	@Override
	public boolean resultsRecordedByOperator() {
		return true;
	}

	@Override
	public String order(Mechanic mechanic, String consentName) {
		return null;
	}
}
