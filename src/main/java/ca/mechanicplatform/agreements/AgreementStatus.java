package ca.mechanicplatform.agreements;

/** Where an agreement is in its signing order. */
public enum AgreementStatus {
	AWAITING_FIRST, AWAITING_SECOND, COMPLETED, VOID
}
