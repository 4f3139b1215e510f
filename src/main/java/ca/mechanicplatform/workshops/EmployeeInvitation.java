package ca.mechanicplatform.workshops;

import java.time.Instant;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * A workshop's invitation to the mechanic with {@code email} to join as a workshop employee. The {@code token}
 * names the invitation in links; only the mechanic whose account has that e-mail address can answer it.
 * {@code mechanicId} is the mechanic who accepted.
 */
public record EmployeeInvitation(long id, WorkshopId workshopId, String workshopName, String workshopCity, String email,
		String token, InvitationStatus status, Instant createdAt, Instant respondedAt, MechanicId mechanicId) {

	public boolean isPending() {
		return status == InvitationStatus.PENDING;
	}
}
