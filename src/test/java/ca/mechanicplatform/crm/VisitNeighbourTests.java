package ca.mechanicplatform.crm;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.crm.internal.ClientRows;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each visit carries its client's previous and next visit (what analytics counts new, returning and retained clients
 * from): right whatever order the visits arrive in, with visits at the same instant, and when visits of one client are
 * added at once.
 */
@PlatformTest
class VisitNeighbourTests {

	private static final AtomicLong REFS = new AtomicLong(System.currentTimeMillis());

	@LocalServerPort
	int port;

	@Autowired
	Mechanics mechanics;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientRows rows;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void visitsAddedInAnyOrderAreChainedInTimeOrder() {
		long mechanic = mechanic();
		long client = client(mechanic);
		Instant start = Instant.parse("2025-01-06T15:00:00Z");
		List<Instant> times = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			times.add(start.plus(Duration.ofHours(7L * i * i % 5_000)));
		}
		times.add(times.get(7)); // two visits at the same instant
		Collections.shuffle(times, new Random(42));
		for (Instant at : times) {
			visit(mechanic, client, at);
		}
		assertChained(client, times.size());
	}

	@Test
	void visitsOfOneClientAddedAtOnceAreChainedInTimeOrder() throws Exception {
		long mechanic = mechanic();
		long client = client(mechanic);
		Instant start = Instant.parse("2025-03-03T15:00:00Z");
		int threads = 8;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					go.await();
					for (int i = 0; i < 5; i++) {
						Instant at = start.plus(Duration.ofDays((thread * 5L + i) * 13 % 40));
						new TransactionTemplate(transactionManager).executeWithoutResult(s -> visit(mechanic, client, at));
					}
					return null;
				}));
			}
			go.countDown();
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertChained(client, threads * 5);
	}

	/** Walking the visits in time order, each one's previous and next visit are the ones beside it. */
	private void assertChained(long client, int visits) {
		List<Instant[]> chain = jdbc.sql("""
				SELECT occurred_at, previous_at, next_at FROM client_visits WHERE client_id = ? ORDER BY occurred_at, id""")
			.param(client)
			.query((rs, i) -> new Instant[] { instant(rs.getObject(1, OffsetDateTime.class)), instant(rs.getObject(2, OffsetDateTime.class)),
					instant(rs.getObject(3, OffsetDateTime.class)) })
			.list();
		assertThat(chain).hasSize(visits);
		for (int i = 0; i < chain.size(); i++) {
			assertThat(chain.get(i)[1]).as("visit %d's previous visit", i).isEqualTo(i == 0 ? null : chain.get(i - 1)[0]);
			assertThat(chain.get(i)[2]).as("visit %d's next visit", i).isEqualTo(i == chain.size() - 1 ? null : chain.get(i + 1)[0]);
		}
		assertThat(jdbc.sql("SELECT visit_count FROM clients WHERE id = ?").param(client).query(Long.class).single()).isEqualTo(visits);
	}

	private static Instant instant(OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	private void visit(long mechanic, long client, Instant at) {
		assertThat(rows.addVisit(new ClientRows.NewVisit(client, mechanic, ClientSource.CONSULTATION, "neighbour:" + REFS.incrementAndGet(), null,
				null, at, "Chat consultation", null, 2_500, 2_125))).isTrue();
	}

	private long mechanic() {
		return new CrmScenario(new Api(port), mechanics, accounts, jdbc).mechanic("Neighbour Mechanic").id().value();
	}

	private long client(long mechanic) {
		return rows.insert(mechanic, null, "Neighbour Client", null, null, ClientSource.MANUAL, Instant.now());
	}
}
