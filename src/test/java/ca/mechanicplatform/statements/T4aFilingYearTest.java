package ca.mechanicplatform.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The T4A page opens on the year being filed in January and February, on the current year from March. */
class T4aFilingYearTest {

	@Test
	void januaryAndFebruaryPrepareLastYearsSlipsMarchOnShowsThisYearToDate() {
		assertThat(T4aSlips.filingYear(LocalDate.of(2027, 1, 1))).isEqualTo(2026);
		assertThat(T4aSlips.filingYear(LocalDate.of(2027, 2, 28))).isEqualTo(2026);
		assertThat(T4aSlips.filingYear(LocalDate.of(2028, 2, 29))).isEqualTo(2027);
		assertThat(T4aSlips.filingYear(LocalDate.of(2027, 3, 1))).isEqualTo(2027);
		assertThat(T4aSlips.filingYear(LocalDate.of(2026, 12, 2))).isEqualTo(2026);
	}
}
