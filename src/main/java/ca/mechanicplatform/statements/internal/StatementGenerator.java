package ca.mechanicplatform.statements.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.revenue.LedgerLine;
import ca.mechanicplatform.revenue.LedgerReports;
import ca.mechanicplatform.revenue.PartyEarnings;
import ca.mechanicplatform.revenue.PartyLine;
import ca.mechanicplatform.revenue.ServiceKind;
import ca.mechanicplatform.statements.Statement;

/**
 * Computes a month's statements in one pass over the month's ledger lines, streamed party by party: memory holds one
 * party's running totals and the per-party opening balances and year-to-date figures, never the month's rows.
 * Parties with lines in the month, or with a balance carried into it, get a statement; parties that already have one
 * for the month keep it.
 */
@Component
public class StatementGenerator {

	private static final int BATCH = 500;

	private final LedgerReports reports;
	private final StatementRows rows;
	private final AccountingCalendar calendar;

	StatementGenerator(LedgerReports reports, StatementRows rows, AccountingCalendar calendar) {
		this.reports = reports;
		this.rows = rows;
		this.calendar = calendar;
	}

	/** Must run in a transaction (the ledger is streamed); the month must be closed. @return statements created */
	public int generate(YearMonth month, long runId) {
		Instant start = calendar.startOf(month);
		Instant end = calendar.endOf(month);
		Instant generatedAt = calendar.now();

		Map<String, Long> opening = new HashMap<>();
		reports.balancesBefore(start, balance -> opening.put(key(balance.party(), balance.partyId()), balance.cents()));
		Map<String, long[]> yearBefore = new HashMap<>();
		if (month.getMonthValue() > 1) {
			reports.earningsBetween(calendar.startOf(month.withMonth(1)), start, (PartyEarnings e) ->
					yearBefore.put(key(e.party(), e.partyId()), new long[] { e.virtualCents(), e.physicalCents(), e.feesCents() }));
		}
		Set<String> issued = rows.partiesWithStatement(month);

		Batch batch = new Batch(runId);
		Totals[] current = new Totals[1];
		reports.linesBetween(start, end, (PartyLine line) -> {
			String key = key(line.party(), line.partyId());
			if (current[0] == null || !current[0].key.equals(key)) {
				emit(current[0], month, yearBefore, issued, generatedAt, batch);
				current[0] = new Totals(line.party(), line.partyId(), opening.getOrDefault(key, 0L));
				opening.remove(key);
			}
			current[0].add(line.line());
		});
		emit(current[0], month, yearBefore, issued, generatedAt, batch);
		// Balances carried into a month without activity still get a statement.
		opening.forEach((key, balance) -> {
			String[] parts = key.split(":");
			emit(new Totals(LedgerAccount.valueOf(parts[0]), Long.parseLong(parts[1]), balance), month, yearBefore, issued,
					generatedAt, batch);
		});
		batch.flush();
		return batch.created;
	}

	private void emit(Totals totals, YearMonth month, Map<String, long[]> yearBefore, Set<String> issued, Instant at,
			Batch batch) {
		if (totals == null || issued.contains(totals.key)) {
			return;
		}
		long[] before = yearBefore.getOrDefault(totals.key, new long[3]);
		batch.add(new Statement(0, totals.party, totals.partyId, month, totals.opening, totals.virtual, totals.physical,
				totals.fees, totals.payouts, totals.opening + totals.virtual + totals.physical + totals.fees + totals.payouts,
				totals.lines, before[0] + totals.virtual, before[1] + totals.physical, before[2] + totals.fees, at));
	}

	private static String key(LedgerAccount party, long partyId) {
		return party.name() + ":" + partyId;
	}

	/** One party's running totals for the month. */
	private static final class Totals {

		final LedgerAccount party;
		final long partyId;
		final String key;
		final long opening;
		long virtual;
		long physical;
		long fees;
		long payouts;
		int lines;

		Totals(LedgerAccount party, long partyId, long opening) {
			this.party = party;
			this.partyId = partyId;
			this.key = key(party, partyId);
			this.opening = opening;
		}

		void add(LedgerLine line) {
			lines++;
			switch (line.line()) {
				case BAY_FEE, MEMBERSHIP_FEE -> fees += line.amountCents();
				case PAYOUT -> payouts += line.amountCents();
				default -> {
					if (line.serviceKind() == ServiceKind.VIRTUAL_CONSULTATION) {
						virtual += line.amountCents();
					}
					else {
						physical += line.amountCents();
					}
				}
			}
		}
	}

	/** Statements waiting to be inserted, written 500 at a time. */
	private final class Batch {

		final long runId;
		final List<Statement> pending = new ArrayList<>(BATCH);
		int created;

		Batch(long runId) {
			this.runId = runId;
		}

		void add(Statement statement) {
			pending.add(statement);
			if (pending.size() >= BATCH) {
				flush();
			}
		}

		void flush() {
			if (!pending.isEmpty()) {
				created += rows.insert(pending, runId);
				pending.clear();
			}
		}
	}
}
