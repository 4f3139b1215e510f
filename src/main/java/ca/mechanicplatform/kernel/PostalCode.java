package ca.mechanicplatform.kernel;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Canadian postal code in canonical form, upper-case with one space: {@code "M5V 3L9"}. Canada Post's rules
 * hold for every instance (the canonical constructor enforces them): letter, digit, letter, then digit, letter,
 * digit; the letters D, F, I, O, Q and U are never used; W and Z are never the first letter.
 *
 * @param value the postal code, e.g. {@code "M5V 3L9"}
 */
public record PostalCode(String value) {

	private static final Pattern FORM = Pattern.compile("([A-Z]\\d[A-Z])[ -]?(\\d[A-Z]\\d)");
	// The same form with the letter O allowed where a digit belongs, to recognise a mistyped zero.
	private static final Pattern FORM_WITH_O_FOR_ZERO = Pattern.compile("[A-Z][\\dO][A-Z][ -]?[\\dO][A-Z][\\dO]");

	/**
	 * Accepts the same input as {@link #parse(String)} and stores it in canonical form, so a postal code
	 * constructed from {@code "m5v3l9"} equals one constructed from {@code "M5V 3L9"}.
	 *
	 * @throws InvalidPostalCodeException if {@code value} is not a Canadian postal code
	 */
	public PostalCode {
		value = canonicalise(value);
	}

	/**
	 * Reads a postal code as people type it: in any case, with surrounding whitespace, and with a single space, a
	 * single hyphen or nothing between the two halves ({@code "m5v3l9"}, {@code " M5V-3L9 "}).
	 *
	 * @param raw the text typed
	 * @return the postal code in canonical form
	 * @throws InvalidPostalCodeException with a message naming the problem, if {@code raw} is null, blank or not a
	 *                                    Canadian postal code
	 */
	public static PostalCode parse(String raw) {
		return new PostalCode(raw);
	}

	/**
	 * @param raw the text typed
	 * @return whether {@link #parse(String)} accepts it
	 */
	public static boolean isValid(String raw) {
		try {
			canonicalise(raw);
			return true;
		} catch (InvalidPostalCodeException invalid) {
			return false;
		}
	}

	/** @return the forward sortation area: the first three characters, e.g. {@code M5V} */
	public Fsa fsa() {
		return new Fsa(value.substring(0, 3));
	}

	/** @return the canonical form, e.g. {@code "M5V 3L9"} */
	@Override
	public String toString() {
		return value;
	}

	private static String canonicalise(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidPostalCodeException("A postal code is required");
		}
		String trimmed = raw.strip();
		String upper = trimmed.toUpperCase(Locale.ROOT);
		Matcher form = FORM.matcher(upper);
		if (!form.matches()) {
			if (FORM_WITH_O_FOR_ZERO.matcher(upper).matches()) {
				throw new InvalidPostalCodeException(PostalCodeRules.quote(trimmed)
						+ " is not a Canadian postal code: it has the letter O where a digit belongs"
						+ " (expected the form A1A 1A1)");
			}
			throw new InvalidPostalCodeException(PostalCodeRules.quote(trimmed)
					+ " is not a Canadian postal code (expected the form A1A 1A1)");
		}
		String canonical = form.group(1) + " " + form.group(2);
		PostalCodeRules.checkLetters(canonical);
		return canonical;
	}
}
