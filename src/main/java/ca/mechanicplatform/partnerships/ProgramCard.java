package ca.mechanicplatform.partnerships;

/** One marketplace result: the program and its distance from the mechanic (null when it cannot be computed). */
public record ProgramCard(Program program, Double distanceKm) {
}
