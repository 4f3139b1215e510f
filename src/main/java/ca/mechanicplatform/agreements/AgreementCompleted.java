package ca.mechanicplatform.agreements;

/** Published when both parties have signed: the agreement is in force. */
public record AgreementCompleted(AgreementId agreementId, AgreementKind kind, String subjectRef) {
}
