package ca.mechanicplatform.revenue;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.revenue.RevenueModel.BayRental;
import ca.mechanicplatform.revenue.RevenueModel.EmployeeOffShiftLocalExclusion;
import ca.mechanicplatform.revenue.RevenueModel.EmployeeOffShiftRevenueShare;
import ca.mechanicplatform.revenue.RevenueModel.EmployeeOnShift;
import ca.mechanicplatform.revenue.RevenueModel.Membership;
import ca.mechanicplatform.revenue.RevenueModel.RevenueShare;
import ca.mechanicplatform.revenue.RevenueModel.VirtualIndependent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The documents' worked examples, to the cent. */
class SplitCalculatorTest {

	static final WorkshopId TORONTO = WorkshopId.of(1);
	static final Percentage FIFTEEN = Percentage.of(15);
	static final Percentage FIVE = Percentage.of(5);

	@Test
	void aTwentyFiveDollarConsultationAtFifteenPercentLeavesTheMechanicTwentyOneTwentyFive() {
		Split split = SplitCalculator.split(new VirtualIndependent(), 2500, FIFTEEN);
		assertThat(split.platformFeeCents()).isEqualTo(375);
		assertThat(split.mechanicCents()).isEqualTo(2125);
		assertThat(split.workshopCents()).isZero();
	}

	@Test
	void onShiftTheWorkshopGetsEverythingAfterTheFivePercentFee() {
		Split split = SplitCalculator.split(new EmployeeOnShift(TORONTO), 5000, FIVE);
		assertThat(split.platformFeeCents()).isEqualTo(250);
		assertThat(split.workshopCents()).isEqualTo(4750);
		assertThat(split.mechanicCents()).isZero();
	}

	@Test
	void offShiftUnderLocalExclusionTheMechanicGetsEverythingAfterTheFee() {
		Split split = SplitCalculator.split(new EmployeeOffShiftLocalExclusion(TORONTO), 5000, FIVE);
		assertThat(split.platformFeeCents()).isEqualTo(250);
		assertThat(split.workshopCents()).isZero();
		assertThat(split.mechanicCents()).isEqualTo(4750);
	}

	@Test
	void offShiftUnderAThirtyPercentRevenueShareTheWorkshopGetsThirtyPercentOfTheRemainder() {
		Split split = SplitCalculator.split(new EmployeeOffShiftRevenueShare(TORONTO, Percentage.of(30)), 5000, FIVE);
		assertThat(split.platformFeeCents()).isEqualTo(250);
		assertThat(split.workshopCents()).isEqualTo(1425);
		assertThat(split.mechanicCents()).isEqualTo(3325);
	}

	@Test
	void fiveCentsAtThirtyPercentIsTwoCentsToTheWorkshopAndThreeToTheMechanic() {
		Split split = SplitCalculator.split(new RevenueShare(TORONTO, Percentage.of(30)), 5, Percentage.of(0));
		assertThat(split.workshopCents()).isEqualTo(2);
		assertThat(split.mechanicCents()).isEqualTo(3);
	}

	@Test
	void underBayRentalTheBayFeeMovesFromTheMechanicToTheWorkshop() {
		Split split = SplitCalculator.split(new BayRental(TORONTO, Money.ofDollars("40")), 40000, FIFTEEN);
		assertThat(split.platformFeeCents()).isEqualTo(6000);
		assertThat(split.mechanicShareCents()).as("100% of the job after the fee").isEqualTo(34000);
		assertThat(split.bayFeeCents()).isEqualTo(4000);
		assertThat(split.workshopCents()).isEqualTo(4000);
		assertThat(split.mechanicCents()).isEqualTo(30000);
		assertThat(split.lines()).extracting(SplitLine::step)
			.containsExactly("GROSS", "PLATFORM_FEE", "REMAINDER", "MECHANIC_SHARE", "BAY_FEE", "MECHANIC_NET");
	}

	@Test
	void aBayFeeLargerThanWhatTheJobLeavesIsRefused() {
		assertThatThrownBy(() -> SplitCalculator.split(new BayRental(TORONTO, Money.ofDollars("90")), 10000, FIFTEEN))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$85.00");
	}

	@Test
	void membershipJobsAreSplitLikeRevenueShareAndSayTheMonthlyFeeIsSeparate() {
		Split split = SplitCalculator.split(new Membership(TORONTO, Percentage.of(10)), 50000, FIFTEEN);
		assertThat(split.platformFeeCents()).isEqualTo(7500);
		assertThat(split.workshopCents()).isEqualTo(4250);
		assertThat(split.mechanicCents()).isEqualTo(38250);
		assertThat(split.lines().get(split.lines().size() - 1).explanation()).contains("membership fee is charged separately");
	}

