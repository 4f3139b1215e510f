package ca.mechanicplatform.development;

import java.math.BigDecimal;

/** A calendar year of a mechanic's training log: the hours completed in it and how many trainings. */
public record YearlyHours(int year, BigDecimal hours, int trainings) {
}
