package ca.mechanicplatform.agreements;

import ca.mechanicplatform.kernel.UserId;

/** Published when one party signs; {@code completed} is true when that was the last signature. */
public record AgreementSigned(AgreementId agreementId, AgreementKind kind, String subjectRef, UserId signer,
		boolean completed) {
}
