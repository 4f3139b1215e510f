package ca.mechanicplatform.crm;

/**
 * What to look for in a mechanic's clients; every part is optional.
 *
 * @param q                     part of the name, e-mail address or telephone number
 * @param vehicle               part of a vehicle's year, make, model or VIN
 * @param tag                   a tag the client has
 * @param lastVisitAfter        last visit on or after this day (YYYY-MM-DD, accounting time zone)
 * @param lastVisitBefore       last visit before this day
 * @param minLifetimeValueCents lifetime value at least this many cents
 * @param sort                  {@code recent} (last visit, the default), {@code name} or {@code value}
 * @param page                  from 0
 * @param size                  1 to 100, 20 by default
 */
public record ClientSearch(String q, String vehicle, String tag, String lastVisitAfter, String lastVisitBefore,
		Long minLifetimeValueCents, String sort, Integer page, Integer size) {

	public static ClientSearch all() {
		return new ClientSearch(null, null, null, null, null, null, null, null, null);
	}
}
