package ca.mechanicplatform.partnerships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Onboarding;
import ca.mechanicplatform.mechanics.ServiceTier;

/**
 * Who may apply to a program: a verified workshop-partner mechanic who meets the program's requirements, has no open
 * or approved application to it, while it is published and has places left. Every failed rule is reported, so the
 * mechanic sees all that stands in the way at once.
 */
public final class PartnershipEligibility {

	private PartnershipEligibility() {
	}

	/**
	 * What is known of the mechanic's qualifications: years of experience (null where the profile does not say),
	 * current liability insurance, and the credentials and trades of their approved, unexpired certifications.
	 */
	public record Qualifications(Integer yearsExperience, boolean insured, List<String> certifications) {

		public static Qualifications of(Onboarding onboarding, LocalDate today) {
			List<String> held = new ArrayList<>();
			onboarding.certifications().stream().filter(c -> c.isValidOn(today)).forEach(c -> {
				held.add(c.credential().name());
				held.add(c.trade().name());
			});
			return new Qualifications(onboarding.details().yearsOfExperience(), onboarding.insuredNow(), List.copyOf(held));
		}
	}

	public static Eligibility check(Mechanic mechanic, Qualifications qualifications, Program program,
			boolean alreadyApplied, int placesTaken) {
		List<String> reasons = new ArrayList<>();
		boolean upgrade = mechanic.serviceTier() != ServiceTier.WORKSHOP_PARTNER;
		if (upgrade) {
			reasons.add("Partnerships are for mechanics on the workshop-partner tier: upgrade your service tier first");
		}
		if (!mechanic.verified()) {
			reasons.add("Your trade certification must be verified by the platform");
		}
		if (program.minYearsExperience() > 0 && (qualifications.yearsExperience() == null
				|| qualifications.yearsExperience() < program.minYearsExperience())) {
			reasons.add("The program asks for at least " + program.minYearsExperience() + " years of experience"
					+ (qualifications.yearsExperience() == null ? " and your profile does not state yours" : ""));
		}
		if (program.requiresInsurance() && !qualifications.insured()) {
			reasons.add("The program requires current liability insurance on your profile");
		}
		for (String required : program.requiredCertifications()) {
			boolean held = qualifications.certifications().stream().anyMatch(held1 -> held1.equalsIgnoreCase(required));
			if (!held) {
				reasons.add("The program requires a verified " + required.replace('_', ' ') + " certification");
			}
		}
		if (program.status() != ProgramStatus.PUBLISHED) {
			reasons.add("The program is not taking applications right now");
		}
		if (alreadyApplied) {
			reasons.add("You already have an open or approved application to this program");
		}
		if (placesTaken >= program.capacity()) {
			reasons.add("The program is full");
		}
		return new Eligibility(List.copyOf(reasons), upgrade);
	}
}
