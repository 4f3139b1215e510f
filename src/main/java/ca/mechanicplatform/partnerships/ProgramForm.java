package ca.mechanicplatform.partnerships;

import java.util.List;

/**
 * A program as a workshop enters it (form or API). Amounts are dollars as typed ("45", "45.00"); the share is a
 * percentage that may have decimals; certifications and services are comma-separated; {@code bayIds} are the workshop's
 * bays the program offers (none chosen: every active bay). Every field is checked at once by {@link PartnershipPrograms}.
 */
public record ProgramForm(String type, String title, String description, String terms, Integer capacity,
		String hourlyRate, String dailyRate, String workshopSharePercent, String monthlyFee, Integer minYearsExperience,
		Boolean requiresInsurance, String requiredCertifications, String services, List<Long> bayIds) {

	/** A program that offers every active bay of its workshop. */
	public ProgramForm(String type, String title, String description, String terms, Integer capacity, String hourlyRate,
			String dailyRate, String workshopSharePercent, String monthlyFee, Integer minYearsExperience, Boolean requiresInsurance,
			String requiredCertifications, String services) {
		this(type, title, description, terms, capacity, hourlyRate, dailyRate, workshopSharePercent, monthlyFee,
				minYearsExperience, requiresInsurance, requiredCertifications, services, List.of());
	}

	/** The chosen bays, never null, each once. */
	public List<Long> chosenBays() {
		return bayIds == null ? List.of() : bayIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
	}
}
