package ca.mechanicplatform.revenue;

import java.util.Objects;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * How a sale's money is divided, one record per case of the specification's revenue table. Each case carries exactly
 * what it needs (a workshop, its percentage, a bay fee), so an impossible combination cannot be expressed. The split
 * itself is computed by {@link SplitCalculator}.
 */
public sealed interface RevenueModel {

	RevenueModelKind kind();

	/** The workshop that is a party to the sale, or {@code null} for an independent mechanic's consultation. */
	WorkshopId workshop();

	/** The workshop's percentage of what remains after the platform fee; 0% for models without one. */
	default Percentage workshopShare() {
		return Percentage.of(0);
	}

	/** The bay fee moved from the mechanic to the workshop; $0.00 for models without one. */
	default Money bayFee() {
		return Money.zero();
	}

	default ServiceKind serviceKind() {
		return kind().serviceKind();
	}

	/** A virtual consultation by an independent (or virtual-only) mechanic: platform fee, mechanic gets the rest. */
	record VirtualIndependent() implements RevenueModel {

		@Override
		public RevenueModelKind kind() {
			return RevenueModelKind.VIRTUAL_INDEPENDENT;
		}

		@Override
		public WorkshopId workshop() {
			return null;
		}
	}

	/** A consultation by a workshop employee while clocked in: the workshop gets the rest, the mechanic nothing. */
	record EmployeeOnShift(WorkshopId workshop) implements RevenueModel {

		public EmployeeOnShift {
			Objects.requireNonNull(workshop, "workshop");
		}

		@Override
		public RevenueModelKind kind() {
			return RevenueModelKind.EMPLOYEE_ON_SHIFT;
		}
	}

	/** A consultation by an employee off shift under local exclusion: the mechanic gets the rest, the workshop nothing. */
	record EmployeeOffShiftLocalExclusion(WorkshopId workshop) implements RevenueModel {

		public EmployeeOffShiftLocalExclusion {
			Objects.requireNonNull(workshop, "workshop");
		}

		@Override
		public RevenueModelKind kind() {
			return RevenueModelKind.EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION;
		}
	}

	/**
	 * A consultation by an employee off shift under a signed revenue-share agreement: the workshop gets its
	 * percentage (20–40%) of what remains after the platform fee.
	 */
	record EmployeeOffShiftRevenueShare(WorkshopId workshop, Percentage workshopShare) implements RevenueModel {

		public EmployeeOffShiftRevenueShare {
			Objects.requireNonNull(workshop, "workshop");
			requireShare(RevenueModelKind.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE, workshopShare);
		}

		@Override
		public RevenueModelKind kind() {
			return RevenueModelKind.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE;
		}
	}

	/**
	 * A partnership job under bay rental: the mechanic keeps everything after the platform fee and pays the bay fee
	 * (the rate times the booked time) to the workshop out of it.
	 */
	record BayRental(WorkshopId workshop, Money bayFee) implements RevenueModel {

		public BayRental {
			Objects.requireNonNull(workshop, "workshop");
			Objects.requireNonNull(bayFee, "bayFee");
			if (bayFee.isNegative()) {
				throw new IllegalArgumentException("A bay fee cannot be negative, was " + bayFee);
			}
		}

		@Override
		public RevenueModelKind kind() {
			return RevenueModelKind.BAY_RENTAL;
		}
	}

	/** A partnership job under revenue share: the workshop gets the program's percentage of the remainder. */
	record RevenueShare(WorkshopId workshop, Percentage workshopShare) implements RevenueModel {

		public RevenueShare {
			Objects.requireNonNull(workshop, "workshop");
			requireShare(RevenueModelKind.REVENUE_SHARE, workshopShare);
		}

		@Override
		public RevenueModelKind kind() {
			return RevenueModelKind.REVENUE_SHARE;
		}
	}

	/**
	 * A partnership job under membership: split like revenue share with the program's percentage; the monthly
	 * membership fee is charged separately ({@link Revenue#chargeMembershipFee}).
	 */
	record Membership(WorkshopId workshop, Percentage workshopShare) implements RevenueModel {

		public Membership {
			Objects.requireNonNull(workshop, "workshop");
			requireShare(RevenueModelKind.MEMBERSHIP, workshopShare);
		}

		@Override
		public RevenueModelKind kind() {
			return RevenueModelKind.MEMBERSHIP;
		}
	}

	private static void requireShare(RevenueModelKind kind, Percentage share) {
		Objects.requireNonNull(share, "workshopShare");
		if (!share.isBetween(kind.minSharePercent(), kind.maxSharePercent())) {
			throw new IllegalArgumentException("The workshop's share under " + kind.label().toLowerCase(java.util.Locale.ROOT)
					+ " must be between " + kind.minSharePercent() + "% and " + kind.maxSharePercent() + "%, was " + share);
		}
	}
}
