package ca.mechanicplatform.mechanics;

/**
 * Identifies a trade certification a mechanic submitted. Always a positive number.
 *
 * @param value the database identity, greater than zero
 */
public record CertificationId(long value) {

	/** @throws IllegalArgumentException if {@code value} is zero or negative */
	public CertificationId {
		if (value <= 0) {
			throw new IllegalArgumentException("CertificationId must be positive, was " + value);
		}
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
