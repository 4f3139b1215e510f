package ca.mechanicplatform.partnerships;

/** Identifies a mechanic's application to a program. */
public record ApplicationId(long value) {

	public ApplicationId {
		if (value <= 0) {
			throw new IllegalArgumentException("An id is a positive number, was " + value);
		}
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
