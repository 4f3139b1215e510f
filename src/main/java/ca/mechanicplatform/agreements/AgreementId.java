package ca.mechanicplatform.agreements;

/** Identifies an agreement. */
public record AgreementId(long value) {

	public AgreementId {
		if (value <= 0) {
			throw new IllegalArgumentException("An agreement id is a positive number, was " + value);
		}
	}

	@Override
	public String toString() {
		return String.valueOf(value);
	}
}