	@Test
	void eachStepIsExplainedWithItsFiguresAndRounding() {
		Split split = SplitCalculator.split(new EmployeeOffShiftRevenueShare(TORONTO, Percentage.of("33.3333")), 1999, FIVE);
		assertThat(split.lines()).extracting(SplitLine::explanation).containsExactly(
				"The customer pays $19.99.",
				"Platform fee: 5% of $19.99 = $1.00 (exactly 0.9995 dollars, rounded half-up to $1.00).",
				"Remainder after the platform fee: $19.99 − $1.00 = $18.99.",
				"Workshop share: 33.3333% of $18.99 = $6.33 (exactly 6.32999367 dollars, rounded half-up to $6.33).",
				"The mechanic gets the rest: $18.99 − $6.33 = $12.66.");
		assertThat(split.platformFeeCents() + split.workshopCents() + split.mechanicCents()).isEqualTo(1999);
	}

	// The Phase 3 plan's "Mechanic Earnings (Examples)". The plan's physical jobs pay the mechanic 75% of the labour:
	// a 15% platform fee and a bay fee of 10% of the job, or equally a revenue share of 11.7647% of the remainder.

	@Test
	void aPartTimeVirtualOnlyMechanicEarnsFourHundredTwentyFiveDollarsAMonth() {
		assertThat(monthOfConsultations(20)).isEqualTo(42500);
	}

	@Test
	void aFullTimeVirtualOnlyMechanicEarnsTwoThousandOneHundredTwentyFiveDollarsAMonth() {
		assertThat(monthOfConsultations(100)).isEqualTo(212500);
	}

	@Test
	void aPartTimeWorkshopPartnerEarnsThreeThousandTwoHundredTwelveDollarsAndFiftyCents() {
		long virtual = monthOfConsultations(10);
		long physical = 10 * SplitCalculator.split(new BayRental(TORONTO, Money.ofDollars("40")), 40000, FIFTEEN).mechanicCents();
		assertThat(virtual).as("the plan rounds $212.50 down to $212").isEqualTo(21250);
		assertThat(physical).isEqualTo(300000);
		assertThat(virtual + physical).isEqualTo(321250);
	}

	@Test
	void aFullTimeWorkshopPartnerEarnsFifteenThousandFourHundredTwentyFiveDollars() {
		long virtual = monthOfConsultations(20);
		long bayRental = 40 * SplitCalculator.split(new BayRental(TORONTO, Money.ofDollars("50")), 50000, FIFTEEN).mechanicCents();
		long revenueShare = 40 * SplitCalculator.split(new RevenueShare(TORONTO, Percentage.of("11.7647")), 50000, FIFTEEN).mechanicCents();
		assertThat(bayRental).isEqualTo(1500000);
		assertThat(revenueShare).isEqualTo(1500000);
		assertThat(virtual + bayRental).isEqualTo(1542500);
	}

	@Test
	void anEmployeesOffShiftShareMustStayWithinTwentyToFortyPercent() {
		assertThatThrownBy(() -> new EmployeeOffShiftRevenueShare(TORONTO, Percentage.of(41)))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 20% and 40%");
		assertThatThrownBy(() -> new EmployeeOffShiftRevenueShare(TORONTO, Percentage.of(19)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(new EmployeeOffShiftRevenueShare(TORONTO, Percentage.of(20)).workshopShare()).isEqualTo(Percentage.of(20));
	}

	@Test
	void aNegativeGrossOrBayFeeIsRefused() {
		assertThatThrownBy(() -> SplitCalculator.split(new VirtualIndependent(), -1, FIFTEEN)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new BayRental(TORONTO, Money.ofCents(-1))).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void percentagesWithFourDecimalsBecomeMillionthsExactly() {
		assertThat(SplitCalculator.ppm(Percentage.of("12.3456"))).isEqualTo(123456);
		assertThat(SplitCalculator.percentage(150000)).isEqualTo(Percentage.of(15));
		assertThat(SplitCalculator.share(2500, 150000)).isEqualTo(375);
		assertThat(SplitCalculator.share(5, 300000)).as("1.5 rounds half-up").isEqualTo(2);
	}

	private static long monthOfConsultations(int sessions) {
		return sessions * SplitCalculator.split(new VirtualIndependent(), 2500, FIFTEEN).mechanicCents();
	}
}
