package ca.mechanicplatform.bookings.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.bookings.BookingConflictException;
import ca.mechanicplatform.bookings.BookingStatus;
import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.partnerships.PartnershipId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded H2 database has no exclusion constraints: there the guarantee is the bay row lock. Twelve threads book
 * one slot at once on H2 migrated exactly as the zero-configuration platform is; exactly one succeeds.
 */
class H2BayLockTest {

	@Test
	void onH2TheBayRowLockLetsExactlyOneOfManyConcurrentBookingsIn() throws Exception {
		JdbcDataSource h2 = new JdbcDataSource();
		// A file database like the embedded default's (an in-memory one keeps its migration session's check constraints).
		java.nio.file.Path directory = java.nio.file.Files.createTempDirectory("bay-lock");
		h2.setURL("jdbc:h2:file:" + directory.resolve("platform") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
				+ "NON_KEYWORDS=MONTH;LOCK_TIMEOUT=20000");
		h2.setUser("sa");
		Flyway.configure().dataSource(h2).locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
		JdbcClient jdbc = JdbcClient.create(h2);
		jdbc.sql("INSERT INTO users (id, email, password_hash, display_name, role, created_at) VALUES (?, ?, 'x', 'Morgan', ?, ?)")
			.params(1, "w@h2", "WORKSHOP_ADMIN", java.time.OffsetDateTime.now()).update();
		jdbc.sql("INSERT INTO users (id, email, password_hash, display_name, role, created_at) VALUES (?, ?, 'x', 'Alex', ?, ?)")
			.params(2, "m@h2", "MECHANIC", java.time.OffsetDateTime.now()).update();
		jdbc.sql("INSERT INTO workshops (id, admin_user_id, name, street_address, city, province, postal_code, fsa, time_zone, created_at)"
				+ " VALUES (1, 1, 'H2 Garage', '1 Main St', 'Toronto', 'ON', 'M5V 1K4', 'M5V', 'America/Toronto', now())").update();
		jdbc.sql("INSERT INTO mechanics (id, user_id, postal_code, fsa, province, created_at) VALUES (1, 2, 'M6H 2N4', 'M6H', 'ON', now())").update();
		jdbc.sql("INSERT INTO workshop_bays (id, workshop_id, name, bay_type, created_at) VALUES (1, 1, 'Bay 1', 'LIFT', now())").update();
		jdbc.sql("INSERT INTO partnership_programs (id, workshop_id, type, title, description, terms, capacity, province, city, mechanic_share_bp,"
				+ " created_at, updated_at) VALUES (1, 1, 'BAY_RENTAL', 'Bays', 'Bays', 'Terms', 5, 'ON', 'Toronto', 10000, now(), now())").update();
		jdbc.sql("INSERT INTO partnership_applications (id, program_id, mechanic_id, message, status, submitted_at)"
				+ " VALUES (1, 1, 1, 'Hello', 'APPROVED', now())").update();
		jdbc.sql("INSERT INTO partnerships (id, application_id, program_id, workshop_id, mechanic_id, type, status, created_at)"
				+ " VALUES (1, 1, 1, 1, 1, 'BAY_RENTAL', 'ACTIVE', now())").update();

		JdbcTransactionManager transactions = new JdbcTransactionManager(h2);
		BookingRows rows = new BookingRows(jdbc);
		BayGuard guard = new BayGuard(rows, transactions, h2, "auto");
		assertThat(guard.locksBays()).as("H2 is detected").isTrue();
		TransactionTemplate transaction = new TransactionTemplate(transactions);

		int threads = 12;
		Instant start = Instant.parse("2030-01-07T14:00:00Z");
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch go = new CountDownLatch(1);
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			Instant s = start.plusSeconds(60L * i);
			done.add(pool.submit(() -> {
				go.await();
				try {
					transaction.executeWithoutResult(status -> guard.hold(new BayId(1), s, s.plusSeconds(7200 + 900), null,
							() -> rows.insert(new BookingRows.NewBooking(new WorkshopId(1), new BayId(1), new MechanicId(1), new PartnershipId(1),
									s, s.plusSeconds(7200), s.plusSeconds(7200 + 900), BookingStatus.PENDING, null, null, Instant.now())),
							other -> new BookingConflictException("taken", other.start(), other.bufferedUntil())));
					outcomes.merge("booked", 1, Integer::sum);
				}
				catch (BookingConflictException e) {
					outcomes.merge("conflict", 1, Integer::sum);
				}
				return null;
			}));
		}
		go.countDown();
		for (Future<?> f : done) {
			f.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(outcomes).containsEntry("booked", 1).containsEntry("conflict", threads - 1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM bay_bookings").query(Long.class).single()).isEqualTo(1);
	}
}
