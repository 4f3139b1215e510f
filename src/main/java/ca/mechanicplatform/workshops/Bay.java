package ca.mechanicplatform.workshops;

import java.time.Instant;

import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.WorkshopId;

/** A bay of a workshop. An inactive bay stays on record (bookings will refer to it) but cannot be booked. */
public record Bay(BayId id, WorkshopId workshopId, String name, BayType type, boolean active, Instant createdAt) {
}
