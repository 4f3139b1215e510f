package ca.mechanicplatform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

	@Test
	void aPointIsNoDistanceFromItself() {
		assertThat(GreatCircle.kilometresBetween(43.6525, -79.3686, 43.6525, -79.3686)).isZero();
	}

	@Test
	void oneDegreeOfLatitudeIsAboutOneHundredAndElevenKilometres() {
		double expected = GreatCircle.MEAN_EARTH_RADIUS_KM * Math.PI / 180;

		assertThat(GreatCircle.kilometresBetween(45, -75, 46, -75)).isCloseTo(expected, within(1e-9));
		assertThat(expected).isCloseTo(111.195, within(0.001));
	}

	@Test
	void torontoToVancouverCityHallsIsAboutThreeThousandThreeHundredAndFiftyKilometres() {
		double km = GreatCircle.kilometresBetween(43.6534, -79.3841, 49.2609, -123.1139);

		assertThat(km).isCloseTo(3_356, within(10.0));
	}

	@Test
	void theDistanceIsTheSameInBothDirections() {
		assertThat(GreatCircle.kilometresBetween(45.5058, -73.5672, 51.0472, -114.0802))
				.isEqualTo(GreatCircle.kilometresBetween(51.0472, -114.0802, 45.5058, -73.5672));
	}

	@Test
	void antipodalPointsAreHalfTheCircumferenceApartAndNeverNotANumber() {
		double km = GreatCircle.kilometresBetween(45, -75, -45, 105);

		assertThat(km).isCloseTo(Math.PI * GreatCircle.MEAN_EARTH_RADIUS_KM, within(1e-6));
	}
}
