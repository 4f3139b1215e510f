package ca.mechanicplatform.consultations;

import ca.mechanicplatform.kernel.Fsa;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * Which open requests a mechanic may see and accept right now, and under which revenue mode they would take one.
 *
 * @param scope             every request, only those outside the workshop's exclusion radius, or none
 * @param mode              the revenue mode a session accepted now is recorded with; {@code null} when the scope is none
 * @param workshopId        the employee's workshop, or {@code null} for an independent mechanic
 * @param workshopFsa       the workshop's FSA (the centre of the exclusion radius), or {@code null}
 * @param exclusionRadiusKm the radius protected for the workshop, in kilometres (meaningful for the exclusion scope)
 * @param workshopShare     the workshop's share of the remainder under revenue share, else {@code null}
 * @param reason            why the mechanic sees nothing, or what limits the feed; written for the mechanic
 */
public record FeedAccess(Scope scope, RevenueMode mode, WorkshopId workshopId, Fsa workshopFsa, int exclusionRadiusKm,
		Percentage workshopShare, String reason) {

	/** What part of the open requests a mechanic sees. */
	public enum Scope {
		ALL, OUTSIDE_EXCLUSION_RADIUS, NONE
	}

	/** Whether the mechanic may see and accept any request at all. */
	public boolean canTake() {
		return scope != Scope.NONE;
	}

	static FeedAccess none(String reason) {
		return new FeedAccess(Scope.NONE, null, null, null, 0, null, reason);
	}
}
