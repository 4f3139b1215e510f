package ca.mechanicplatform.agreements;

import java.util.Map;

/**
 * What is needed to generate an agreement: its kind (which picks the template), the thing it is about as a
 * reference such as {@code partnership:42}, a title, the values of the template's placeholders, and the parties in
 * signing order.
 */
public record NewAgreement(AgreementKind kind, String subjectRef, String title, Map<String, String> values, Party first,
		Party second) {
}
