package ca.mechanicplatform.crm;

/** Identifies a client in one mechanic's CRM. */
public record ClientId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}
