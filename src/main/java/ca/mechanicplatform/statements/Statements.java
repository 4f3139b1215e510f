package ca.mechanicplatform.statements;

import java.time.YearMonth;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LedgerReports;
import ca.mechanicplatform.statements.internal.StatementDocuments;
import ca.mechanicplatform.statements.internal.StatementGenerator;
import ca.mechanicplatform.statements.internal.StatementRows;

/**
 * Monthly statements for every mechanic and workshop. Generating a month closes it in the ledger first, so the lines
 * a statement lists can never change afterwards; generating it again issues statements only for parties that lack
 * one (at most one per party and month), never replacing any.
 */
@Service
public class Statements {

	private final StatementRows rows;
	private final StatementGenerator generator;
	private final StatementDocuments documents;
	private final LedgerReports reports;
	private final AccountingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	Statements(StatementRows rows, StatementGenerator generator, StatementDocuments documents, LedgerReports reports,
			AccountingCalendar calendar, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.rows = rows;
		this.generator = generator;
		this.documents = documents;
		this.reports = reports;
		this.calendar = calendar;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Issues a month's statements. The month is closed in a transaction of its own before the ledger is read (that
	 * close waits for postings in flight), then the statements are generated in one transaction.
	 *
	 * @param by who asked, {@code null} for the scheduled job
	 * @throws BusinessRuleException if the month is not over
	 */
	public StatementRun generate(YearMonth month, StatementRun.Trigger trigger, UserId by) {
		if (month == null || !month.isBefore(calendar.currentMonth())) {
			throw new BusinessRuleException("month", (month == null ? "That month" : month.toString())
					+ " is not over yet; statements are issued once a month has ended");
		}
		reports.closeThrough(month);
		return transaction.execute(status -> {
			long runId = rows.startRun(month, trigger, by, calendar.now());
			int created = generator.generate(month, runId);
			rows.finishRun(runId, calendar.now(), created);
			events.publishEvent(new StatementsIssued(runId, month, created));
			return rows.run(runId).orElseThrow();
		});
	}

	/** A party's statements, newest first. */
	@Transactional(readOnly = true)
	public List<Statement> of(LedgerAccount party, long partyId) {
		return rows.of(party, partyId);
	}

	/**
	 * @throws NotFoundException if the party has no statement for the month (including another party's)
	 */
	@Transactional(readOnly = true)
	public Statement get(LedgerAccount party, long partyId, YearMonth month) {
		return rows.find(party, partyId, month)
			.orElseThrow(() -> new NotFoundException("There is no statement for " + month));
	}

	/** The statement as CSV (one table; see the documentation of its columns). */
	@Transactional(readOnly = true)
	public String csv(Statement statement) {
		return documents.csv(statement);
	}

	/** The statement as a PDF document. */
	@Transactional(readOnly = true)
	public byte[] pdf(Statement statement) {
		return documents.pdf(statement);
	}

	/** Recent generation runs, newest first. */
	public List<StatementRun> runs() {
		return rows.runs(24);
	}

	/** The runs that generated a month, oldest first. */
	public List<StatementRun> runsOf(YearMonth month) {
		return rows.runsOf(month);
	}

	/** How many statements a month has. */
	public long countOf(YearMonth month) {
		return rows.countOf(month);
	}
}
