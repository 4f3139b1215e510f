package ca.mechanicplatform.consultations;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

import static org.assertj.core.api.Assertions.assertThat;

/** The non-compete document's worked examples on a $50 session, to the cent, and SPEC's rounding order. */
class ConsultationSplitTest {

	private final ConsultationPrices prices = new ConsultationPrices();
	private final Money fifty = Money.ofCents(50_00);

	@Test
	void onShiftTheWorkshopGetsEverythingAfterTheFivePercentPlatformFee() {
		var split = prices.split(fifty, RevenueMode.EMPLOYEE_ON_SHIFT, null);
		assertThat(split.platformFee()).isEqualTo(Money.ofCents(2_50));
		assertThat(split.workshop()).isEqualTo(Money.ofCents(47_50));
		assertThat(split.mechanic()).isEqualTo(Money.zero());
	}

	@Test
	void offShiftInLocalExclusionTheMechanicKeepsNinetyFivePercent() {
		var split = prices.split(fifty, RevenueMode.EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION, null);
		assertThat(split.platformFee()).isEqualTo(Money.ofCents(2_50));
		assertThat(split.workshop()).isEqualTo(Money.zero());
		assertThat(split.mechanic()).isEqualTo(Money.ofCents(47_50));
	}

	@Test
	void offShiftWithAThirtyPercentRevenueShareTheWorkshopGetsThirtyPercentOfTheRemainder() {
		var split = prices.split(fifty, RevenueMode.EMPLOYEE_OFF_SHIFT_REVENUE_SHARE, Percentage.of(30));
		assertThat(split.platformFee()).isEqualTo(Money.ofCents(2_50));
		assertThat(split.workshop()).isEqualTo(Money.ofCents(14_25));
		assertThat(split.mechanic()).isEqualTo(Money.ofCents(33_25));
	}

	@Test
	void anIndependentMechanicPaysTheFifteenPercentConsultationFee() {
		var split = prices.split(Money.ofCents(25_00), RevenueMode.VIRTUAL_INDEPENDENT, null);
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

	@Test
	void thePriceListChargesFifteenDollarsForChatAndThirtyFiveForVideo() {
		assertThat(prices.price(ConsultationKind.CHAT)).isEqualTo(Money.ofCents(15_00));
		assertThat(prices.price(ConsultationKind.VIDEO)).isEqualTo(Money.ofCents(35_00));
	}
}
