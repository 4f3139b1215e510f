package ca.mechanicplatform.development;

/**
 * A training as typed by the mechanic: title, provider, the day it was completed (YYYY-MM-DD), hours (a decimal such as
 * 7.5), a {@link TrainingCategory} name, and optionally a note and the address of the completion certificate.
 */
public record TrainingForm(String title, String provider, String completedOn, String hours, String category, String note,
		String documentUrl) {

	public static TrainingForm empty() {
		return new TrainingForm("", "", "", "", "", "", "");
	}
}
