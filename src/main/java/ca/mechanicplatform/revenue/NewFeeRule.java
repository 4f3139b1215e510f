package ca.mechanicplatform.revenue;

/**
 * The operator's form to add a fee rule, as typed. The facade checks every field.
 *
 * @param serviceKind   {@code VIRTUAL_CONSULTATION} or {@code WORKSHOP_JOB}
 * @param relationship  {@code INDEPENDENT} or {@code WORKSHOP_EMPLOYEE}
 * @param percentage    e.g. {@code 12.5}
 * @param effectiveFrom the first day it applies, {@code yyyy-mm-dd} in the accounting time zone; today means now
 * @param reason        why the fee changes, for the history
 */
public record NewFeeRule(String serviceKind, String relationship, String percentage, String effectiveFrom, String reason) {
}
