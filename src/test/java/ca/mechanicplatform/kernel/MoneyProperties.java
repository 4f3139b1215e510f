package ca.mechanicplatform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyProperties {

	private static final long TRILLION = 1_000_000_000_000L;

	@Provide
	Arbitrary<Money> amounts() {
		return Arbitraries.oneOf(
						Arbitraries.longs().between(-10_000, 10_000),
						Arbitraries.longs().between(-TRILLION, TRILLION))
				.map(Money::ofCents);
	}

	@Provide
	Arbitrary<List<Long>> ratios() {
		Arbitrary<Long> ratio = Arbitraries.oneOf(
				Arbitraries.longs().between(0, 10),
				Arbitraries.longs().between(0, 1_000_000),
				Arbitraries.longs().between(0, Long.MAX_VALUE));
		return ratio.list().ofMinSize(1).ofMaxSize(10).filter(list -> list.stream().anyMatch(r -> r > 0));
	}

	@Provide
	Arbitrary<Percentage> percentages() {
		return Arbitraries.oneOf(
						Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(4),
						Arbitraries.longs().between(0, 100).map(BigDecimal::valueOf))
				.map(Percentage::of);
	}

	@Property
	void partsOfAnAllocationAlwaysSumToTheWhole(@ForAll("amounts") Money amount, @ForAll("ratios") List<Long> ratios) {
		List<Money> parts = amount.allocate(ratios);

		assertThat(parts).hasSameSizeAs(ratios);
		assertThat(parts.stream().reduce(Money.zero(), Money::plus)).isEqualTo(amount);
	}

	@Property
	void noPartOfAnAllocationHasTheOppositeSignToTheWhole(
			@ForAll("amounts") Money amount, @ForAll("ratios") List<Long> ratios) {
		for (Money part : amount.allocate(ratios)) {
			assertThat(Long.signum(part.cents()) * Long.signum(amount.cents())).isNotNegative();
			if (amount.isZero()) {
				assertThat(part).isEqualTo(Money.zero());
			}
		}
	}

	@Property
	void eachPartOfAnAllocationIsLessThanOneCentFromItsExactShare(
			@ForAll("amounts") Money amount, @ForAll("ratios") List<Long> ratios) {
		List<Money> parts = amount.allocate(ratios);
		BigInteger total = ratios.stream().map(BigInteger::valueOf).reduce(BigInteger.ZERO, BigInteger::add);

		for (int i = 0; i < parts.size(); i++) {
			// |part − amount × ratio / total| < 1, multiplied through by total to stay in integers.
			BigInteger exactTimesTotal = BigInteger.valueOf(amount.cents()).multiply(BigInteger.valueOf(ratios.get(i)));
			BigInteger error = BigInteger.valueOf(parts.get(i).cents()).multiply(total).subtract(exactTimesTotal).abs();
			assertThat(error).isLessThan(total);
		}
	}

	@Property
	void aPercentageOfAnAmountIsWithinHalfACentOfTheExactValue(
			@ForAll("amounts") Money amount, @ForAll("percentages") Percentage percentage) {
		BigDecimal exact = BigDecimal.valueOf(amount.cents()).multiply(percentage.value()).movePointLeft(2);
		BigDecimal error = BigDecimal.valueOf(amount.percentOf(percentage).cents()).subtract(exact).abs();

		assertThat(error).isLessThanOrEqualTo(new BigDecimal("0.5"));
	}

	@Property
	void aPercentageAndItsComplementOfAnAmountTogetherAreWithinOneCentOfTheAmount(
			@ForAll("amounts") Money amount, @ForAll("percentages") Percentage percentage) {
		Money together = amount.percentOf(percentage).plus(amount.percentOf(percentage.complement()));

		assertThat(Math.abs(together.minus(amount).cents())).isLessThanOrEqualTo(1);
	}

	@Property
	void anAmountReadsBackFromBothItsPlainAndItsDisplayForm(@ForAll("amounts") Money amount) {
		assertThat(Money.ofDollars(amount.plain())).isEqualTo(amount);
		assertThat(Money.ofDollars(amount.toString())).isEqualTo(amount);
	}
}
