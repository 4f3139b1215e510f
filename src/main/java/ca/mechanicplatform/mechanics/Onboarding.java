package ca.mechanicplatform.mechanics;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Where a mechanic stands in onboarding: everything they have entered, the platform's decisions, and what is
 * still missing. {@code backgroundCheck}, {@code payout}, {@code insurance}, {@code submittedAt} and
 * {@code verifiedAt} are {@code null} until they exist. {@code certifiedNow} and {@code insuredNow} say whether an
 * approved certification and the insurance are valid today: together they let a mechanic become a workshop partner.
 */
public record Onboarding(Mechanic mechanic, ProfileDetails details, List<Certification> certifications,
		BackgroundCheck backgroundCheck, PayoutAccount payout, InsurancePolicy insurance, Instant submittedAt,
		Instant verifiedAt, ProfileCompletion completion, List<TierChange> tierHistory, boolean certifiedNow,
		boolean insuredNow) {

	private static final List<String> PROFILE_ITEMS = List.of("bio", "specialties", "vehicle-makes", "years-of-experience",
			"languages");

	public Onboarding {
		certifications = List.copyOf(certifications);
		tierHistory = List.copyOf(tierHistory);
	}

	/** Whether the mechanic has done a step of the onboarding form. */
	public boolean isDone(OnboardingStep step) {
		return switch (step) {
			case PROFILE -> PROFILE_ITEMS.stream().noneMatch(completion::isMissing);
			case CERTIFICATION -> !completion.isMissing("certification");
			case BACKGROUND_CHECK -> !completion.isMissing("background-check-consent");
			case PAYOUT -> !completion.isMissing("payout");
		};
	}

	/** The first step not done yet, or {@code null} when every step is done. */
	public OnboardingStep nextStep() {
		return Arrays.stream(OnboardingStep.values()).filter(step -> !isDone(step)).findFirst().orElse(null);
	}

	/** The steps still to do, in order. */
	public List<OnboardingStep> stepsToDo() {
		return Arrays.stream(OnboardingStep.values()).filter(step -> !isDone(step)).toList();
	}

	/** How many of the form's steps are done. */
	public long stepsDone() {
		return Arrays.stream(OnboardingStep.values()).filter(this::isDone).count();
	}

	public boolean isSubmitted() {
		return submittedAt != null;
	}

	/** Every step done and verified: nothing left to show on the dashboard's onboarding card. */
	public boolean isComplete() {
		return completion.isComplete();
	}

	/** Whether the mechanic meets the requirements of the workshop-partner tier today. */
	public boolean meetsWorkshopPartnerRequirements() {
		return certifiedNow && insuredNow;
	}

	/** The most recently submitted certification, or {@code null}. */
	public Certification latestCertification() {
		return certifications.isEmpty() ? null : certifications.get(0);
	}
}
