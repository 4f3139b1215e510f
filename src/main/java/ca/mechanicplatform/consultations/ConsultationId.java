package ca.mechanicplatform.consultations;

/**
 * Identifies a consultation. Always a positive number.
 *
 * @param value the database identity, greater than zero
 */
public record ConsultationId(long value) {

	/** @throws IllegalArgumentException if {@code value} is zero or negative */
	public ConsultationId {
		if (value <= 0) {
			throw new IllegalArgumentException("ConsultationId must be positive, was " + value);
		}
	}

	/** @return the number alone, as it appears in URLs */
	@Override
	public String toString() {
		return Long.toString(value);
	}
}
