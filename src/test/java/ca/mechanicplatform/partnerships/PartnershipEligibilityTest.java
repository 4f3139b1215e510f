package ca.mechanicplatform.partnerships;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicType;
import ca.mechanicplatform.mechanics.OffShiftMode;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.partnerships.PartnershipEligibility.Qualifications;

import static org.assertj.core.api.Assertions.assertThat;

class PartnershipEligibilityTest {

	private static final Qualifications QUALIFIED = new Qualifications(12, true, List.of("RED_SEAL", "AUTOMOTIVE_SERVICE_TECHNICIAN"));

	@Test
	void aVerifiedPartnerWhoMeetsEveryRequirementMayApply() {
		var eligibility = PartnershipEligibility.check(mechanic(ServiceTier.WORKSHOP_PARTNER, true), QUALIFIED, program(5, true, "RED_SEAL", 3), false, 0);
		assertThat(eligibility.eligible()).isTrue();
		assertThat(eligibility.offerTierUpgrade()).isFalse();
	}

	@Test
	void aVirtualOnlyMechanicIsOfferedTheUpgradeAndToldEveryMissingRequirement() {
		var eligibility = PartnershipEligibility.check(mechanic(ServiceTier.VIRTUAL_ONLY, false), new Qualifications(null, false, List.of()),
				program(5, true, "RED_SEAL", 3), false, 0);
		assertThat(eligibility.offerTierUpgrade()).isTrue();
		assertThat(eligibility.reasons()).hasSize(5).anyMatch(r -> r.contains("workshop-partner tier"))
			.anyMatch(r -> r.contains("verified by the platform")).anyMatch(r -> r.contains("does not state yours"))
			.anyMatch(r -> r.contains("insurance")).anyMatch(r -> r.contains("RED SEAL"));
	}

	@Test
	void tooFewYearsAFullProgramAndASecondApplicationAreEachAReason() {
		var eligibility = PartnershipEligibility.check(mechanic(ServiceTier.WORKSHOP_PARTNER, true), new Qualifications(2, true, List.of("red_seal")),
				program(5, false, "RED_SEAL", 3), true, 3);
		assertThat(eligibility.reasons()).containsExactly("The program asks for at least 5 years of experience",
				"You already have an open or approved application to this program", "The program is full");
	}

	private static Mechanic mechanic(ServiceTier tier, boolean verified) {
		return new Mechanic(new MechanicId(1), new UserId(1), "Alex Moreau", "alex@example.ca", tier, MechanicType.INDEPENDENT, null,
				PostalCode.parse("M6H 2N4"), Province.ON, verified, false, false, OffShiftMode.LOCAL_EXCLUSION, 50, 0, Instant.now());
	}

	private static Program program(int minYears, boolean insurance, String certification, int capacity) {
		return new Program(new ProgramId(1), new WorkshopId(1), "AutoFix", "Toronto", "ON", ProgramType.REVENUE_SHARE, "Share", "d", "t",
				ProgramStatus.PUBLISHED, capacity, null, null, Percentage.of(25), Money.ofCents(0), minYears, insurance,
				List.of(certification), List.of(), Instant.now(), Instant.now());
	}
}
