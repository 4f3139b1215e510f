package ca.mechanicplatform.crm;

import java.time.Instant;

/** A note the mechanic keeps about a client. */
public record ClientNote(long id, String body, Instant createdAt, Instant updatedAt) {

	public boolean isEdited() {
		return updatedAt.isAfter(createdAt);
	}
}
