package ca.mechanicplatform.revenue;

import java.math.BigDecimal;
import java.math.RoundingMode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Over random amounts, rates and models: no cent created or lost, no negative part, every part within a cent of exact. */
class SplitProperties {

	@Property(tries = 3000)
	void thePartsAlwaysSumToTheGrossAndNoneIsNegative(@ForAll("kinds") RevenueModelKind kind,
			@ForAll @LongRange(min = 0, max = 100_000_000) long gross, @ForAll("rates") long feePpm,
			@ForAll("rates") long sharePpm, @ForAll @LongRange(min = 0, max = 1_000_000) long bayFraction) {
		long bayFee = bayFee(gross, feePpm, bayFraction);
		Split split = SplitCalculator.split(kind, gross, feePpm, sharePpm, bayFee);
		assertThat(split.platformFeeCents() + split.workshopShareCents() + split.bayFeeCents() + split.mechanicCents())
			.isEqualTo(gross);
		assertThat(split.platformFeeCents() + split.workshopCents() + split.mechanicCents()).isEqualTo(gross);
		assertThat(split.platformFeeCents()).isNotNegative();
		assertThat(split.workshopShareCents()).isNotNegative();
		assertThat(split.bayFeeCents()).isNotNegative();
		assertThat(split.mechanicCents()).isNotNegative();
	}

	@Property(tries = 3000)
	void everyPartIsWithinACentOfTheExactUnroundedSplit(@ForAll("sharedKinds") RevenueModelKind kind,
			@ForAll @LongRange(min = 0, max = 100_000_000) long gross, @ForAll("rates") long feePpm,
			@ForAll("rates") long sharePpm) {
		Split split = SplitCalculator.split(kind, gross, feePpm, sharePpm, 0);
		BigDecimal fee = BigDecimal.valueOf(gross).multiply(rate(feePpm));
		BigDecimal workshop = BigDecimal.valueOf(gross).subtract(fee).multiply(rate(sharePpm));
		BigDecimal mechanic = BigDecimal.valueOf(gross).subtract(fee).subtract(workshop);
		assertThat(distance(split.platformFeeCents(), fee)).isLessThanOrEqualTo(BigDecimal.valueOf(0.5));
		assertThat(distance(split.workshopShareCents(), workshop)).isLessThanOrEqualTo(BigDecimal.ONE);
		assertThat(distance(split.mechanicCents(), mechanic)).isLessThanOrEqualTo(BigDecimal.ONE);
	}

	@Property(tries = 2000)
	void theFeeIsTheRoundedHalfUpShareOfTheGross(@ForAll @LongRange(min = 0, max = 100_000_000) long gross,
			@ForAll("rates") long feePpm) {
		Split split = SplitCalculator.split(RevenueModelKind.VIRTUAL_INDEPENDENT, gross, feePpm, 0, 0);
		long expected = BigDecimal.valueOf(gross).multiply(rate(feePpm)).setScale(0, RoundingMode.HALF_UP).longValueExact();
		assertThat(split.platformFeeCents()).isEqualTo(expected);
	}

	@Provide
	Arbitrary<RevenueModelKind> kinds() {
		return Arbitraries.of(RevenueModelKind.class);
	}

	@Provide
	Arbitrary<RevenueModelKind> sharedKinds() {
		return Arbitraries.of(RevenueModelKind.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE, RevenueModelKind.REVENUE_SHARE,
				RevenueModelKind.MEMBERSHIP);
	}

	@Provide
	Arbitrary<Long> rates() {
		return Arbitraries.oneOf(Arbitraries.longs().between(0, 1_000_000),
				Arbitraries.of(0L, 50_000L, 150_000L, 300_000L, 333_333L, 1_000_000L));
	}

	private static long bayFee(long gross, long feePpm, long fraction) {
		long remainder = gross - SplitCalculator.share(gross, feePpm);
		return BigDecimal.valueOf(remainder).multiply(BigDecimal.valueOf(fraction, 6)).longValue();
	}

	private static BigDecimal rate(long ppm) {
		return BigDecimal.valueOf(ppm, 6);
	}

	private static BigDecimal distance(long cents, BigDecimal exact) {
		return BigDecimal.valueOf(cents).subtract(exact).abs();
	}
}
