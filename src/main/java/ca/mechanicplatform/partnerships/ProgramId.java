package ca.mechanicplatform.partnerships;

/** Identifies a partnership program. */
public record ProgramId(long value) {

	public ProgramId {
		if (value <= 0) {
			throw new IllegalArgumentException("An id is a positive number, was " + value);
		}
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
