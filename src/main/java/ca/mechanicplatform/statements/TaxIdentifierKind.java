package ca.mechanicplatform.statements;

/** How a T4A recipient is identified to the CRA: a social insurance number or a business number. */
public enum TaxIdentifierKind {

	SIN("Social insurance number"),
	BN("Business number");

	private final String label;

	TaxIdentifierKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * Checks a number typed with or without spaces and dashes.
	 *
	 * @return the nine digits
	 * @throws IllegalArgumentException with a message for the person who typed it
	 */
	public String normalise(String typed) {
		String digits = typed == null ? "" : typed.replaceAll("[\\s-]", "");
		if (digits.isEmpty()) {
			throw new IllegalArgumentException("Enter your " + label.toLowerCase());
		}
		if (!digits.matches("\\d{9}")) {
			throw new IllegalArgumentException(this == SIN ? "A social insurance number has 9 digits, like 046 454 286"
					: "A business number has 9 digits, like 123456789 (leave out the program account, like RT0001)");
		}
		if (this == SIN && !passesLuhn(digits)) {
			throw new IllegalArgumentException("This is not a valid social insurance number; check for a typing mistake");
		}
		return digits;
	}

	/** Shows only the last three digits: {@code *** *** 286}. */
	public static String mask(String digits) {
		return "*** *** " + digits.substring(digits.length() - 3);
	}

	/** The CRA's check for SINs: double every second digit, add the digits, the total ends in 0. */
	static boolean passesLuhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}
}
