package ca.mechanicplatform.workshops;

import ca.mechanicplatform.kernel.WorkshopId;

/** Published when a workshop invites a mechanic by e-mail to join as an employee. */
public record EmployeeInvited(WorkshopId workshopId, long invitationId, String email) {
}
