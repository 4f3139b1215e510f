package ca.mechanicplatform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast ISO texts are character for character the JDK's, for any instant and zone. */
class IsoTimesProperties {

	private static final long YEAR_10000 = 253_402_300_800L;

	@Provide
	Arbitrary<Instant> instants() {
		Arbitrary<Long> seconds = Arbitraries.oneOf(
				// around now, to the minute (what bookings hold), and anywhere in 0000–9999 and a little beyond
				Arbitraries.longs().between(1_700_000_000L / 60, 1_900_000_000L / 60).map(minute -> minute * 60),
				Arbitraries.longs().between(-62_167_219_200L - 86_400 * 3, YEAR_10000 + 86_400 * 3),
				Arbitraries.of(0L, -1L, 1L, -62_167_219_200L, YEAR_10000 - 1, YEAR_10000));
		Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000),
				Arbitraries.integers().between(0, 999_999).map(us -> us * 1_000), Arbitraries.integers().between(0, 999_999_999));
		return net.jqwik.api.Combinators.combine(seconds, nanos).as(Instant::ofEpochSecond);
	}

	@Provide
	Arbitrary<ZoneId> zones() {
		return Arbitraries.of("UTC", "America/Toronto", "America/St_Johns", "America/Vancouver", "America/Regina",
				"America/Halifax", "Asia/Kolkata", "Pacific/Chatham", "Europe/London", "Z", "-03:30", "+14:00")
			.map(ZoneId::of);
	}

	@Property(tries = 5_000)
	void anInstantIsWrittenAsTheJdkWritesIt(@ForAll("instants") Instant instant) {
		assertThat(IsoTimes.instant(instant)).isEqualTo(instant.toString());
	}

	@Property(tries = 5_000)
	void aLocalTimeIsWrittenAsTheJdkWritesIt(@ForAll("instants") Instant instant, @ForAll("zones") ZoneId zone) {
		assertThat(IsoTimes.local(instant, zone)).isEqualTo(instant.atZone(zone).toOffsetDateTime().toString());
	}

	@Example
	void theNightTorontoFallsBackShowsBothOffsets() {
		ZoneId toronto = ZoneId.of("America/Toronto");
		assertThat(IsoTimes.local(Instant.parse("2026-11-01T05:30:00Z"), toronto)).isEqualTo("2026-11-01T01:30-04:00");
		assertThat(IsoTimes.local(Instant.parse("2026-11-01T06:30:00Z"), toronto)).isEqualTo("2026-11-01T01:30-05:00");
		assertThat(IsoTimes.local(Instant.parse("2026-07-01T12:00:00Z"), ZoneId.of("America/St_Johns"))).isEqualTo("2026-07-01T09:30-02:30");
	}
}
