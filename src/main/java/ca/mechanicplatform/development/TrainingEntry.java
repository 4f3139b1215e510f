package ca.mechanicplatform.development;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import ca.mechanicplatform.kernel.MechanicId;

/** One training in a mechanic's log. {@code note} and {@code documentUrl} are {@code null} when not given. */
public record TrainingEntry(long id, MechanicId mechanicId, String title, String provider, LocalDate completedOn, BigDecimal hours,
		TrainingCategory category, String note, String documentUrl, Instant createdAt, Instant updatedAt) {

	/** The same entry as a form, for editing. */
	public TrainingForm toForm() {
		return new TrainingForm(title, provider, completedOn.toString(), hours.stripTrailingZeros().toPlainString(), category.name(),
				note == null ? "" : note, documentUrl == null ? "" : documentUrl);
	}
}
