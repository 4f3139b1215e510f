package ca.mechanicplatform.bookings;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.bookings.internal.BayGuard;
import ca.mechanicplatform.testing.PlatformTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many mechanics at one slot at the same moment, through real HTTP against PostgreSQL: exactly one booking, every other
 * request a 409 naming it, never a 500. The exclusion constraint decides, not the application's check.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BayBookingConcurrencyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BayGuard guard;

	BookingScenario scenario;
	BookingScenario.Shop shop;
	List<BookingScenario.Partner> partners = new ArrayList<>();

	@BeforeAll
	void partners() {
		scenario = new BookingScenario(port);
		shop = scenario.workshop("Race Garage", "ON", "M5V 1K4", "America/Toronto", "06:00", "22:00", 2);
		scenario.rules(shop, 15, 30, 600, 60, 60, true, 24);
		long program = scenario.publishedProgram(shop, BookingScenario.bayRental());
		partners.add(scenario.partner(shop, program, "Alex Moreau", "M6H 2N4"));
		partners.add(scenario.partner(shop, program, "Kim Tran", "M6H 2N4"));
	}

	@Test
	void onPostgreSqlTheExclusionConstraintDecidesWithoutLockingTheBay() {
		assertThat(guard.locksBays()).isFalse();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM pg_constraint WHERE conname = 'bay_bookings_never_overlap'").query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void manyRequestsForOneSlotBookItExactlyOnceAndTheRestAre409() throws Exception {
		LocalDate day = LocalDate.now(ZoneId.of("America/Toronto")).plusDays(2);
		long bay = shop.bays().get(0);
		int threads = 24;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			int n = i;
			// Half ask for the very slot, half for overlapping ones shifted by minutes: all collide.
			String from = n % 2 == 0 ? day + "T10:00" : day + "T10:" + String.format("%02d", 5 + n);
			String to = n % 2 == 0 ? day + "T12:00" : day + "T11:" + String.format("%02d", 5 + n);
			done.add(pool.submit(() -> {
				start.await();
				var reply = scenario.book(partners.get(n % 2), bay, from, to);
				statuses.merge(reply.status(), 1, Integer::sum);
				if (reply.status() == 409) {
					assertThat(reply.json().get("detail").asString()).contains("Bay 1 is already booked");
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : done) {
			f.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(statuses).containsOnlyKeys(201, 409);
		assertThat(statuses.get(201)).isEqualTo(1);
		assertThat(statuses.get(409)).isEqualTo(threads - 1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM bay_bookings WHERE bay_id = ? AND status IN ('PENDING', 'CONFIRMED')").param(bay)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesAnOverlapEvenWhenTheApplicationIsBypassed() {
		LocalDate day = LocalDate.now(ZoneId.of("America/Toronto")).plusDays(3);
		long bay = shop.bays().get(1);
		var first = scenario.book(partners.get(0), bay, day + "T08:00", day + "T09:00");
		assertThat(first.status()).isEqualTo(201);
		long id = first.json().get("id").asLong();
		var copy = "INSERT INTO bay_bookings (workshop_id, bay_id, mechanic_id, partnership_id, starts_at, ends_at, buffered_until, "
				+ "status, created_at) SELECT workshop_id, bay_id, mechanic_id, partnership_id, starts_at + INTERVAL '2 hours', "
				+ "ends_at + INTERVAL '2 hours', buffered_until + INTERVAL '2 hours', 'PENDING', created_at FROM bay_bookings WHERE id = ?";
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(copy.replace("INTERVAL '2 hours'", "INTERVAL '10 minutes'"))
			.param(id).update()).hasMessageContaining("bay_bookings_never_overlap");
		assertThat(jdbc.sql(copy).param(id).update()).as("after the buffer is fine").isEqualTo(1);
	}
}
