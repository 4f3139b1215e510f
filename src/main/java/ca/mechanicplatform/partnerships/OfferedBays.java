package ca.mechanicplatform.partnerships;

import java.util.List;

import ca.mechanicplatform.workshops.Bay;

/**
 * The bays a program offers: those the workshop chose for it, or — when it chose none — every active bay of the
 * workshop. Inactive bays are never offered.
 */
public record OfferedBays(boolean everyActiveBay, List<Bay> bays) {

	public boolean offers(Bay bay) {
		return bays.stream().anyMatch(b -> b.id().equals(bay.id()));
	}
}
