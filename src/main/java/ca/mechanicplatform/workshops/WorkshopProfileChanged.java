package ca.mechanicplatform.workshops;

import ca.mechanicplatform.kernel.WorkshopId;

/**
 * Published, and handled synchronously inside the changing transaction, when a workshop's admin saves its profile
 * (name, address, postal code, time zone): the workshop's partnership programs move with it in the marketplace.
 */
public record WorkshopProfileChanged(WorkshopId workshopId) {
}
