package ca.mechanicplatform.partnerships;

/** An application's life: submitted → withdrawn | approved | rejected (with a reason). */
public enum ApplicationStatus {
	SUBMITTED, WITHDRAWN, APPROVED, REJECTED
}
