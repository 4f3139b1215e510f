package ca.mechanicplatform.bookings;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open stretch of time {@code [start, end)} between two instants. */
public record Interval(Instant start, Instant end) {

	public Interval {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!end.isAfter(start)) {
			throw new IllegalArgumentException("An interval ends after it starts: " + start + " – " + end);
		}
	}

	public Duration length() {
		return Duration.between(start, end);
	}

	public boolean overlaps(Interval other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

	public boolean contains(Interval other) {
		return !other.start.isBefore(start) && !other.end.isAfter(end);
	}
}
