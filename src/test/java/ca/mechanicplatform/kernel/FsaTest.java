package ca.mechanicplatform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FsaTest {

	@Test
	void holdsTheCodeTrimmedAndUpperCase() {
		assertThat(Fsa.of(" m5v ").code()).isEqualTo("M5V");
		assertThat(Fsa.of("m5v")).isEqualTo(new Fsa("M5V")).hasToString("M5V");
	}

	@Test
	void itsRegionLetterIsTheFirstLetter() {
		assertThat(Fsa.of("V6B").regionLetter()).isEqualTo('V');
	}

	@ParameterizedTest
	@ValueSource(strings = {"M5", "M5V3", "5MV", "MMV", "M55", "M5V 3L9"})
	void rejectsTextNotOfTheFormA1A(String code) {
		assertThatThrownBy(() -> Fsa.of(code))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessageContaining("is not a forward sortation area (expected the form A1A");
	}

	@ParameterizedTest
	@ValueSource(strings = {"D1A", "K1O", "u1a"})
	void rejectsLettersCanadaPostNeverUses(String code) {
		assertThatThrownBy(() -> Fsa.of(code))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessage("Canadian postal codes never use the letters D, F, I, O, Q or U");
	}

	@ParameterizedTest
	@ValueSource(strings = {"W1A", "Z1A"})
	void rejectsWOrZAsTheFirstLetter(String code) {
		assertThatThrownBy(() -> Fsa.of(code))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessage("Canadian postal codes never start with W or Z");
	}

	@ParameterizedTest
	@NullAndEmptySource
	void rejectsAMissingCode(String code) {
		assertThatThrownBy(() -> Fsa.of(code))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessage("A forward sortation area is required");
	}
}
