package ca.mechanicplatform.crm;

import java.time.YearMonth;

/**
 * A mechanic's clients with a visit in one month (in the accounting time zone).
 *
 * @param clients    clients with at least one visit in the month
 * @param newClients those whose first visit ever with the mechanic is in the month; the others are returning clients
 * @param judged     those whose first visit in the month is at least {@link ClientActivity#RETENTION_DAYS} days ago,
 *                   so whether they came back in time is known
 * @param returned   of the judged, those with another visit within {@link ClientActivity#RETENTION_DAYS} days after
 *                   their first visit in the month
 */
public record ClientMonth(YearMonth month, long clients, long newClients, long judged, long returned) {

	public long returningClients() {
		return clients - newClients;
	}
}
