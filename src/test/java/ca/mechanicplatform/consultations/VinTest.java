package ca.mechanicplatform.consultations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VinTest {

	@Test
	void aVinWhoseCheckDigitMatchesIsAcceptedInAnyCase() {
		assertThat(new Vin("1m8gdm9axkp042788").value()).as("check digit X").isEqualTo("1M8GDM9AXKP042788");
		assertThat(new Vin(" 11111111111111111 ").value()).isEqualTo("11111111111111111");
		assertThat(new Vin("2HGFC2F57GH512345").value()).isEqualTo("2HGFC2F57GH512345");
	}

	@Test
	void aVinWithTheWrongCheckDigitIsRefused() {
		assertThatThrownBy(() -> new Vin("1M8GDM9A1KP042788")).hasMessageContaining("check digit");
	}

	@Test
	void lengthAndTheLettersIOAndQAreChecked() {
		assertThatThrownBy(() -> new Vin("1M8GDM9AXKP04278")).hasMessageContaining("17 characters");
		assertThatThrownBy(() -> new Vin("1M8GDM9AXKP0427O8")).hasMessageContaining("I, O or Q");
		assertThatThrownBy(() -> new Vin("1M8GDM9AXKP0427-8")).hasMessageContaining("letters and digits");
	}

	@Test
	void aBlankVinIsNoVin() {
		assertThat(Vin.parseOptional("  ")).isNull();
		assertThat(Vin.parseOptional(null)).isNull();
	}
}
