package ca.mechanicplatform.bookings.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.bookings.Booking;
import ca.mechanicplatform.bookings.BookingId;
import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.BusinessRuleException;

/**
 * Writes that put a booking into a bay (a new booking, a move) so that two bookings of one bay never overlap. On
 * PostgreSQL the exclusion constraint {@code bay_bookings_never_overlap} is the guarantee: the write runs in a
 * savepoint, and a violation (SQLSTATE 23P01, raised after the concurrent writer committed) is turned into the
 * caller's conflict naming the booking that won. On H2, which has no exclusion constraints, the bay's row is locked
 * first ({@code SELECT ... FOR UPDATE}) so that the check for an overlap and the write happen one bay-writer at a time.
 * Either way an overlap already committed is found by a check before writing, which gives the same answer cheaply.
 */
@Component
public class BayGuard {

	private final BookingRows rows;
	private final TransactionTemplate savepoint;
	private final boolean lockBay;

	BayGuard(BookingRows rows, PlatformTransactionManager transactions, DataSource dataSource,
			@Value("${platform.bookings.lock-bay:auto}") String lockBay) {
		this.rows = rows;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.lockBay = switch (lockBay.trim().toLowerCase(Locale.ROOT)) {
			case "true", "always" -> true;
			case "false", "never" -> false;
			default -> !isPostgreSql(dataSource);
		};
	}

	/** Whether bay rows are locked before writing (the H2 path). */
	public boolean locksBays() {
		return lockBay;
	}

	/**
	 * Runs {@code write} unless another PENDING or CONFIRMED booking of the bay holds part of
	 * {@code [start, bufferedUntil)}; then throws what {@code conflict} makes of that booking. Must run in a transaction.
	 */
	public <T> T hold(BayId bay, Instant start, Instant bufferedUntil, BookingId except, Supplier<T> write,
			Function<Booking, ? extends RuntimeException> conflict) {
		if (lockBay) {
			rows.lockBay(bay);
		}
		rows.overlapping(bay, start, bufferedUntil, except).ifPresent(other -> {
			throw conflict.apply(other);
		});
		try {
			return savepoint.execute(status -> write.get());
		}
		catch (DataAccessException e) {
			if (!isExclusionViolation(e)) {
				throw e;
			}
			throw conflict.apply(rows.overlapping(bay, start, bufferedUntil, except).orElseThrow(() ->
					new BusinessRuleException("The bay was booked by someone else at the same moment; reload and try again")));
		}
	}

	static boolean isExclusionViolation(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && "23P01".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
		catch (SQLException e) {
			return false;
		}
	}
}
