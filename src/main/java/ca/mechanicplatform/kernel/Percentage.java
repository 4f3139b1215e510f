package ca.mechanicplatform.kernel;

import java.math.BigDecimal;

/**
 * A percentage from 0 to 100 inclusive with at most four decimal places, such as a platform fee or a workshop's
 * revenue share. The value is held in canonical form (no trailing zeros, never an exponent), so {@code 30} and
 * {@code 30.00} are the same percentage and equal.
 *
 * @param value the percentage, e.g. {@code 12.5} for 12.5%
 */
public record Percentage(BigDecimal value) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final int MAX_DECIMALS = 4;
	private static final int MAX_INPUT_LENGTH = 40;

	/**
	 * @throws IllegalArgumentException if {@code value} is null, outside 0–100, or has more than four decimals
	 */
	public Percentage {
		if (value == null) {
			throw new IllegalArgumentException("A percentage is required");
		}
		BigDecimal canonical = value.stripTrailingZeros();
		if (canonical.scale() < 0) {
			canonical = canonical.setScale(0);
		}
		if (canonical.signum() < 0 || canonical.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException(
					"Percentage must be between 0 and 100, was " + canonical.toPlainString());
		}
		if (canonical.scale() > MAX_DECIMALS) {
			throw new IllegalArgumentException(
					"Percentage may have at most " + MAX_DECIMALS + " decimal places, was " + canonical.toPlainString());
		}
		value = canonical;
	}

	/**
	 * @param whole a whole percentage, e.g. {@code 30} for 30%
	 * @return the percentage
	 * @throws IllegalArgumentException if {@code whole} is outside 0–100
	 */
	public static Percentage of(long whole) {
		return new Percentage(BigDecimal.valueOf(whole));
	}

	/**
	 * Parses a percentage as typed: {@code "30"}, {@code "12.5"} or {@code "12.5%"}; surrounding whitespace is
	 * ignored.
	 *
	 * @param text the percentage
	 * @return the percentage
	 * @throws IllegalArgumentException if {@code text} is null, blank or not a number, is outside 0–100, or has
	 *                                  more than four decimal places
	 */
	public static Percentage of(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A percentage is required");
		}
		String trimmed = text.strip();
		String number = trimmed.endsWith("%") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
		// BigDecimal's own syntax also admits exponents and a leading '+', which nobody types as a percentage.
		if (!number.matches("-?\\d+(\\.\\d+)?")) {
			String shown = trimmed.length() > MAX_INPUT_LENGTH ? trimmed.substring(0, MAX_INPUT_LENGTH) + "…" : trimmed;
			throw new IllegalArgumentException("\"" + shown + "\" is not a percentage (expected a number such as 30 or 12.5)");
		}
		return new Percentage(new BigDecimal(number));
	}

	/**
	 * @param value the percentage
	 * @return the percentage
	 * @throws IllegalArgumentException if {@code value} is null, outside 0–100, or has more than four decimals
	 */
	public static Percentage of(BigDecimal value) {
		return new Percentage(value);
	}

	/**
	 * @param lowInclusive  the smallest accepted percentage
	 * @param highInclusive the largest accepted percentage
	 * @return whether this percentage lies in the range, e.g. a revenue share within 20–40
	 */
	public boolean isBetween(long lowInclusive, long highInclusive) {
		return value.compareTo(BigDecimal.valueOf(lowInclusive)) >= 0
				&& value.compareTo(BigDecimal.valueOf(highInclusive)) <= 0;
	}

	/** @return 100 minus this percentage: the complement of a 30% share is 70% */
	public Percentage complement() {
		return new Percentage(HUNDRED.subtract(value));
	}

	/** @return the percentage for people to read: {@code "30%"}, {@code "12.5%"} */
	@Override
	public String toString() {
		return value.toPlainString() + "%";
	}
}
