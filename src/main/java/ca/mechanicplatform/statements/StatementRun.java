package ca.mechanicplatform.statements;

import java.time.Instant;
import java.time.YearMonth;

import ca.mechanicplatform.kernel.UserId;

/**
 * One generation of a month's statements.
 *
 * @param created how many statements this run issued; parties that already had one keep it
 */
public record StatementRun(long id, YearMonth month, Trigger trigger, UserId startedBy, Instant startedAt,
		Instant finishedAt, Integer created) {

	public enum Trigger {
		/** The monthly job on the 1st. */
		SCHEDULED,
		/** An operator, from the statements page. */
		OPERATOR,
		/** The demo data. */
		DEMO
	}
}
