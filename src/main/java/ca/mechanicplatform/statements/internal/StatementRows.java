package ca.mechanicplatform.statements.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.LedgerAccount;
import ca.mechanicplatform.statements.Statement;
import ca.mechanicplatform.statements.StatementRun;

/** The {@code statements} and {@code statement_runs} tables. */
@Repository
public class StatementRows {

	private static final String SELECT = """
			SELECT id, party, party_id, month, opening_cents, virtual_cents, physical_cents, fees_cents, payouts_cents,
			       closing_cents, line_count, ytd_virtual_cents, ytd_physical_cents, ytd_fees_cents, generated_at
			FROM statements""";

	private static final String SELECT_RUN = """
			SELECT id, month, trigger_kind, started_by, started_at, finished_at, statements_created FROM statement_runs""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	StatementRows(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The parties that already have a statement for the month, as {@code "MECHANIC:12"}. */
	public Set<String> partiesWithStatement(YearMonth month) {
		Set<String> parties = new HashSet<>();
		jdbc.sql("SELECT party, party_id FROM statements WHERE month = ?").param(month.toString())
			.query((rs, i) -> parties.add(rs.getString(1) + ":" + rs.getLong(2))).list();
		return parties;
	}

	/**
	 * Inserts statements; one that another run inserted meanwhile is skipped (UNIQUE party and month), never replaced.
	 *
	 * @return how many were inserted
	 */
	public int insert(List<Statement> statements, long runId) {
		int[][] counts = template.batchUpdate("""
				INSERT INTO statements (party, party_id, month, opening_cents, virtual_cents, physical_cents, fees_cents,
				    payouts_cents, closing_cents, line_count, ytd_virtual_cents, ytd_physical_cents, ytd_fees_cents, generated_at, run_id)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", statements, 500, (ps, s) -> {
			ps.setString(1, s.party().name());
			ps.setLong(2, s.partyId());
			ps.setString(3, s.month().toString());
			ps.setLong(4, s.openingCents());
			ps.setLong(5, s.virtualCents());
			ps.setLong(6, s.physicalCents());
			ps.setLong(7, s.feesCents());
			ps.setLong(8, s.payoutsCents());
			ps.setLong(9, s.closingCents());
			ps.setInt(10, s.lineCount());
			ps.setLong(11, s.ytdVirtualCents());
			ps.setLong(12, s.ytdPhysicalCents());
			ps.setLong(13, s.ytdFeesCents());
			ps.setObject(14, SqlTime.of(s.generatedAt()));
			ps.setLong(15, runId);
		});
		int inserted = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				inserted += count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
			}
		}
		return inserted;
	}

	public List<Statement> of(LedgerAccount party, long partyId) {
		return jdbc.sql(SELECT + " WHERE party = ? AND party_id = ? ORDER BY month DESC").params(party.name(), partyId)
			.query(StatementRows::statement).list();
	}

	public Optional<Statement> find(LedgerAccount party, long partyId, YearMonth month) {
		return jdbc.sql(SELECT + " WHERE party = ? AND party_id = ? AND month = ?").params(party.name(), partyId, month.toString())
			.query(StatementRows::statement).optional();
	}

	public long countOf(YearMonth month) {
		return jdbc.sql("SELECT COUNT(*) FROM statements WHERE month = ?").param(month.toString()).query(Long.class).single();
	}

	public long startRun(YearMonth month, StatementRun.Trigger trigger, UserId by, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO statement_runs (month, trigger_kind, started_by, started_at) VALUES (?, ?, ?, ?)")
			.params(month.toString(), trigger.name(), by == null ? null : by.value(), SqlTime.of(at)).update(keys, "id");
		return keys.getKey().longValue();
	}

	public void finishRun(long runId, Instant at, int created) {
		jdbc.sql("UPDATE statement_runs SET finished_at = ?, statements_created = ? WHERE id = ?")
			.params(SqlTime.of(at), created, runId).update();
	}

	public Optional<StatementRun> run(long id) {
		return jdbc.sql(SELECT_RUN + " WHERE id = ?").param(id).query(StatementRows::run).optional();
	}

	public List<StatementRun> runs(int limit) {
		return jdbc.sql(SELECT_RUN + " ORDER BY id DESC LIMIT ?").param(limit).query(StatementRows::run).list();
	}

	public List<StatementRun> runsOf(YearMonth month) {
		return jdbc.sql(SELECT_RUN + " WHERE month = ? ORDER BY id").param(month.toString()).query(StatementRows::run).list();
	}

	static Statement statement(ResultSet rs, int row) throws SQLException {
		return new Statement(rs.getLong("id"), LedgerAccount.valueOf(rs.getString("party")), rs.getLong("party_id"),
				YearMonth.parse(rs.getString("month").trim()), rs.getLong("opening_cents"), rs.getLong("virtual_cents"),
				rs.getLong("physical_cents"), rs.getLong("fees_cents"), rs.getLong("payouts_cents"), rs.getLong("closing_cents"),
				rs.getInt("line_count"), rs.getLong("ytd_virtual_cents"), rs.getLong("ytd_physical_cents"),
				rs.getLong("ytd_fees_cents"), SqlTime.instant(rs, "generated_at"));
	}

	static StatementRun run(ResultSet rs, int row) throws SQLException {
		long by = rs.getLong("started_by");
		Integer created = rs.getObject("statements_created") == null ? null : rs.getInt("statements_created");
		return new StatementRun(rs.getLong("id"), YearMonth.parse(rs.getString("month").trim()),
				StatementRun.Trigger.valueOf(rs.getString("trigger_kind")), by == 0 ? null : new UserId(by),
				SqlTime.instant(rs, "started_at"), SqlTime.instant(rs, "finished_at"), created);
	}
}
