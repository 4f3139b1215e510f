package ca.mechanicplatform.partnerships;

/**
 * One marketplace result: the program and its distance from the mechanic (null when it cannot be computed). The
 * program's {@code terms} are not read for a card (null): the program's own page and API answer carry them.
 */
public record ProgramCard(Program program, Double distanceKm) {
}
