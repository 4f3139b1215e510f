package ca.mechanicplatform.workshops;

import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;

/** Published after a workshop signs up. */
public record WorkshopRegistered(WorkshopId workshopId, UserId adminUserId) {
}
