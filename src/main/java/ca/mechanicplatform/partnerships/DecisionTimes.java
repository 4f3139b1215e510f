package ca.mechanicplatform.partnerships;

/**
 * How quickly workshops decided on applications over a period: how many were decided, how many still wait, the
 * average time to decision in hours, and how many were decided within the 48-hour target.
 */
public record DecisionTimes(long decided, long pending, Double averageHours, long withinTarget) {
}
