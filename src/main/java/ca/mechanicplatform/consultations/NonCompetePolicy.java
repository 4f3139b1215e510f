package ca.mechanicplatform.consultations;

import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.OffShiftMode;
import ca.mechanicplatform.workshops.Workshop;

/**
 * The geographic non-compete as a rule on one mechanic (SPEC "Revenue models"): independent mechanics and employees
 * clocked in by their workshop see every request; off-shift employees see everything under a revenue-share agreement
 * their workshop allows, only requests outside the exclusion radius in local exclusion (also when revenue share is
 * set but the workshop no longer allows local freelancing: when in doubt, protect the workshop), and nothing when
 * blocked. Under revenue share the workshop's share is the percentage both signed ({@code off_shift_revenue_share_pct}),
 * not the workshop's current setting, which only applies to agreements signed later. A mechanic whose certification is not verified, or who is off shift and not available, sees nothing.
 */
public final class NonCompetePolicy {

	private NonCompetePolicy() {
	}

	/**
	 * @param mechanic the mechanic asking
	 * @param workshop the mechanic's workshop when they are an employee, else {@code null}
	 * @return what the mechanic may see and accept now
	 */
	public static FeedAccess accessOf(Mechanic mechanic, Workshop workshop) {
		if (!mechanic.verified()) {
			return FeedAccess.none("Your certification is not verified yet. Consultation requests appear here once the "
					+ "platform has verified it.");
		}
		if (!mechanic.isEmployee()) {
			if (!mechanic.available()) {
				return FeedAccess.none("You are not available. Turn on availability to see consultation requests.");
			}
			return new FeedAccess(FeedAccess.Scope.ALL, RevenueMode.VIRTUAL_INDEPENDENT, null, null, 0, null,
					"You see every open request in Canada.");
		}
		if (workshop == null) {
			throw new IllegalArgumentException("An employee's workshop is required");
		}
		if (mechanic.isOnShift()) {
			return new FeedAccess(FeedAccess.Scope.ALL, RevenueMode.EMPLOYEE_ON_SHIFT, workshop.id(), workshop.postalCode().fsa(),
					mechanic.exclusionRadiusKm(), null, "You are on shift at " + workshop.name()
							+ ": you see every open request and sessions are paid to the workshop.");
		}
		if (!mechanic.available()) {
			return FeedAccess.none("You are off shift and not available. Turn on availability to freelance off shift.");
		}
		if (mechanic.offShiftMode() == OffShiftMode.BLOCKED) {
			return FeedAccess.none("You are off shift and " + workshop.name()
					+ "'s policy blocks off-shift consultations, so no requests are shown.");
		}
		if (mechanic.offShiftMode() == OffShiftMode.REVENUE_SHARE && workshop.allowEmployeeLocalFreelance()) {
			return new FeedAccess(FeedAccess.Scope.ALL, RevenueMode.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE, workshop.id(),
					workshop.postalCode().fsa(), mechanic.exclusionRadiusKm(), Percentage.of(mechanic.offShiftRevenueSharePct()),
					"Off shift under your revenue-share agreement: you see every request, local ones included; "
							+ workshop.name() + " gets " + mechanic.offShiftRevenueSharePct() + "% of what remains after the platform fee.");
		}
		return new FeedAccess(FeedAccess.Scope.OUTSIDE_EXCLUSION_RADIUS, RevenueMode.EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION,
				workshop.id(), workshop.postalCode().fsa(), mechanic.exclusionRadiusKm(), null,
				"Off shift in local exclusion: customers within " + mechanic.exclusionRadiusKm() + " km of " + workshop.name()
						+ " are not shown to you; you keep what remains after the platform fee.");
	}
}
