package ca.mechanicplatform.kernel;

/**
 * Canada Post's letter rules, shared by {@link PostalCode} and {@link Fsa}.
 */
final class PostalCodeRules {

	/** Never used because they are easily misread as other characters, by people and by sorting machines. */
	private static final String NEVER_USED = "DFIOQU";
	private static final String NEVER_FIRST = "WZ";
	private static final int MAX_QUOTED_LENGTH = 20;

	private PostalCodeRules() {
	}

	/**
	 * @param code upper-case text already known to have letters and digits in the right places
	 * @throws InvalidPostalCodeException if it uses a letter Canada Post never uses, or starts with W or Z
	 */
	static void checkLetters(String code) {
		for (int i = 0; i < code.length(); i++) {
			if (NEVER_USED.indexOf(code.charAt(i)) >= 0) {
				throw new InvalidPostalCodeException("Canadian postal codes never use the letters D, F, I, O, Q or U");
			}
		}
		if (NEVER_FIRST.indexOf(code.charAt(0)) >= 0) {
			throw new InvalidPostalCodeException("Canadian postal codes never start with W or Z");
		}
	}

	/** The input in quotes for an error message, cut short so a pasted essay does not become the message. */
	static String quote(String input) {
		String shown = input.length() > MAX_QUOTED_LENGTH ? input.substring(0, MAX_QUOTED_LENGTH) + "…" : input;
		return "\"" + shown + "\"";
	}
}
