package ca.mechanicplatform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.mechanicplatform.geo.FsaDistances.Distance;
import ca.mechanicplatform.kernel.Fsa;
import ca.mechanicplatform.kernel.PostalCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FsaDistancesTest {

	private static final Fsa TORONTO = Fsa.of("M5V");
	private static final Fsa MISSISSAUGA = Fsa.of("L5B");
	private static final Fsa VANCOUVER = Fsa.of("V6B");
	private static final Fsa MONTREAL = Fsa.of("H3B");
	private static final Fsa CALGARY = Fsa.of("T2P");
	private static final Fsa OTTAWA = Fsa.of("K1A");
	// Left out of the shipped table, per its README.
	private static final Fsa PRINCE_EDWARD_COUNTY = Fsa.of("K0K");

	private static FsaDistances distances;

	@BeforeAll
	static void loadTheShippedTable() {
		distances = new FsaDistances(FsaCentroids.fromClasspath());
	}

	@Test
	void downtownTorontoToMississaugaIsUnderFiftyKilometres() {
		Distance distance = distances.between(TORONTO, MISSISSAUGA);

		assertThat(distance.kilometres()).isGreaterThan(15).isLessThan(50);
		assertThat(distance.estimated()).isFalse();
	}

	@Test
	void torontoToVancouverIsOverThreeThousandKilometres() {
		assertThat(distances.between(TORONTO, VANCOUVER).kilometres()).isGreaterThan(3_000).isLessThan(3_500);
	}

	@Test
	void torontoToMontrealIsOverFourHundredKilometres() {
		assertThat(distances.between(TORONTO, MONTREAL).kilometres()).isGreaterThan(400).isLessThan(550);
	}

	@Test
	void torontoToCalgaryIsOverTwoThousandKilometres() {
		assertThat(distances.between(TORONTO, CALGARY).kilometres()).isGreaterThan(2_000).isLessThan(3_000);
	}

	@Test
	void theSameFsaIsNoDistanceAndNotAnEstimate() {
		assertThat(distances.between(TORONTO, TORONTO)).isEqualTo(new Distance(0, false));
		assertThat(distances.between(PRINCE_EDWARD_COUNTY, PRINCE_EDWARD_COUNTY)).isEqualTo(new Distance(0, false));
	}

	@Test
	void anFsaMissingFromTheTableIsEstimatedAtFortyKilometresWithinItsRegion() {
		assertThat(distances.between(PRINCE_EDWARD_COUNTY, OTTAWA)).isEqualTo(new Distance(40, true));
	}

	@Test
	void anFsaMissingFromTheTableIsEstimatedAtTwoHundredKilometresToAnotherRegion() {
		assertThat(distances.between(PRINCE_EDWARD_COUNTY, VANCOUVER)).isEqualTo(new Distance(200, true));
	}

	@Test
	void distanceIsTheSameInBothDirections() {
		assertThat(distances.between(MONTREAL, CALGARY)).isEqualTo(distances.between(CALGARY, MONTREAL));
		assertThat(distances.between(OTTAWA, PRINCE_EDWARD_COUNTY))
				.isEqualTo(distances.between(PRINCE_EDWARD_COUNTY, OTTAWA));
	}

	@Test
	void postalCodesAreAsFarApartAsTheirFsas() {
		assertThat(distances.between(PostalCode.parse("M5V 3L9"), PostalCode.parse("L5B 1M2")))
				.isEqualTo(distances.between(TORONTO, MISSISSAUGA));
		assertThat(distances.between(PostalCode.parse("M5V 3L9"), PostalCode.parse("M5V 2T6")))
				.isEqualTo(new Distance(0, false));
	}

	@Test
	void mississaugaIsWithinFiftyKilometresOfDowntownTorontoButMontrealIsNot() {
		assertThat(distances.isWithin(TORONTO, MISSISSAUGA, 50)).isTrue();
		assertThat(distances.isWithin(TORONTO, MONTREAL, 50)).isFalse();
	}

	@Test
	void aRadiusIsInclusive() {
		int exactly = (int) Math.ceil(distances.between(TORONTO, MISSISSAUGA).kilometres());

		assertThat(distances.isWithin(TORONTO, MISSISSAUGA, exactly)).isTrue();
		assertThat(distances.isWithin(TORONTO, MISSISSAUGA, exactly - 1)).isFalse();
		assertThat(distances.isWithin(TORONTO, TORONTO, 0)).isTrue();
	}

	@Test
	void anUnknownFsaInTheWorkshopsRegionCountsAsLocalWhateverTheRadius() {
		assertThat(distances.isWithin(OTTAWA, PRINCE_EDWARD_COUNTY, 50)).isTrue();
		assertThat(distances.isWithin(OTTAWA, PRINCE_EDWARD_COUNTY, 10)).isTrue();
		assertThat(distances.isWithin(PRINCE_EDWARD_COUNTY, OTTAWA, 10)).isTrue();
	}

	@Test
	void anUnknownFsaInAnotherRegionIsNotLocalWithinTheDefaultRadius() {
		assertThat(distances.isWithin(VANCOUVER, PRINCE_EDWARD_COUNTY, 50)).isFalse();
	}

	@Test
	void fsasWithinFiftyKilometresOfDowntownTorontoIncludeMississaugaAndItselfButNotMontreal() {
		Set<Fsa> nearby = distances.fsasWithin(TORONTO, 50);

		assertThat(nearby).contains(TORONTO, MISSISSAUGA).doesNotContain(MONTREAL, VANCOUVER);
		assertThat(nearby).allSatisfy(fsa -> assertThat(distances.isWithin(TORONTO, fsa, 50)).isTrue());
	}

	@Test
	void fsasWithinAgreesWithIsWithinForEveryFsaInTheTable() {
		Set<Fsa> nearby = distances.fsasWithin(MONTREAL, 25);

		assertThat(FsaCentroids.fromClasspath().all()).allSatisfy(centroid ->
				assertThat(nearby.contains(centroid.fsa()))
						.as(centroid.fsa().code())
						.isEqualTo(distances.isWithin(MONTREAL, centroid.fsa(), 25)));
	}

	@Test
	void fsasWithinAZeroRadiusIsJustTheCentre() {
		assertThat(distances.fsasWithin(CALGARY, 0)).containsExactly(CALGARY);
	}

	@Test
	void fsasWithinAnyRadiusOfAnUnknownCentreAreItselfAndItsWholeRegion() {
		Set<Fsa> nearby = distances.fsasWithin(PRINCE_EDWARD_COUNTY, 10);

		assertThat(nearby).contains(PRINCE_EDWARD_COUNTY, OTTAWA).doesNotContain(TORONTO, MISSISSAUGA);
		assertThat(nearby).allSatisfy(fsa -> assertThat(fsa.regionLetter()).isEqualTo('K'));
	}

	@Test
	void theSetOfNearbyFsasCannotBeModified() {
		assertThatThrownBy(() -> distances.fsasWithin(TORONTO, 5).clear())
				.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void aNegativeRadiusIsRejected() {
		assertThatThrownBy(() -> distances.isWithin(TORONTO, MISSISSAUGA, -1))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("A radius must be at least 0 km, was -1");
		assertThatThrownBy(() -> distances.fsasWithin(TORONTO, -1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDistanceCannotBeNegativeOrInfinite() {
		assertThatThrownBy(() -> new Distance(-1, false)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Distance(Double.NaN, false)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Distance(Double.POSITIVE_INFINITY, false))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aTableWithoutMississaugaFallsBackToTheRegionEstimateBetweenDifferentLetters() {
		FsaCentroids onlyToronto = FsaCentroids.load(new ByteArrayInputStream(
				"fsa,latitude,longitude,province,place\nM5V,43.6525,-79.3686,ON,\"Toronto, downtown\"\n"
						.getBytes(StandardCharsets.UTF_8)));

		assertThat(new FsaDistances(onlyToronto).between(TORONTO, MISSISSAUGA)).isEqualTo(new Distance(200, true));
	}
}
