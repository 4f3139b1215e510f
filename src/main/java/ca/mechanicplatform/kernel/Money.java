package ca.mechanicplatform.kernel;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of Canadian dollars held as a whole number of cents. There is no other currency and no fraction of a
 * cent: every operation either is exact or says how it rounds, and arithmetic that would overflow a {@code long}
 * throws {@link ArithmeticException} instead of wrapping.
 *
 * @param cents the amount in cents; negative for money owed or refunded
 */
public record Money(long cents) implements Comparable<Money> {

	private static final Money ZERO = new Money(0);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final int MAX_INPUT_LENGTH = 40;

	// Optional minus, optional dollar sign, then either plain digits or digits grouped in threes by commas,
	// then at most two decimals. A minus after the dollar sign ("$-3") is accepted as well.
	private static final Pattern DOLLARS = Pattern.compile(
			"(-?)\\$?(-?)(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?");

	/**
	 * @param cents the amount in cents
	 * @return the amount
	 */
	public static Money ofCents(long cents) {
		return cents == 0 ? ZERO : new Money(cents);
	}

	/** @return $0.00 */
	public static Money zero() {
		return ZERO;
	}

	/**
	 * Parses an amount of dollars as a person would type it: {@code "12"}, {@code "12.3"}, {@code "12.34"},
	 * {@code "1234.56"}, {@code "$1,234.56"}, {@code "-3.00"} or {@code "-$3.00"}. Surrounding whitespace is
	 * ignored. Commas, when used, must group the dollars in threes.
	 *
	 * @param text the amount in dollars
	 * @return the exact amount
	 * @throws IllegalArgumentException if {@code text} is null or blank, is not an amount of dollars, has more than
	 *                                  two decimal places, or is too large to hold
	 */
	public static Money ofDollars(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("An amount of money is required");
		}
		String trimmed = text.strip();
		Matcher matcher = DOLLARS.matcher(trimmed);
		if (!matcher.matches() || (!matcher.group(1).isEmpty() && !matcher.group(2).isEmpty())) {
			throw new IllegalArgumentException(
					quote(trimmed) + " is not an amount of dollars (expected a form such as 12, 12.50 or $1,234.56)");
		}
		String decimals = matcher.group(4) == null ? "" : matcher.group(4);
		if (decimals.length() > 2) {
			throw new IllegalArgumentException(
					quote(trimmed) + " has more than two decimal places; amounts are in whole cents");
		}
		boolean negative = !matcher.group(1).isEmpty() || !matcher.group(2).isEmpty();
		String dollars = matcher.group(3).replace(",", "");
		BigDecimal amount = new BigDecimal(dollars + (decimals.isEmpty() ? "" : "." + decimals));
		try {
			long cents = amount.movePointRight(2).longValueExact();
			return ofCents(negative ? -cents : cents);
		} catch (ArithmeticException tooLarge) {
			throw new IllegalArgumentException(quote(trimmed) + " is too large an amount", tooLarge);
		}
	}

	/**
	 * @param other the amount to add
	 * @return the exact sum
	 * @throws ArithmeticException if the sum overflows
	 */
	public Money plus(Money other) {
		return ofCents(Math.addExact(cents, other.cents));
	}

	/**
	 * @param other the amount to subtract
	 * @return the exact difference
	 * @throws ArithmeticException if the difference overflows
	 */
	public Money minus(Money other) {
		return ofCents(Math.subtractExact(cents, other.cents));
	}

	/**
	 * @return the amount with its sign flipped
	 * @throws ArithmeticException for the one amount whose negation does not fit
	 */
	public Money negate() {
		return ofCents(Math.negateExact(cents));
	}

	/**
	 * @param factor how many times this amount, e.g. a quantity or a number of hours
	 * @return the exact product
	 * @throws ArithmeticException if the product overflows
	 */
	public Money times(long factor) {
		return ofCents(Math.multiplyExact(cents, factor));
	}

	/** @return whether this is exactly $0.00 */
	public boolean isZero() {
		return cents == 0;
	}

	/** @return whether this is below $0.00 */
	public boolean isNegative() {
		return cents < 0;
	}

	/** @return whether this is above $0.00 */
	public boolean isPositive() {
		return cents > 0;
	}

	/**
	 * @param other the amount to compare with
	 * @return whether this is strictly more than {@code other}
	 */
	public boolean isGreaterThan(Money other) {
		return cents > other.cents;
	}

	/**
	 * @param other the amount to compare with
	 * @return whether this is strictly less than {@code other}
	 */
	public boolean isLessThan(Money other) {
		return cents < other.cents;
	}

	/**
	 * The given percentage of this amount, rounded to the cent with halves rounded away from zero, so that
	 * 15% of $25.00 is $3.75 and 30% of 5¢ is 2¢. A negative amount rounds the mirror image of its positive
	 * counterpart: 30% of −5¢ is −2¢.
	 *
	 * @param percentage the share to take
	 * @return the share, never larger in magnitude than this amount
	 */
	public Money percentOf(Percentage percentage) {
		Objects.requireNonNull(percentage, "percentage");
		BigDecimal share = BigDecimal.valueOf(cents)
				.multiply(percentage.value())
				.divide(HUNDRED)
				.setScale(0, RoundingMode.HALF_UP);
		return ofCents(share.longValueExact());
	}

	/**
	 * Divides this amount among parties in proportion to their ratios, using the largest-remainder method: each
	 * party first gets its exact share rounded down to the cent, then the cents left over go one each to the
	 * parties whose shares lost the most in rounding, earlier parties first when that loss is equal. The parts
	 * therefore always sum exactly to this amount; no cent is created or lost. A negative amount is divided as its
	 * positive counterpart and every part negated, so no part ever has the opposite sign to the whole, and a party
	 * with ratio 0 gets $0.00.
	 *
	 * @param ratios one non-negative weight per party, not all zero
	 * @return one part per ratio, in the same order; an unmodifiable list
	 * @throws IllegalArgumentException if there are no ratios, any ratio is negative, or all are zero
	 */
	public List<Money> allocate(long... ratios) {
		Objects.requireNonNull(ratios, "ratios");
		return allocateExactly(ratios);
	}

	/**
	 * Same as {@link #allocate(long...)}, taking the ratios as a list.
	 *
	 * @param ratios one non-negative weight per party, not all zero, no nulls
	 * @return one part per ratio, in the same order; an unmodifiable list
	 * @throws IllegalArgumentException if there are no ratios, any ratio is null or negative, or all are zero
	 */
	public List<Money> allocate(List<Long> ratios) {
		Objects.requireNonNull(ratios, "ratios");
		long[] values = new long[ratios.size()];
		for (int i = 0; i < values.length; i++) {
			Long ratio = ratios.get(i);
			if (ratio == null) {
				throw new IllegalArgumentException("Allocation ratio " + (i + 1) + " is missing");
			}
			values[i] = ratio;
		}
		return allocateExactly(values);
	}

	private List<Money> allocateExactly(long[] ratios) {
		if (ratios.length == 0) {
			throw new IllegalArgumentException("Cannot allocate among no parties: at least one ratio is required");
		}
		BigInteger total = BigInteger.ZERO;
		for (long ratio : ratios) {
			if (ratio < 0) {
				throw new IllegalArgumentException(
						"Allocation ratios must not be negative, were " + Arrays.toString(ratios));
			}
			total = total.add(BigInteger.valueOf(ratio));
		}
		if (total.signum() == 0) {
			throw new IllegalArgumentException(
					"Allocation ratios must not all be zero, were " + Arrays.toString(ratios));
		}

		// BigInteger because |amount| × ratio easily exceeds a long, and |Long.MIN_VALUE| itself does not fit.
		BigInteger whole = BigInteger.valueOf(cents).abs();
		BigInteger[] parts = new BigInteger[ratios.length];
		BigInteger[] remainders = new BigInteger[ratios.length];
		BigInteger allocated = BigInteger.ZERO;
		for (int i = 0; i < ratios.length; i++) {
			BigInteger[] quotientAndRemainder = whole.multiply(BigInteger.valueOf(ratios[i])).divideAndRemainder(total);
			parts[i] = quotientAndRemainder[0];
			remainders[i] = quotientAndRemainder[1];
			allocated = allocated.add(parts[i]);
		}

		// The remainders sum to leftover × total and each is below total, so at least `leftover` parties have a
		// non-zero remainder: each party gets at most one extra cent, and a ratio-0 party never gets one.
		int leftover = whole.subtract(allocated).intValueExact();
		List<Integer> byLargestRemainder = new ArrayList<>(ratios.length);
		for (int i = 0; i < ratios.length; i++) {
			byLargestRemainder.add(i);
		}
		byLargestRemainder.sort(Comparator.<Integer, BigInteger>comparing(i -> remainders[i]).reversed()
				.thenComparing(Comparator.naturalOrder()));
		for (int i = 0; i < leftover; i++) {
			int party = byLargestRemainder.get(i);
			parts[party] = parts[party].add(BigInteger.ONE);
		}

		List<Money> result = new ArrayList<>(ratios.length);
		for (BigInteger part : parts) {
			result.add(ofCents((cents < 0 ? part.negate() : part).longValueExact()));
		}
		return Collections.unmodifiableList(result);
	}

	/**
	 * Orders amounts from most negative to most positive.
	 */
	@Override
	public int compareTo(Money other) {
		return Long.compare(cents, other.cents);
	}

	/**
	 * @return the amount for people to read: {@code "$1,234.56"}, {@code "$0.05"}, {@code "-$3.00"}
	 */
	@Override
	public String toString() {
		String digits = absoluteDigits();
		String dollars = digits.substring(0, digits.length() - 2);
		StringBuilder grouped = new StringBuilder(dollars.length() + dollars.length() / 3);
		for (int i = 0; i < dollars.length(); i++) {
			if (i > 0 && (dollars.length() - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(dollars.charAt(i));
		}
		return (cents < 0 ? "-$" : "$") + grouped + "." + digits.substring(digits.length() - 2);
	}

	/**
	 * @return the amount for machines to read, as in CSV exports: {@code "1234.56"}, {@code "0.05"},
	 *         {@code "-3.00"}; no currency sign and no grouping
	 */
	public String plain() {
		String digits = absoluteDigits();
		return (cents < 0 ? "-" : "") + digits.substring(0, digits.length() - 2) + "."
				+ digits.substring(digits.length() - 2);
	}

	/** The magnitude's decimal digits, padded to at least three so there is always a dollar digit. */
	private String absoluteDigits() {
		String digits = Long.toString(cents);
		if (cents < 0) {
			digits = digits.substring(1);
		}
		return "0".repeat(Math.max(0, 3 - digits.length())) + digits;
	}

	private static String quote(String input) {
		String shown = input.length() > MAX_INPUT_LENGTH ? input.substring(0, MAX_INPUT_LENGTH) + "…" : input;
		return "\"" + shown + "\"";
	}
}
