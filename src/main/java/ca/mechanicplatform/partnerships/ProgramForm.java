package ca.mechanicplatform.partnerships;

/**
 * A program as a workshop enters it (form or API). Amounts are dollars as typed ("45", "45.00"); the share is a
 * percentage that may have decimals; certifications and services are comma-separated. Every field is checked at
 * once by {@link PartnershipPrograms}.
 */
public record ProgramForm(String type, String title, String description, String terms, Integer capacity,
		String hourlyRate, String dailyRate, String workshopSharePercent, String monthlyFee, Integer minYearsExperience,
		Boolean requiresInsurance, String requiredCertifications, String services) {
}
