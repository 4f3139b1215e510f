package ca.mechanicplatform.workshops;

/**
 * The workshop's off-shift policy for its employees: whether they may serve local customers off shift under a
 * revenue-share agreement, and the workshop's share of those sessions (whole percent, 20–40).
 */
public record OffShiftPolicyForm(boolean allowEmployeeLocalFreelance, String employeeRevenueSharePct) {
}
