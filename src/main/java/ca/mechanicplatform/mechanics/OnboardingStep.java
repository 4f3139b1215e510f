package ca.mechanicplatform.mechanics;

/** The steps of virtual-only onboarding, in order. */
public enum OnboardingStep {

	PROFILE("profile", "Profile"),
	CERTIFICATION("certification", "Certification"),
	BACKGROUND_CHECK("background-check", "Background check"),
	PAYOUT("payout", "Payout");

	private final String slug;
	private final String label;

	OnboardingStep(String slug, String label) {
		this.slug = slug;
		this.label = label;
	}

	/** How the step appears in URLs: {@code ?step=background-check}. */
	public String slug() {
		return slug;
	}

	public String label() {
		return label;
	}

	public int number() {
		return ordinal() + 1;
	}

	/** @return the step with this slug, or {@code PROFILE} for anything else */
	public static OnboardingStep ofSlug(String slug) {
		for (OnboardingStep step : values()) {
			if (step.slug.equals(slug)) {
				return step;
			}
		}
		return PROFILE;
	}
}
