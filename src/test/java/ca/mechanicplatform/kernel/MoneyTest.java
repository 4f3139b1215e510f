package ca.mechanicplatform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

	private static Money dollars(String text) {
		return Money.ofDollars(text);
	}

	private static List<Long> centsOf(List<Money> parts) {
		return parts.stream().map(Money::cents).toList();
	}

	@Nested
	class SpecWorkedExamples {

		@Test
		void aFifteenPercentFeeOnTwentyFiveDollarsIsThreeSeventyFiveLeavingTwentyOneTwentyFive() {
			Money gross = dollars("25.00");
			Money fee = gross.percentOf(Percentage.of(15));

			assertThat(fee).isEqualTo(dollars("3.75"));
			assertThat(gross.minus(fee)).isEqualTo(dollars("21.25"));
		}

		@Test
		void aFivePercentFeeOnFiftyDollarsIsTwoFiftyLeavingFortySevenFifty() {
			Money gross = dollars("50.00");
			Money fee = gross.percentOf(Percentage.of(5));

			assertThat(fee).isEqualTo(dollars("2.50"));
			assertThat(gross.minus(fee)).isEqualTo(dollars("47.50"));
		}

		@Test
		void aThirtyPercentShareOfFortySevenFiftyIsFourteenTwentyFiveLeavingThirtyThreeTwentyFive() {
			Money remainder = dollars("47.50");
			Money workshop = remainder.percentOf(Percentage.of(30));

			assertThat(workshop).isEqualTo(dollars("14.25"));
			assertThat(remainder.minus(workshop)).isEqualTo(dollars("33.25"));
		}

		@Test
		void thirtyPercentOfFiveCentsRoundsOneAndAHalfUpToTwoCentsLeavingThree() {
			Money gross = Money.ofCents(5);
			Money workshop = gross.percentOf(Percentage.of(30));

			assertThat(workshop).isEqualTo(Money.ofCents(2));
			assertThat(gross.minus(workshop)).isEqualTo(Money.ofCents(3));
		}

		@Test
		void oneHundredDollarsSplitThreeWaysGivesTheOddCentToTheFirstParty() {
			assertThat(dollars("100.00").allocate(1, 1, 1))
					.containsExactly(dollars("33.34"), dollars("33.33"), dollars("33.33"));
		}

		@Test
		void fiveCentsSplitTwoWaysGivesTheOddCentToTheFirstParty() {
			assertThat(Money.ofCents(5).allocate(1, 1)).containsExactly(Money.ofCents(3), Money.ofCents(2));
		}
	}

	@Nested
	class Parsing {

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = {
			"12            | 1200",
			"12.3          | 1230",
			"12.34         | 1234",
			"0.05          | 5",
			"1234.56       | 123456",
			"$1,234.56     | 123456",
			"$1,234,567    | 123456700",
			"'  $7.05  '   | 705",
			"-3.00         | -300",
			"-$3.00        | -300",
			"$-3           | -300",
			"0             | 0",
		})
		void readsDollarsAsPeopleTypeThem(String text, long cents) {
			assertThat(Money.ofDollars(text)).isEqualTo(Money.ofCents(cents));
		}

		@Test
		void rejectsMoreThanTwoDecimalPlacesSayingAmountsAreInWholeCents() {
			assertThatThrownBy(() -> Money.ofDollars("12.345"))
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessage("\"12.345\" has more than two decimal places; amounts are in whole cents");
		}

		@ParameterizedTest
		@ValueSource(strings = {"abc", "12.", ".5", "1,23", "12,34.00", "1,2345", "$", "--3", "-$-3", "1e3", "+5",
			"12 34", "CAD 12", "12$", "١٢"})
		void rejectsTextThatIsNotAnAmountNamingTheExpectedForm(String text) {
			assertThatThrownBy(() -> Money.ofDollars(text))
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("is not an amount of dollars")
					.hasMessageContaining("$1,234.56");
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = {"   "})
		void rejectsAMissingAmount(String text) {
			assertThatThrownBy(() -> Money.ofDollars(text))
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessage("An amount of money is required");
		}

		@Test
		void rejectsAnAmountTooLargeToHold() {
			assertThatThrownBy(() -> Money.ofDollars("99999999999999999999"))
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining("too large");
		}
	}

	@Nested
	class Arithmetic {

		@Test
		void addsSubtractsNegatesAndMultipliesExactly() {
			Money a = Money.ofCents(1050);
			Money b = Money.ofCents(325);

			assertThat(a.plus(b)).isEqualTo(Money.ofCents(1375));
			assertThat(a.minus(b)).isEqualTo(Money.ofCents(725));
			assertThat(b.minus(a)).isEqualTo(Money.ofCents(-725));
			assertThat(a.negate()).isEqualTo(Money.ofCents(-1050));
			assertThat(a.times(3)).isEqualTo(Money.ofCents(3150));
			assertThat(a.times(0)).isEqualTo(Money.zero());
		}

		@Test
		void overflowThrowsInsteadOfWrappingAround() {
			Money max = Money.ofCents(Long.MAX_VALUE);
			Money min = Money.ofCents(Long.MIN_VALUE);

			assertThatThrownBy(() -> max.plus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
			assertThatThrownBy(() -> min.minus(Money.ofCents(1))).isInstanceOf(ArithmeticException.class);
			assertThatThrownBy(min::negate).isInstanceOf(ArithmeticException.class);
			assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
		}

		@Test
		void signPredicatesAndComparisonsFollowTheCents() {
			Money negative = Money.ofCents(-1);
			Money zero = Money.zero();
			Money positive = Money.ofCents(1);

			assertThat(zero.isZero()).isTrue();
			assertThat(negative.isNegative()).isTrue();
			assertThat(negative.isPositive()).isFalse();
			assertThat(positive.isPositive()).isTrue();
			assertThat(positive.isZero()).isFalse();
			assertThat(positive.isGreaterThan(zero)).isTrue();
			assertThat(zero.isGreaterThan(zero)).isFalse();
			assertThat(negative.isLessThan(zero)).isTrue();
			assertThat(zero.isLessThan(zero)).isFalse();
			assertThat(Stream.of(positive, negative, zero).sorted()).containsExactly(negative, zero, positive);
		}

		@Test
		void equalAmountsAreEqualHowEverTheyWereMade() {
			assertThat(Money.ofDollars("$10")).isEqualTo(Money.ofCents(1000));
			assertThat(Money.ofCents(0)).isEqualTo(Money.zero());
			assertThat(Money.ofDollars("10.5").hashCode()).isEqualTo(Money.ofCents(1050).hashCode());
		}
	}

	@Nested
	class PercentOf {

		@ParameterizedTest
		@CsvSource({
			"1,     50,     1",
			"-1,    50,     -1",
			"-5,    30,     -2",
			"1,     12.5,   0",
			"4,     12.5,   1",
			"10000, 0,      0",
			"10000, 100,    10000",
			"9999,  33.3333, 3333",
		})
		void roundsHalfAwayFromZeroToTheCent(long cents, String percent, long expected) {
			assertThat(Money.ofCents(cents).percentOf(Percentage.of(percent))).isEqualTo(Money.ofCents(expected));
		}

		@Test
		void aHundredPercentOfTheLargestAmountsIsExact() {
			assertThat(Money.ofCents(Long.MAX_VALUE).percentOf(Percentage.of(100))).isEqualTo(Money.ofCents(Long.MAX_VALUE));
			assertThat(Money.ofCents(Long.MIN_VALUE).percentOf(Percentage.of(100))).isEqualTo(Money.ofCents(Long.MIN_VALUE));
		}
	}

	@Nested
	class Allocation {

		@Test
		void aNegativeAmountIsSplitAsTheMirrorImageOfItsPositive() {
			assertThat(dollars("-100.00").allocate(1, 1, 1))
					.containsExactly(dollars("-33.34"), dollars("-33.33"), dollars("-33.33"));
		}

		@Test
		void leftoverCentsGoToTheLargestRemaindersBeforeEarlierParties() {
			// 100¢ by 1:2:3 is 16.67, 33.33, 50.00: the first party's remainder is largest.
			assertThat(centsOf(Money.ofCents(100).allocate(1, 2, 3))).containsExactly(17L, 33L, 50L);
			// 10¢ by 3:3:1 is 4.29, 4.29, 1.43: the last party's remainder wins over the tied earlier ones.
			assertThat(centsOf(Money.ofCents(10).allocate(3, 3, 1))).containsExactly(4L, 4L, 2L);
		}

		@Test
		void aPartyWithRatioZeroGetsNothing() {
			assertThat(centsOf(Money.ofCents(101).allocate(0, 1, 0, 1, 0))).containsExactly(0L, 51L, 0L, 50L, 0L);
		}

		@Test
		void allocatingZeroGivesEveryPartyZero() {
			assertThat(Money.zero().allocate(3, 1)).containsExactly(Money.zero(), Money.zero());
		}

		@Test
		void aSinglePartyGetsTheWhole() {
			assertThat(Money.ofCents(-12345).allocate(7)).containsExactly(Money.ofCents(-12345));
		}

		@Test
		void prorationByDaysSplitsAMonthlyFeeIntoPartsThatSumToTheFee() {
			// A $49.99 membership in a 31-day month joined on day 12: 20 days used, 11 not.
			List<Money> parts = dollars("49.99").allocate(20, 11);

			assertThat(parts).containsExactly(dollars("32.25"), dollars("17.74"));
		}

		@Test
		void theListFormGivesTheSameAnswerAsTheVarargsForm() {
			Money amount = Money.ofCents(1001);

			assertThat(amount.allocate(List.of(2L, 5L, 3L))).isEqualTo(amount.allocate(2, 5, 3));
		}

		@Test
		void extremeAmountsAndRatiosDoNotOverflow() {
			List<Money> max = Money.ofCents(Long.MAX_VALUE).allocate(Long.MAX_VALUE, Long.MAX_VALUE, 1);
			List<Money> min = Money.ofCents(Long.MIN_VALUE).allocate(1, 1);

			// Exact shares are MAX/2 + 0.25 (twice) and 0.49999…, so the tiny ratio has the largest remainder.
			assertThat(centsOf(max)).containsExactly(Long.MAX_VALUE / 2, Long.MAX_VALUE / 2, 1L);
			assertThat(centsOf(min)).containsExactly(Long.MIN_VALUE / 2, Long.MIN_VALUE / 2);
		}

		@Test
		void theResultCannotBeModified() {
			List<Money> parts = Money.ofCents(10).allocate(1, 1);

			assertThatThrownBy(() -> parts.set(0, Money.zero())).isInstanceOf(UnsupportedOperationException.class);
		}

		static Stream<Arguments> invalidRatios() {
			return Stream.of(
					Arguments.of(new long[0], "at least one ratio is required"),
					Arguments.of(new long[] {1, -1}, "must not be negative"),
					Arguments.of(new long[] {0, 0}, "must not all be zero"));
		}

		@ParameterizedTest
		@MethodSource("invalidRatios")
		void rejectsRatiosThatCannotDivideAnAmount(long[] ratios, String problem) {
			assertThatThrownBy(() -> Money.ofCents(100).allocate(ratios))
					.as("ratios %s", Arrays.toString(ratios))
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessageContaining(problem);
		}

		@Test
		void rejectsAMissingRatioInTheListForm() {
			assertThatThrownBy(() -> Money.ofCents(100).allocate(Arrays.asList(1L, null)))
					.isInstanceOf(IllegalArgumentException.class)
					.hasMessage("Allocation ratio 2 is missing");
		}
	}

	@Nested
	class Formatting {

		@ParameterizedTest
		@CsvSource(delimiter = '|', value = {
			"0                    | $0.00                       | 0.00",
			"5                    | $0.05                       | 0.05",
			"-5                   | -$0.05                      | -0.05",
			"100                  | $1.00                       | 1.00",
			"-300                 | -$3.00                      | -3.00",
			"123456               | $1,234.56                   | 1234.56",
			"100000000            | $1,000,000.00               | 1000000.00",
			"-9223372036854775808 | -$92,233,720,368,547,758.08 | -92233720368547758.08",
		})
		void showsDollarsToPeopleAndPlainDecimalsToMachines(long cents, String forPeople, String forMachines) {
			Money money = Money.ofCents(cents);

			assertThat(money.toString()).isEqualTo(forPeople);
			assertThat(money.plain()).isEqualTo(forMachines);
		}
	}
}
