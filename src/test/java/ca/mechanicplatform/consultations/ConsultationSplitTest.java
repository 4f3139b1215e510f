package ca.mechanicplatform.consultations;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

import static org.assertj.core.api.Assertions.assertThat;

/** The non-compete document's worked examples on a $50 session, to the cent, and SPEC's rounding order. */
class ConsultationSplitTest {

	private static final Percentage EMPLOYEE_FEE = Percentage.of(5);
	private static final Percentage INDEPENDENT_FEE = Percentage.of(15);
	private final Money fifty = Money.ofCents(50_00);

	@Test
	void onShiftTheWorkshopGetsEverythingAfterTheFivePercentPlatformFee() {
		var split = ConsultationSplit.of(fifty, EMPLOYEE_FEE, RevenueMode.EMPLOYEE_ON_SHIFT, null);
		assertThat(split.platformFee()).isEqualTo(Money.ofCents(2_50));
		assertThat(split.workshop()).isEqualTo(Money.ofCents(47_50));
		assertThat(split.mechanic()).isEqualTo(Money.zero());
	}

	@Test
	void offShiftInLocalExclusionTheMechanicKeepsNinetyFivePercent() {
		var split = ConsultationSplit.of(fifty, EMPLOYEE_FEE, RevenueMode.EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION, null);
		assertThat(split.platformFee()).isEqualTo(Money.ofCents(2_50));
		assertThat(split.workshop()).isEqualTo(Money.zero());
		assertThat(split.mechanic()).isEqualTo(Money.ofCents(47_50));
	}

	@Test
	void offShiftWithAThirtyPercentRevenueShareTheWorkshopGetsThirtyPercentOfTheRemainder() {
		var split = ConsultationSplit.of(fifty, EMPLOYEE_FEE, RevenueMode.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE, Percentage.of(30));
		assertThat(split.platformFee()).isEqualTo(Money.ofCents(2_50));
		assertThat(split.workshop()).isEqualTo(Money.ofCents(14_25));
		assertThat(split.mechanic()).isEqualTo(Money.ofCents(33_25));
	}

	@Test
	void anIndependentMechanicPaysTheFifteenPercentConsultationFee() {
		var split = ConsultationSplit.of(Money.ofCents(25_00), INDEPENDENT_FEE, RevenueMode.VIRTUAL_INDEPENDENT, null);
		assertThat(split.platformFee()).isEqualTo(Money.ofCents(3_75));
		assertThat(split.mechanic()).isEqualTo(Money.ofCents(21_25));
	}

	@Test
	void thePartsAlwaysSumToTheGrossWithTheMechanicTakingTheRoundingRemainder() {
		var split = ConsultationSplit.of(Money.ofCents(5), Percentage.of(0), RevenueMode.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE,
				Percentage.of(30));
		assertThat(split.workshop()).isEqualTo(Money.ofCents(2));
		assertThat(split.mechanic()).isEqualTo(Money.ofCents(3));
	}
}
