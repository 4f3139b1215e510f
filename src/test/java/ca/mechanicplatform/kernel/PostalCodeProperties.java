package ca.mechanicplatform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PostalCodeProperties {

	private static final String FIRST_LETTERS = "ABCEGHJKLMNPRSTVXY";
	private static final String OTHER_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
	private static final String NEVER_USED = "DFIOQU";

	@Provide
	Arbitrary<String> validPostalCodes() {
		Arbitrary<Character> first = Arbitraries.of(FIRST_LETTERS.toCharArray());
		Arbitrary<Character> letter = Arbitraries.of(OTHER_LETTERS.toCharArray());
		Arbitrary<Character> digit = Arbitraries.chars().range('0', '9');
		return Combinators.combine(first, digit, letter, digit, letter, digit)
				.as((a, b, c, d, e, f) -> "" + a + b + c + " " + d + e + f);
	}

	@Property
	void everyValidPostalCodeRoundTripsThroughLowerCaseWithoutASpace(@ForAll("validPostalCodes") String code) {
		String typed = code.toLowerCase(Locale.ROOT).replace(" ", "");

		assertThat(PostalCode.parse(typed).value()).isEqualTo(code);
	}

	@Property
	void everyValidPostalCodeRoundTripsThroughAHyphen(@ForAll("validPostalCodes") String code) {
		assertThat(PostalCode.parse(code.replace(' ', '-')).value()).isEqualTo(code);
	}

	@Property
	void aValidPostalCodesFsaIsItsFirstThreeCharacters(@ForAll("validPostalCodes") String code) {
		assertThat(PostalCode.parse(code).fsa()).isEqualTo(Fsa.of(code.substring(0, 3)));
	}

	@Property
	void aNeverUsedLetterInAnyLetterPositionIsRejected(
			@ForAll("validPostalCodes") String code,
			@ForAll @IntRange(min = 0, max = 2) int letterSlot,
			@ForAll @IntRange(min = 0, max = 5) int forbiddenIndex) {
		int position = new int[] {0, 2, 5}[letterSlot];
		String invalid = code.substring(0, position) + NEVER_USED.charAt(forbiddenIndex) + code.substring(position + 1);

		assertThat(PostalCode.isValid(invalid)).isFalse();
		assertThatThrownBy(() -> PostalCode.parse(invalid))
				.isInstanceOf(InvalidPostalCodeException.class)
				.hasMessage("Canadian postal codes never use the letters D, F, I, O, Q or U");
	}
}
