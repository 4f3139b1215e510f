package ca.mechanicplatform.kernel;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A forward sortation area: the first three characters of a Canadian postal code (letter, digit, letter), which
 * identify a region such as downtown Toronto ({@code M5V}). Held upper-case and validated by the same letter rules
 * as {@link PostalCode}, so an invalid FSA can never exist.
 *
 * @param code the three characters, e.g. {@code "M5V"}
 */
public record Fsa(String code) {

	private static final Pattern FORM = Pattern.compile("[A-Z]\\d[A-Z]");

	/**
	 * Accepts the code in any case with surrounding whitespace, and stores it trimmed and upper-case.
	 *
	 * @throws InvalidPostalCodeException if {@code code} is null, blank, not of the form A1A, uses a letter
	 *                                    Canada Post never uses (D, F, I, O, Q, U), or starts with W or Z
	 */
	public Fsa {
		if (code == null || code.isBlank()) {
			throw new InvalidPostalCodeException("A forward sortation area is required");
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		if (!FORM.matcher(upper).matches()) {
			throw new InvalidPostalCodeException(PostalCodeRules.quote(code.strip())
					+ " is not a forward sortation area (expected the form A1A, the first three characters of a postal code)");
		}
		PostalCodeRules.checkLetters(upper);
		code = upper;
	}

	/**
	 * @param code the three characters, in any case
	 * @return the FSA
	 * @throws InvalidPostalCodeException if {@code code} is not a valid FSA
	 */
	public static Fsa of(String code) {
		return new Fsa(code);
	}

	/** @return the first letter, which names the postal district: {@code 'M'} for Toronto, {@code 'V'} for BC */
	public char regionLetter() {
		return code.charAt(0);
	}

	/** @return the code, e.g. {@code "M5V"} */
	@Override
	public String toString() {
		return code;
	}
}
