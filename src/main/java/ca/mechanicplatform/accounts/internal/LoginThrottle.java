package ca.mechanicplatform.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.kernel.SqlTime;

/**
 * Counts failed log-ins per account and per client address in the database, so the limit holds across every
 * instance of the platform.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;
	private final LoginProperties limits;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, LoginProperties limits, Clock clock) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.clock = clock;
	}

	/** Whether another attempt for this account or from this address must be refused now. */
	public boolean isThrottled(String email, String address) {
		var since = SqlTime.of(clock.instant().minus(limits.window()));
		int byAccount = jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE email = ? AND failed_at > ?")
			.params(email, since).query(Integer.class).single();
		if (byAccount >= limits.maxFailuresPerAccount()) {
			return true;
		}
		int byAddress = jdbc.sql("SELECT COUNT(*) FROM login_failures WHERE remote_address = ? AND failed_at > ?")
			.params(address, since).query(Integer.class).single();
		return byAddress >= limits.maxFailuresPerAddress();
	}

	public void recordFailure(String email, String address) {
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO login_failures (email, remote_address, failed_at) VALUES (?, ?, ?)")
			.params(truncate(email, 254), truncate(address, 64), SqlTime.of(now)).update();
		// Old failures no longer count; keep the table small.
		jdbc.sql("DELETE FROM login_failures WHERE failed_at < ?").param(SqlTime.of(now.minus(Duration.ofDays(1)))).update();
	}

	/** Forgets the account's failed log-ins (after its password was reset); failures by address still count. */
	public void clearAccount(String email) {
		jdbc.sql("DELETE FROM login_failures WHERE email = ?").param(email).update();
	}

	public Duration window() {
		return limits.window();
	}

	private static String truncate(String value, int max) {
		String text = value == null ? "" : value;
		return text.length() <= max ? text : text.substring(0, max);
	}
}
