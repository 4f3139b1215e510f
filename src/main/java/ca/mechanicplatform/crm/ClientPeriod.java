package ca.mechanicplatform.crm;

import java.util.List;

/**
 * A mechanic's clients over a period: the period as a whole (retention from each client's first visit in it) and each
 * month with visits in it (retention from each client's first visit in that month), oldest first.
 */
public record ClientPeriod(ClientRetention overall, List<ClientMonth> months) {
}
