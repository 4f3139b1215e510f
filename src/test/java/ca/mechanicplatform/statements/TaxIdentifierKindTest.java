package ca.mechanicplatform.statements;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaxIdentifierKindTest {

	@Test
	void aSinMustHaveNineDigitsAndPassTheLuhnCheck() {
		assertThat(TaxIdentifierKind.SIN.normalise("046 454 286")).isEqualTo("046454286");
		assertThat(TaxIdentifierKind.SIN.normalise("046-454-286")).isEqualTo("046454286");
		assertThatThrownBy(() -> TaxIdentifierKind.SIN.normalise("046 454 287")).hasMessageContaining("not a valid social insurance number");
		assertThatThrownBy(() -> TaxIdentifierKind.SIN.normalise("04645428")).hasMessageContaining("9 digits");
		assertThatThrownBy(() -> TaxIdentifierKind.SIN.normalise(" ")).hasMessageContaining("Enter your social insurance number");
	}

	@Test
	void aBusinessNumberHasNineDigits() {
		assertThat(TaxIdentifierKind.BN.normalise("123 456 789")).isEqualTo("123456789");
		assertThatThrownBy(() -> TaxIdentifierKind.BN.normalise("123456789RT0001")).hasMessageContaining("leave out the program account");
	}

	@Test
	void onlyTheLastThreeDigitsAreShown() {
		assertThat(TaxIdentifierKind.mask("046454286")).isEqualTo("*** *** 286");
	}
}
