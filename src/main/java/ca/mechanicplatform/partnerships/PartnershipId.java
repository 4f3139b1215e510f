package ca.mechanicplatform.partnerships;

/** Identifies a partnership between a mechanic and a workshop. */
public record PartnershipId(long value) {

	public PartnershipId {
		if (value <= 0) {
			throw new IllegalArgumentException("An id is a positive number, was " + value);
		}
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
