package ca.mechanicplatform.consultations;

import java.util.Locale;

/**
 * A North American vehicle identification number: 17 characters, digits and letters other than I, O and Q, whose
 * ninth character is the check digit computed from the others (49 CFR 565.15: transliterate letters, weight each
 * position, sum, take the remainder modulo 11; a remainder of 10 is written X).
 *
 * @param value the 17 characters, upper-case
 */
public record Vin(String value) {

	private static final int[] WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };

	/** @throws IllegalArgumentException with a message fit for the person who typed it, if the VIN is not valid */
	public Vin {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Enter the 17-character VIN, or leave it empty");
		}
		value = value.strip().toUpperCase(Locale.ROOT);
		if (value.length() != 17) {
			throw new IllegalArgumentException("A VIN has 17 characters; this one has " + value.length());
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = value.charAt(i);
			if (c == 'I' || c == 'O' || c == 'Q') {
				throw new IllegalArgumentException("A VIN never contains the letters I, O or Q (check for 1 and 0)");
			}
			int number = transliterate(c);
			if (number < 0) {
				throw new IllegalArgumentException("A VIN has only letters and digits");
			}
			sum += number * WEIGHTS[i];
		}
		int remainder = sum % 11;
		char expected = remainder == 10 ? 'X' : (char) ('0' + remainder);
		if (value.charAt(8) != expected) {
			throw new IllegalArgumentException("This VIN's check digit does not match; check each character against the document");
		}
	}

	/** @return the VIN, or {@code null} for blank input */
	public static Vin parseOptional(String raw) {
		return raw == null || raw.isBlank() ? null : new Vin(raw);
	}

	private static int transliterate(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		return switch (c) {
			case 'A', 'J' -> 1;
			case 'B', 'K', 'S' -> 2;
			case 'C', 'L', 'T' -> 3;
			case 'D', 'M', 'U' -> 4;
			case 'E', 'N', 'V' -> 5;
			case 'F', 'W' -> 6;
			case 'G', 'P', 'X' -> 7;
			case 'H', 'Y' -> 8;
			case 'R', 'Z' -> 9;
			default -> -1;
		};
	}

	@Override
	public String toString() {
		return value;
	}
}
