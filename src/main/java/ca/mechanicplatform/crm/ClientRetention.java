package ca.mechanicplatform.crm;

/**
 * A mechanic's clients over a whole period: the same figures as {@link ClientMonth}, with each client's first visit in
 * the period as the one retention is measured from.
 */
public record ClientRetention(long clients, long newClients, long judged, long returned) {

	public long returningClients() {
		return clients - newClients;
	}
}
