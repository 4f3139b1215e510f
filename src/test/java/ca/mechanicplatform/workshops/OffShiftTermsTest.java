package ca.mechanicplatform.workshops;

import org.junit.jupiter.api.Test;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;

import static org.assertj.core.api.Assertions.assertThat;

class OffShiftTermsTest {

	@Test
	void theNonCompeteDocumentsFiftyDollarExamplesComeOutToTheCent() {
		var terms = OffShiftTerms.of(30);
		assertThat(terms.onShift()).isEqualTo(new OffShiftTerms.Split(dollars("50.00"), dollars("2.50"), dollars("47.50"), Money.zero()));
		assertThat(terms.localExclusion()).isEqualTo(new OffShiftTerms.Split(dollars("50.00"), dollars("2.50"), Money.zero(), dollars("47.50")));
		assertThat(terms.revenueShare()).isEqualTo(new OffShiftTerms.Split(dollars("50.00"), dollars("2.50"), dollars("14.25"), dollars("33.25")));
	}

	@Test
	void theMechanicKeepsNinetyFivePercentOffShiftOrWhatTheWorkshopsShareLeaves() {
		assertThat(OffShiftTerms.of(30).mechanicKeepsUnderLocalExclusion()).isEqualTo(Percentage.of(95));
		assertThat(OffShiftTerms.of(30).mechanicKeepsUnderRevenueShare()).hasToString("66.5%");
		assertThat(OffShiftTerms.of(40).mechanicKeepsUnderRevenueShare()).hasToString("57%");
		assertThat(OffShiftTerms.of(35).revenueShare().workshop()).as("35% of $47.50 rounds half up").isEqualTo(dollars("16.63"));
		var split = OffShiftTerms.of(35).revenueShare();
		assertThat(split.platform().plus(split.workshop()).plus(split.mechanic())).isEqualTo(split.gross());
	}

	private static Money dollars(String amount) {
		return Money.ofDollars(amount);
	}
}
