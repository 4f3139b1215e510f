package ca.mechanicplatform.development;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A mechanic's professional development on {@code today}: certifications with their expiry, hours per year and the training log. */
public record DevelopmentOverview(LocalDate today, List<CertificationExpiry> certifications, List<YearlyHours> hoursPerYear,
		List<TrainingEntry> trainings) {

	public DevelopmentOverview {
		certifications = List.copyOf(certifications);
		hoursPerYear = List.copyOf(hoursPerYear);
		trainings = List.copyOf(trainings);
	}

	/** Hours over every year of the log. */
	public BigDecimal totalHours() {
		return hoursPerYear.stream().map(YearlyHours::hours).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}
}
