package ca.mechanicplatform.mechanics;

import java.util.List;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

/**
 * A service tier as a mechanic chooses it: what it means for their earnings and what it obliges them to. The
 * figures use the platform's shipped default fee on consultations and workshop jobs (15%) and the Phase 3 plan's
 * $25 average consultation; the fee actually charged is the fee rule in force when a session is paid.
 */
public record ServiceTierOption(ServiceTier tier, String label, boolean selectable, String summary, List<String> earnings,
		List<String> obligations) {

	/** The shipped default platform fee on virtual consultations and workshop jobs. */
	public static final Percentage DEFAULT_FEE = Percentage.of(15);

	/** The Phase 3 plan's average consultation price. */
	public static final Money AVERAGE_CONSULTATION = Money.ofCents(2_500);

	/** The three tiers, licensed mobile last and not selectable. */
	public static List<ServiceTierOption> all() {
		Money fee = AVERAGE_CONSULTATION.percentOf(DEFAULT_FEE);
		Money kept = AVERAGE_CONSULTATION.minus(fee);
		String consultation = "You keep " + DEFAULT_FEE.complement() + " of each consultation: " + kept + " of a "
				+ AVERAGE_CONSULTATION + " session after the " + DEFAULT_FEE + " platform fee (" + fee + ")";
		return List.of(
				new ServiceTierOption(ServiceTier.VIRTUAL_ONLY, ServiceTier.VIRTUAL_ONLY.label(), true,
						"Chat and video consultations with vehicle owners anywhere in Canada, from home. No workshop needed.",
						List.of(consultation,
								"Part time, 20 sessions a month: about " + kept.times(20) + " a month",
								"Full time, 100 sessions a month: about " + kept.times(100) + " a month",
								"Paid by direct deposit to your bank account"),
						List.of("A Red Seal or provincial trade certificate, verified by the platform (target: within 24 hours)",
								"A background check you consent to",
								"Advice and diagnosis only: no hands-on repairs through the platform",
								"The virtual-only mechanic agreement")),
				new ServiceTierOption(ServiceTier.WORKSHOP_PARTNER, ServiceTier.WORKSHOP_PARTNER.label(), true,
						"Everything in virtual only, plus hands-on jobs in partner workshops' bays through bay rental, "
								+ "revenue-share or membership programs.",
						List.of(consultation,
								"Workshop jobs: you keep what remains after the platform fee and your program's terms "
										+ "(for example 75% of labour under a revenue share)",
								"Bay rental: pay the workshop's hourly or daily rate and keep 100% of the job after the platform fee"),
						List.of("Everything virtual only requires, verified",
								"Liability insurance: certificate and expiry date on file",
								"A signed partnership agreement with each workshop you work in",
								"Physical work only in licensed partner workshops")),
				new ServiceTierOption(ServiceTier.LICENSED_MOBILE, ServiceTier.LICENSED_MOBILE.label(), false,
						"Repairs at the customer's location under a mobile-service licence. Coming in Phase 7; it can't be chosen yet.",
						List.of(), List.of()));
	}
}
