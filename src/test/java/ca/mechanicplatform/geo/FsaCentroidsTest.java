package ca.mechanicplatform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.mechanicplatform.kernel.Fsa;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FsaCentroidsTest {

	private static final String HEADER = "fsa,latitude,longitude,province,place\n";

	private static InputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theShippedTableHasAllSixteenHundredAndTenFsas() {
		assertThat(FsaCentroids.fromClasspath().size()).isEqualTo(1610);
		assertThat(FsaCentroids.fromClasspath().all()).hasSize(1610);
	}

	@Test
	void theShippedTableHasDowntownTorontoWhereItIs() {
		FsaCentroid toronto = FsaCentroids.fromClasspath().find(Fsa.of("M5V")).orElseThrow();

		assertThat(toronto.latitude()).isEqualTo(43.6525);
		assertThat(toronto.longitude()).isEqualTo(-79.3686);
		assertThat(toronto.province()).isEqualTo("ON");
		assertThat(toronto.place()).startsWith("Downtown Toronto (cn Tower");
	}

	@Test
	void theShippedTableLeavesOutTheTenBrokenOrReservedFsas() {
		FsaCentroids table = FsaCentroids.fromClasspath();

		for (String code : List.of("E1H", "E2E", "E2H", "E3C", "K0C", "K0H", "K0K", "P0M", "V0N", "H0H")) {
			assertThat(table.find(Fsa.of(code))).as(code).isEmpty();
		}
	}

	@Test
	void everyShippedCentroidLiesInCanada() {
		assertThat(FsaCentroids.fromClasspath().all()).allSatisfy(centroid -> {
			assertThat(centroid.latitude()).isBetween(41.0, 84.0);
			assertThat(centroid.longitude()).isBetween(-142.0, -52.0);
		});
	}

	@Test
	void aQuotedPlaceMayContainCommasAndDoubledQuotes() {
		FsaCentroids table = FsaCentroids.load(csv(HEADER
				+ "M5V,43.6525,-79.3686,ON,\"Toronto, Downtown (\"\"CN Tower\"\")\"\n"
				+ "K1A,45.4207,-75.7023,ON,Ottawa\n"));

		assertThat(table.size()).isEqualTo(2);
		assertThat(table.find(Fsa.of("M5V")).orElseThrow().place()).isEqualTo("Toronto, Downtown (\"CN Tower\")");
		assertThat(table.find(Fsa.of("K1A")).orElseThrow().place()).isEqualTo("Ottawa");
	}

	@Test
	void aQuotedPlaceMaySpanLines() {
		FsaCentroids table = FsaCentroids.load(csv(HEADER + "M5V,43.6525,-79.3686,ON,\"Downtown\nToronto\"\n"));

		assertThat(table.find(Fsa.of("M5V")).orElseThrow().place()).isEqualTo("Downtown\nToronto");
	}

	@Test
	void windowsLineEndingsAByteOrderMarkAndBlankLinesAreTolerated() {
		FsaCentroids table = FsaCentroids.load(csv("\uFEFFfsa,latitude,longitude,province,place\r\n"
				+ "M5V,43.6525,-79.3686,ON,\"Toronto\"\r\n\r\n"
				+ "K1A,45.4207,-75.7023,ON,\"Ottawa\""));

		assertThat(table.all()).extracting(FsaCentroid::fsa).containsExactly(Fsa.of("M5V"), Fsa.of("K1A"));
	}

	@Test
	void findingAnFsaNotInTheTableGivesNothing() {
		FsaCentroids table = FsaCentroids.load(csv(HEADER + "M5V,43.6525,-79.3686,ON,\"Toronto\"\n"));

		assertThat(table.find(Fsa.of("K1A"))).isEmpty();
	}

	@Test
	void theTableCannotBeModifiedThroughItsView() {
		FsaCentroids table = FsaCentroids.load(csv(HEADER + "M5V,43.6525,-79.3686,ON,\"Toronto\"\n"));

		assertThatThrownBy(() -> table.all().clear()).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void rejectsAnUnexpectedHeader() {
		assertThatThrownBy(() -> FsaCentroids.load(csv("code,lat,lon\nM5V,43.6,-79.3\n")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("line 1: expected the header fsa,latitude,longitude,province,place");
	}

	@Test
	void rejectsAnEmptyTable() {
		assertThatThrownBy(() -> FsaCentroids.load(csv("")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("is empty");
	}

	@Test
	void rejectsARowWithTheWrongNumberOfFieldsNamingItsLine() {
		assertThatThrownBy(() -> FsaCentroids.load(csv(HEADER + "M5V,43.6525,-79.3686,ON,\"Toronto\"\nK1A,45.4,-75.7,ON\n")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage("FSA centroid table line 3: expected 5 fields, found 4");
	}

	@Test
	void rejectsAnInvalidFsaOrCoordinateNamingItsLine() {
		assertThatThrownBy(() -> FsaCentroids.load(csv(HEADER + "W1A,43.6,-79.3,ON,\"Nowhere\"\n")))
				.hasMessage("FSA centroid table line 2: Canadian postal codes never start with W or Z");
		assertThatThrownBy(() -> FsaCentroids.load(csv(HEADER + "M5V,north,-79.3,ON,\"Toronto\"\n")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("FSA centroid table line 2: ");
		assertThatThrownBy(() -> FsaCentroids.load(csv(HEADER + "M5V,93.6,-79.3,ON,\"Toronto\"\n")))
				.hasMessage("FSA centroid table line 2: Latitude of M5V must be between -90 and 90, was 93.6");
	}

	@Test
	void rejectsAnFsaListedTwice() {
		assertThatThrownBy(() -> FsaCentroids.load(csv(HEADER
				+ "M5V,43.6525,-79.3686,ON,\"Toronto\"\nm5v,43.6525,-79.3686,ON,\"Toronto again\"\n")))
				.hasMessage("FSA centroid table line 3: M5V appears more than once");
	}

	@Test
	void rejectsMalformedQuoting() {
		assertThatThrownBy(() -> FsaCentroids.load(csv(HEADER + "M5V,43.6,-79.3,ON,\"Toronto\n")))
				.hasMessage("FSA centroid table line 2: a quoted field is never closed");
		assertThatThrownBy(() -> FsaCentroids.load(csv(HEADER + "M5V,43.6,-79.3,ON,\"Toronto\" West\n")))
				.hasMessage("FSA centroid table line 2: text after the closing quote of a field");
		assertThatThrownBy(() -> FsaCentroids.load(csv(HEADER + "M5V,43.6,-79.3,ON,Toronto \"West\"\n")))
				.hasMessage("FSA centroid table line 2: a quote inside an unquoted field");
	}
}
