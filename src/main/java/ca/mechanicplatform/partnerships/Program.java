package ca.mechanicplatform.partnerships;

import java.time.Instant;
import java.util.List;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * A partnership program. Rates are set according to its type: bay rental has an hourly and/or daily rate; revenue
 * share has the workshop's percentage; membership has a monthly fee and the workshop's percentage.
 */
public record Program(ProgramId id, WorkshopId workshopId, String workshopName, String city, String province,
		ProgramType type, String title, String description, String terms, ProgramStatus status, int capacity,
		Money hourlyRate, Money dailyRate, Percentage workshopShare, Money monthlyFee, int minYearsExperience,
		boolean requiresInsurance, List<String> requiredCertifications, List<String> services, Instant createdAt,
		Instant publishedAt) {

	/** What the mechanic keeps of each job after the platform fee. */
	public Percentage mechanicShare() {
		return workshopShare == null ? Percentage.of(100) : workshopShare.complement();
	}

	/** The money terms in one or two sentences, as shown on cards and written into the agreement. */
	public String economics() {
		return switch (type) {
			case BAY_RENTAL -> "Bay rate " + rates() + ", paid to the workshop for the booked time; the mechanic keeps the whole "
					+ "amount of each job after the platform fee.";
			case REVENUE_SHARE -> "No bay fee. The workshop receives " + workshopShare + " of each job's amount after the "
					+ "platform fee; the mechanic receives the rest (" + mechanicShare() + ").";
			case MEMBERSHIP -> "Membership fee " + monthlyFee + " per month (the first month prorated by day), plus "
					+ workshopShare + " of each job's amount after the platform fee to the workshop; the mechanic receives the rest ("
					+ mechanicShare() + ").";
		};
	}

	private String rates() {
		if (hourlyRate != null && dailyRate != null) {
			return hourlyRate + " per hour or " + dailyRate + " per day";
		}
		return hourlyRate != null ? hourlyRate + " per hour" : dailyRate + " per day";
	}
}
