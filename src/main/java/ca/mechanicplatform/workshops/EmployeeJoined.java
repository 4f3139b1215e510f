package ca.mechanicplatform.workshops;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/** Published when a mechanic accepts a workshop's invitation and becomes its employee. */
public record EmployeeJoined(WorkshopId workshopId, MechanicId mechanicId) {
}
