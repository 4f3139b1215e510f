package ca.mechanicplatform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"30       | 30%",
		"30.00    | 30%",
		"12.5     | 12.5%",
		"12.5%    | 12.5%",
		"' 7 % '  | 7%",
		"0        | 0%",
		"0.0000   | 0%",
		"100      | 100%",
		"33.3333  | 33.3333%",
	})
	void readsPercentagesAsTypedAndShowsThemWithoutTrailingZeros(String text, String shown) {
		assertThat(Percentage.of(text).toString()).isEqualTo(shown);
	}

	@Test
	void equalPercentagesAreEqualWhateverTheirScale() {
		assertThat(Percentage.of("30.00")).isEqualTo(Percentage.of(30));
		assertThat(Percentage.of(new BigDecimal("1E+2"))).isEqualTo(Percentage.of(100));
		assertThat(Percentage.of(new BigDecimal("1E+2")).value().scale()).isZero();
		assertThat(new Percentage(new BigDecimal("12.50")).value()).isEqualByComparingTo("12.5").hasToString("12.5");
	}

	@ParameterizedTest
	@CsvSource({"120, 120", "-1, -1", "100.0001, 100.0001"})
	void rejectsPercentagesOutsideZeroToAHundredSayingWhatItWas(String text, String shown) {
		assertThatThrownBy(() -> Percentage.of(text))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("Percentage must be between 0 and 100, was " + shown);
	}

	@Test
	void rejectsAWholePercentageOutsideZeroToAHundred() {
		assertThatThrownBy(() -> Percentage.of(120))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("Percentage must be between 0 and 100, was 120");
	}

	@Test
	void rejectsMoreThanFourDecimalPlaces() {
		assertThatThrownBy(() -> Percentage.of("12.34567"))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("Percentage may have at most 4 decimal places, was 12.34567");
	}

	@ParameterizedTest
	@ValueSource(strings = {"abc", "1e2", "+5", "12.", ".5", "5%%", "30 percent"})
	void rejectsTextThatIsNotANumber(String text) {
		assertThatThrownBy(() -> Percentage.of(text))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("is not a percentage");
	}

	@ParameterizedTest
	@NullAndEmptySource
	void rejectsAMissingPercentage(String text) {
		assertThatThrownBy(() -> Percentage.of(text))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("A percentage is required");
		assertThatThrownBy(() -> Percentage.of((BigDecimal) null))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("A percentage is required");
	}

	@Test
	void isBetweenIncludesBothEnds() {
		assertThat(Percentage.of(20).isBetween(20, 40)).isTrue();
		assertThat(Percentage.of(40).isBetween(20, 40)).isTrue();
		assertThat(Percentage.of("19.9999").isBetween(20, 40)).isFalse();
		assertThat(Percentage.of("40.0001").isBetween(20, 40)).isFalse();
	}

	@Test
	void theComplementIsAHundredMinusThePercentage() {
		assertThat(Percentage.of(30).complement()).isEqualTo(Percentage.of(70));
		assertThat(Percentage.of("12.5").complement()).isEqualTo(Percentage.of("87.5"));
		assertThat(Percentage.of(0).complement()).isEqualTo(Percentage.of(100));
		assertThat(Percentage.of(100).complement()).isEqualTo(Percentage.of(0));
	}
}
