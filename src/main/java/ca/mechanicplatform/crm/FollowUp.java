package ca.mechanicplatform.crm;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up reminder about a client, due on a day; {@code doneAt} is {@code null} until marked done. */
public record FollowUp(long id, ClientId clientId, String clientName, LocalDate dueOn, String text, Instant createdAt, Instant doneAt) {

	public boolean isDone() {
		return doneAt != null;
	}

	public boolean isDueBy(LocalDate day) {
		return !isDone() && !dueOn.isAfter(day);
	}
}
