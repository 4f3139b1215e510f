package ca.mechanicplatform.statements.internal;

import java.time.YearMonth;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.statements.StatementRun;
import ca.mechanicplatform.statements.Statements;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The monthly statement run, behind a cluster-wide lock: when several instances fire at once only the one that takes
 * the {@code monthly-statements} lock generates, the others skip; the lock is held at least ten minutes, so an
 * instance whose clock fires a little later skips too. A second run of a month would not duplicate anything anyway.
 */
@Component
public class MonthlyStatementJob {

	private static final Logger log = LoggerFactory.getLogger(MonthlyStatementJob.class);

	private final Statements statements;

	MonthlyStatementJob(Statements statements) {
		this.statements = statements;
	}

	@SchedulerLock(name = "monthly-statements", lockAtLeastFor = "PT10M", lockAtMostFor = "PT3H")
	public void generate(YearMonth month) {
		StatementRun run = statements.generate(month, StatementRun.Trigger.SCHEDULED, null);
		log.info("Monthly statements for {}: {} issued (run {})", month, run.created(), run.id());
	}
}
