package ca.mechanicplatform.mechanics;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.WorkshopId;

/** Published when a workshop admin clocks an employee in ({@code onShift}) or out. */
public record ShiftChanged(MechanicId mechanicId, WorkshopId workshopId, boolean onShift) {
}
