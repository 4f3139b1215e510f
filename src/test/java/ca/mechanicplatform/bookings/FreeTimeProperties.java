package ca.mechanicplatform.bookings;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scheduling properties: whatever bookings a bay holds and whatever buffer the workshop keeps, the free time offered
 * lies inside opening hours and any booking made in it keeps the buffer from every existing one.
 */
class FreeTimeProperties {

	static final Instant DAY = Instant.parse("2027-01-04T00:00:00Z");

	@Property(tries = 300)
	void anyBookingInsideFreeTimeKeepsTheBufferFromEveryHeldBooking(@ForAll("bookings") List<int[]> held,
			@ForAll("minutes") int buffer, @ForAll("minutes") int offset) {
		List<Interval> windows = List.of(new Interval(DAY.plus(Duration.ofHours(8)), DAY.plus(Duration.ofHours(20))));
		List<Interval> busy = new ArrayList<>();
		List<Interval> stored = new ArrayList<>();
		for (int[] b : held) {
			Instant start = DAY.plus(Duration.ofMinutes(b[0]));
			Interval booking = new Interval(start, start.plus(Duration.ofMinutes(b[1])));
			stored.add(booking);
			busy.add(new Interval(booking.start().minus(Duration.ofMinutes(buffer)), booking.end().plus(Duration.ofMinutes(buffer))));
		}
		List<Interval> free = BookingCalendar.subtract(windows, busy, DAY, DAY.plus(Duration.ofDays(1)), Duration.ofMinutes(30));
		for (Interval f : free) {
			assertThat(windows.get(0).contains(f)).isTrue();
			assertThat(f.length()).isGreaterThanOrEqualTo(Duration.ofMinutes(30));
			// A new booking anywhere inside the free stretch, held with the buffer after it, overlaps no held range.
			Instant s = f.start().plus(Duration.ofMinutes(Math.min(offset, f.length().toMinutes() - 30)));
			Interval candidate = new Interval(s, s.plus(Duration.ofMinutes(30)));
			Interval candidateHeld = new Interval(candidate.start(), candidate.end().plus(Duration.ofMinutes(buffer)));
			for (Interval b : stored) {
				Interval bHeld = new Interval(b.start(), b.end().plus(Duration.ofMinutes(buffer)));
				assertThat(candidateHeld.overlaps(bHeld)).as(candidate + " vs " + b).isFalse();
			}
		}
		for (int i = 1; i < free.size(); i++) {
			assertThat(free.get(i).start()).isAfter(free.get(i - 1).end());
		}
	}

	@Provide
	Arbitrary<List<int[]>> bookings() {
		Arbitrary<int[]> one = Arbitraries.integers().between(6 * 60, 21 * 60)
			.flatMap(start -> Arbitraries.integers().between(15, 300).map(length -> new int[] { start, length }));
		return one.list().ofMaxSize(6);
	}

	@Provide
	Arbitrary<Integer> minutes() {
		return Arbitraries.integers().between(0, 90);
	}
}
