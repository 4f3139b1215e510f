package ca.mechanicplatform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostalCodeTest {

	@ParameterizedTest
	@ValueSource(strings = {"K1A 0B1", "M5V 3L9", "H3B 2Y5", "V6B 1A1", "T2P 1J9", "A1C 5M2", "X0A 0H0", "Y1A 6E6"})
	void acceptsRealCanadianPostalCodesAsTheyAre(String code) {
		assertThat(PostalCode.parse(code).value()).isEqualTo(code);
		assertThat(PostalCode.isValid(code)).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
		"m5v3l9       | M5V 3L9",
		"m5v 3l9      | M5V 3L9",
		"M5V3L9       | M5V 3L9",
		"' M5V-3L9 '  | M5V 3L9",
		"'\tk1a 0b1 ' | K1A 0B1",
		"h3B2y5       | H3B 2Y5",
	})
	void normalisesCaseWhitespaceAndTheSeparatorToTheCanonicalForm(String typed, String canonical) {
		assertThat(PostalCode.parse(typed).value()).isEqualTo(canonical);
		assertThat(PostalCode.parse(typed)).hasToString(canonical);
	}

	@Test
	void theConstructorNormalisesSoEqualCodesAreEqual() {
		assertThat(new PostalCode("m5v3l9")).isEqualTo(PostalCode.parse("M5V 3L9"));
	}

	@ParameterizedTest
	@ValueSource(strings = {"12345", "M5V 3L", "M5V 3L99", "M5V  3L9", "M5V_3L9", "M5V - 3L9", "5MV 3L9", "M5V3L9X",
		"ABC DEF", "M5V 3L9 extra"})
	void rejectsTextNotOfTheFormA1A1A1(String typed) {
		assertThatThrownBy(() -> PostalCode.parse(typed))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessageEndingWith("is not a Canadian postal code (expected the form A1A 1A1)");
		assertThat(PostalCode.isValid(typed)).isFalse();
	}

	@Test
	void quotesTheRejectedInputInTheMessage() {
		assertThatThrownBy(() -> PostalCode.parse("12345"))
				.hasMessage("\"12345\" is not a Canadian postal code (expected the form A1A 1A1)");
	}

	@Test
	void cutsShortAVeryLongRejectedInputInTheMessage() {
		assertThatThrownBy(() -> PostalCode.parse("x".repeat(500)))
				.hasMessage("\"" + "x".repeat(20) + "…\" is not a Canadian postal code (expected the form A1A 1A1)");
	}

	@Test
	void pointsOutTheLetterOTypedForTheDigitZero() {
		assertThatThrownBy(() -> PostalCode.parse("M5V 3LO"))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessage("\"M5V 3LO\" is not a Canadian postal code: it has the letter O where a digit belongs"
						+ " (expected the form A1A 1A1)");
	}

	@ParameterizedTest
	@ValueSource(strings = {"D1A 1A1", "F1A 1A1", "I1A 1A1", "O1A 1A1", "Q1A 1A1", "U1A 1A1", "K1D 1A1", "K1A 1U1",
		"k1a 1q1"})
	void rejectsLettersCanadaPostNeverUses(String typed) {
		assertThatThrownBy(() -> PostalCode.parse(typed))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessage("Canadian postal codes never use the letters D, F, I, O, Q or U");
	}

	@ParameterizedTest
	@ValueSource(strings = {"W1A 1A1", "Z1A 1A1", "w1a1a1"})
	void rejectsWOrZAsTheFirstLetter(String typed) {
		assertThatThrownBy(() -> PostalCode.parse(typed))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessage("Canadian postal codes never start with W or Z");
	}

	@Test
	void acceptsWAndZAfterTheFirstLetter() {
		assertThat(PostalCode.isValid("K1W 2Z3")).isTrue();
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = {"   "})
	void rejectsAMissingPostalCode(String typed) {
		assertThatThrownBy(() -> PostalCode.parse(typed))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessage("A postal code is required");
		assertThat(PostalCode.isValid(typed)).isFalse();
	}

	@Test
	void aRejectedPostalCodeIsAnIllegalArgument() {
		assertThatThrownBy(() -> new PostalCode("nope")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void itsForwardSortationAreaIsTheFirstThreeCharacters() {
		assertThat(PostalCode.parse("m5v 3l9").fsa()).isEqualTo(Fsa.of("M5V"));
	}
}
