package ca.mechanicplatform.bookings;

import ca.mechanicplatform.kernel.BusinessRuleException;

/** The mechanic has no active partnership with the bay's workshop, so may not book it: 403. */
public class NotPartneredException extends BusinessRuleException {

	public NotPartneredException(String message) {
		super(message);
	}
}
