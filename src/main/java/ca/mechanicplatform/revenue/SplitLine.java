package ca.mechanicplatform.revenue;

/**
 * One step of a split, in the order it was computed, for people to check the arithmetic.
 *
 * @param step        what the step computes: {@code GROSS}, {@code PLATFORM_FEE}, {@code REMAINDER},
 *                    {@code WORKSHOP_SHARE}, {@code MECHANIC_SHARE}, {@code BAY_FEE} or {@code MECHANIC_NET}
 * @param party       who the amount belongs to: {@code CUSTOMER}, {@code PLATFORM}, {@code WORKSHOP} or
 *                    {@code MECHANIC}
 * @param amountCents the amount the step arrives at
 * @param explanation the step in words, with its figures
 */
public record SplitLine(String step, String party, long amountCents, String explanation) {
}
