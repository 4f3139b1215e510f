package ca.mechanicplatform.testing;

import java.util.concurrent.atomic.AtomicLong;

/** Unique e-mail addresses, so tests sharing one database never collide. */
public final class Unique {

	private static final AtomicLong COUNTER = new AtomicLong(System.nanoTime() % 1_000_000);

	private Unique() {
	}

	public static String email(String who) {
		return who + "." + COUNTER.incrementAndGet() + "@test.local";
	}
}
