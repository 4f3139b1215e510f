package ca.mechanicplatform.kernel;

/**
 * Identifies a workshop's bay (a lift, an alignment rack, a diagnostic station). Always a positive number, so an unset or
 * default id can never be mistaken for a real one.
 *
 * @param value the database identity, greater than zero
 */
public record BayId(long value) {

	/**
	 * @throws IllegalArgumentException if {@code value} is zero or negative
	 */
	public BayId {
		if (value <= 0) {
			throw new IllegalArgumentException("BayId must be positive, was " + value);
		}
	}

	/**
	 * @param value the database identity, greater than zero
	 * @return the id wrapping {@code value}
	 * @throws IllegalArgumentException if {@code value} is zero or negative
	 */
	public static BayId of(long value) {
		return new BayId(value);
	}

	/** @return the number alone, e.g. {@code "42"}, as it appears in URLs */
	@Override
	public String toString() {
		return Long.toString(value);
	}
}
