package ca.mechanicplatform.statements;

import java.time.YearMonth;

/** Published after a run issued a month's statements; {@code created} is 0 when every party already had one. */
public record StatementsIssued(long runId, YearMonth month, int created) {
}
