package ca.mechanicplatform.revenue.internal;

import java.sql.DatabaseMetaData;
import java.time.YearMonth;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * The {@code ledger_period} row: the last month whose statements are issued. Every posting reads it under a shared
 * row lock and closing a month updates it, so a close waits for postings in flight and no posting can slip into a
 * month after its statements were generated. H2 has no shared row locks; there postings take the row exclusively
 * (the embedded database serves one developer).
 */
@Repository
public class LedgerPeriodRows {

	private final JdbcClient jdbc;
	private final String lockClause;

	LedgerPeriodRows(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.lockClause = isPostgres(dataSource) ? " FOR SHARE" : " FOR UPDATE";
	}

	/** The last closed month, locked against a concurrent close until the posting's transaction ends. */
	public Optional<YearMonth> closedThroughForPosting() {
		return read("SELECT closed_through FROM ledger_period WHERE id = 1" + lockClause);
	}

	public Optional<YearMonth> closedThrough() {
		return read("SELECT closed_through FROM ledger_period WHERE id = 1");
	}

	/** Closes every month up to and including {@code month}; a month already closed stays closed. */
	public void closeThrough(YearMonth month) {
		jdbc.sql("UPDATE ledger_period SET closed_through = ? WHERE id = 1 AND (closed_through IS NULL OR closed_through < ?)")
			.params(month.toString(), month.toString()).update();
	}

	private Optional<YearMonth> read(String sql) {
		return jdbc.sql(sql).query((rs, i) -> rs.getString(1)).optional().map(value -> value == null ? null : YearMonth.parse(value.trim()));
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("Cannot tell which database the ledger runs on", e);
		}
	}
}
