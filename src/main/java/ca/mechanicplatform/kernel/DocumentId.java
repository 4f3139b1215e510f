package ca.mechanicplatform.kernel;

/**
 * Identifies a stored document (an uploaded certificate, insurance certificate or photo). Always a positive number, so an unset or
 * default id can never be mistaken for a real one.
 *
 * @param value the database identity, greater than zero
 */
public record DocumentId(long value) {

	/**
	 * @throws IllegalArgumentException if {@code value} is zero or negative
	 */
	public DocumentId {
		if (value <= 0) {
			throw new IllegalArgumentException("DocumentId must be positive, was " + value);
		}
	}

	/**
	 * @param value the database identity, greater than zero
	 * @return the id wrapping {@code value}
	 * @throws IllegalArgumentException if {@code value} is zero or negative
	 */
	public static DocumentId of(long value) {
		return new DocumentId(value);
	}

	/** @return the number alone, e.g. {@code "42"}, as it appears in URLs */
	@Override
	public String toString() {
		return Long.toString(value);
	}
}
