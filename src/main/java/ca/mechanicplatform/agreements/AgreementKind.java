package ca.mechanicplatform.agreements;

/** What an agreement is for, and the template its text comes from. */
public enum AgreementKind {

	PARTNERSHIP("mechanic-workshop-partnership-agreement.md"),
	EMPLOYEE_REVENUE_SHARE("employee-off-shift-revenue-share-agreement.md");

	private final String template;

	AgreementKind(String template) {
		this.template = template;
	}

	/** The template's file name in {@code docs/agreements} (on the classpath under {@code agreements/}). */
	public String template() {
		return template;
	}
}
