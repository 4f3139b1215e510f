package ca.mechanicplatform.partnerships;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.geo.FsaCentroid;
import ca.mechanicplatform.geo.FsaCentroids;
import ca.mechanicplatform.geo.GreatCircle;
import ca.mechanicplatform.kernel.Fsa;
import ca.mechanicplatform.partnerships.internal.ProgramRows;
import ca.mechanicplatform.testing.PlatformTest;
import ca.mechanicplatform.testing.Unique;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The marketplace's distance order within a radius (walked FSA by FSA, nearest first) returns exactly what measuring
 * every program and sorting them all returns: the same programs, in the same order, with the same distances, page by
 * page. The seeded programs share distances on purpose: many per FSA, two workshops in one FSA, and two FSAs (M5L and
 * M5X) with the same centroid, so that page boundaries fall inside groups of ties.
 */
@PlatformTest
class MarketplaceDistanceOrderTests {

	/** The mechanic's FSA, then FSAs 0 to about 350 km away, one of them (M5Y) missing from the centroid table. */
	private static final List<String> FSAS = List.of("M5V", "M5V", "M5L", "M5X", "M5H", "M4W", "M7A", "M3C", "M9W", "L4C", "L5B",
			"L8P", "K1A", "M5Y");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProgramRows programs;

	@Autowired
	FsaCentroids centroids;

	String word;
	double[] origin;

	@BeforeEach
	void seed() {
		word = "zq" + Long.toString(System.nanoTime(), 36);
		FsaCentroid m5v = centroids.find(Fsa.of("M5V")).orElseThrow();
		origin = new double[] { m5v.latitude(), m5v.longitude() };
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		List<Long> workshops = new ArrayList<>();
		for (String fsa : FSAS) {
			long admin = jdbc.sql("INSERT INTO users (email, password_hash, display_name, role, created_at) VALUES (?, 'x', 'Admin', 'WORKSHOP_ADMIN', ?) RETURNING id")
				.params(Unique.email("distance-order"), now).query(Long.class).single();
			workshops.add(jdbc.sql("""
					INSERT INTO workshops (admin_user_id, name, street_address, city, province, postal_code, fsa, time_zone, created_at)
					VALUES (?, 'Garage', '1 Main St', 'Toronto', 'ON', ?, ?, 'America/Toronto', ?) RETURNING id""")
				.params(admin, fsa + " 1A1", fsa, now).query(Long.class).single());
		}
		// Programs are inserted in a random order over the workshops, so ids do not follow distance.
		Random random = new Random(7);
		ProgramType[] types = ProgramType.values();
		for (int i = 0; i < 160; i++) {
			int at = random.nextInt(FSAS.size());
			String fsa = FSAS.get(at);
			var centroid = centroids.find(Fsa.of(fsa));
			ProgramType type = types[random.nextInt(types.length)];
			String text = word + (random.nextInt(3) == 0 ? " brakes" : " tires") + " " + type.label().toLowerCase();
			String status = random.nextInt(10) == 0 ? "DRAFT" : "PUBLISHED";
			jdbc.sql("""
					INSERT INTO partnership_programs (workshop_id, type, title, description, terms, status, capacity, hourly_rate_cents,
					    workshop_share_bp, search_text, fsa, latitude, longitude, province, city, mechanic_share_bp, created_at,
					    published_at, updated_at)
					VALUES (?, ?, 'Program', 'Described', 'Terms', ?, 3, ?, ?, ?, ?, ?, ?, 'ON', 'Toronto', ?, ?, ?, ?)""")
				.params(workshops.get(at), type.name(), status, type == ProgramType.BAY_RENTAL ? 4_000L : null,
						type == ProgramType.BAY_RENTAL ? null : 3_000, text, fsa, centroid.map(FsaCentroid::latitude).orElse(null),
						centroid.map(FsaCentroid::longitude).orElse(null), type == ProgramType.BAY_RENTAL ? 10_000 : 7_000, now,
						status.equals("PUBLISHED") ? now.minusMinutes(i) : null, now)
				.update();
		}
	}

	@Test
	void theDistanceOrderWithinARadiusIsTheOrderOfMeasuringEveryProgram() {
		int compared = 0;
		for (ProgramType type : new ProgramType[] { null, ProgramType.BAY_RENTAL, ProgramType.REVENUE_SHARE }) {
			for (String text : List.of(word, word + " brak")) {
				for (int radius : List.of(1, 30, 100, 5000)) {
					BrowseQuery query = new BrowseQuery(text, type, radius, null, null, null, null, null, null, BrowseQuery.Sort.DISTANCE,
							null, null, null);
					List<Row> expected = reference(type, text.contains("brak") ? word + ":* & brak:*" : word + ":*", radius);
					for (int size : List.of(2, 7, 50)) {
						List<Row> walked = new ArrayList<>();
						for (int page = 0;; page++) {
							List<ProgramCard> cards = programs.browse(query, origin, null, null, page * size, size + 1);
							boolean hasNext = cards.size() > size;
							List<Row> rows = cards.stream().limit(size).map(c -> new Row(c.program().id().value(), c.distanceKm())).toList();
							int from = Math.min(page * size, expected.size());
							assertThat(rows).as("%s %s %d km, page %d of %d", type, text, radius, page + 1, size)
								.isEqualTo(expected.subList(from, Math.min(from + size, expected.size())));
							assertThat(hasNext).isEqualTo(from + size < expected.size());
							walked.addAll(rows);
							if (!hasNext) {
								break;
							}
						}
						assertThat(walked).isEqualTo(expected);
						compared += walked.size();
					}
				}
			}
		}
		assertThat(compared).as("the seeded programs were compared").isGreaterThan(1_000);
	}

	@Test
	void programsAtTheSameDistanceAreNewestIdFirstAcrossAPageBoundary() {
		BrowseQuery query = new BrowseQuery(word, null, 3, null, null, null, null, null, null, BrowseQuery.Sort.DISTANCE, null, null, null);
		List<Row> expected = reference(null, word + ":*", 3);
		// M5V itself (0 km), then M5L and M5X: two FSAs, one centroid, so one group of ties from two workshops.
		double tied = distance("M5L");
		assertThat(distance("M5X")).isEqualTo(tied);
		List<Row> ties = expected.stream().filter(r -> r.distanceKm() == tied).toList();
		assertThat(ties).hasSizeGreaterThan(4);
		assertThat(ties.stream().map(Row::id).toList()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		int firstTie = expected.indexOf(ties.get(0));
		for (int offset = firstTie - 1; offset <= firstTie + 2; offset++) {
			List<ProgramCard> page = programs.browse(query, origin, null, null, offset, 3);
			assertThat(page.stream().map(c -> new Row(c.program().id().value(), c.distanceKm())).toList())
				.isEqualTo(expected.subList(offset, offset + 3));
		}
		for (Row row : expected) {
			double lat = jdbc.sql("SELECT latitude FROM partnership_programs WHERE id = ?").param(row.id()).query(Double.class).single();
			double lon = jdbc.sql("SELECT longitude FROM partnership_programs WHERE id = ?").param(row.id()).query(Double.class).single();
			assertThat(row.distanceKm()).isCloseTo(GreatCircle.kilometresBetween(origin[0], origin[1], lat, lon),
					org.assertj.core.data.Offset.offset(1e-9));
		}
	}

	@Test
	void followingNextFromPageToPageReadsWhatPageNumbersRead() {
		int compared = 0;
		for (BrowseQuery.Sort sort : BrowseQuery.Sort.values()) {
			for (Integer radius : java.util.Arrays.asList(null, 3, 100)) {
				for (ProgramType type : new ProgramType[] { null, ProgramType.BAY_RENTAL }) {
					BrowseQuery query = new BrowseQuery(word, type, radius, null, null, null, null, null, null, sort, null, null, null);
					for (int size : List.of(4, 9)) {
						List<Long> byNumber = new ArrayList<>();
						for (int page = 0;; page++) {
							List<ProgramCard> cards = programs.browse(query, origin, null, null, page * size, size + 1);
							cards.stream().limit(size).forEach(c -> byNumber.add(c.program().id().value()));
							if (cards.size() <= size) {
								break;
							}
						}
						List<Long> byCursor = new ArrayList<>();
						BrowseCursor after = null;
						for (int page = 1;; page++) {
							List<ProgramCard> cards = programs.browse(query, origin, null, null, after, 0, size + 1);
							List<ProgramCard> shown = cards.stream().limit(size).toList();
							shown.forEach(c -> byCursor.add(c.program().id().value()));
							if (cards.size() <= size) {
								break;
							}
							// through the token, as a link or the API hands it back
							String token = BrowseCursor.after(sort, page, shown.get(size - 1)).token();
							after = BrowseCursor.parse(token, sort);
							assertThat(after.page()).isEqualTo(page);
						}
						assertThat(byCursor).as("%s within %s km, %s, pages of %d", sort, radius, type, size).isEqualTo(byNumber)
							.doesNotHaveDuplicates();
						compared += byCursor.size();
					}
				}
			}
		}
		assertThat(compared).as("the seeded programs were compared").isGreaterThan(1_000);
	}

	@Test
	void programsWithoutALocationComeLastWithoutADistance() {
		BrowseQuery query = new BrowseQuery(word, null, null, null, null, null, null, null, null, BrowseQuery.Sort.DISTANCE, null, null,
				null);
		List<ProgramCard> all = programs.browse(query, origin, null, null, 0, 500);
		long unlocated = jdbc.sql("SELECT COUNT(*) FROM partnership_programs WHERE fsa = 'M5Y' AND status = 'PUBLISHED' AND search_text LIKE ?")
			.param(word + "%").query(Long.class).single();
		assertThat(unlocated).isPositive();
		assertThat(all.subList(all.size() - (int) unlocated, all.size())).allSatisfy(c -> assertThat(c.distanceKm()).isNull());
		assertThat(all.subList(0, all.size() - (int) unlocated)).allSatisfy(c -> assertThat(c.distanceKm()).isNotNull());
	}

	@Test
	void aNextTokenIsCheckedBeforeItIsUsed() {
		var first = programs.browse(new BrowseQuery(word, null, null, null, null, null, null, null, null, BrowseQuery.Sort.NEWEST,
				null, null, null), origin, null, null, 0, 1).get(0);
		String token = BrowseCursor.after(BrowseQuery.Sort.NEWEST, 1, first).token();
		assertThat(BrowseCursor.parse(token, BrowseQuery.Sort.NEWEST).publishedAt()).isEqualTo(first.program().publishedAt());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> BrowseCursor.parse(token, BrowseQuery.Sort.DISTANCE))
			.isInstanceOf(ca.mechanicplatform.kernel.InvalidInputException.class).hasMessageContaining("another order");
		for (String bad : List.of("", "x", "!!", token.substring(1), java.util.Base64.getUrlEncoder().encodeToString("1~NEWEST~0~5~1.0".getBytes()),
				java.util.Base64.getUrlEncoder().encodeToString("1~DISTANCE~2~5~NaN".getBytes()))) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> BrowseCursor.parse(bad, BrowseQuery.Sort.NEWEST))
				.as(bad).isInstanceOf(ca.mechanicplatform.kernel.InvalidInputException.class);
		}
	}

	/** Every published program measured and sorted, the straightforward way. */
	private List<Row> reference(ProgramType type, String tsquery, int radius) {
		String distance = "6371.0088 * 2 * ASIN(SQRT(POWER(SIN(RADIANS(p.latitude - :lat) / 2), 2) "
				+ "+ COS(RADIANS(:lat)) * COS(RADIANS(p.latitude)) * POWER(SIN(RADIANS(p.longitude - :lon) / 2), 2)))";
		return jdbc.sql("SELECT id, km FROM (SELECT p.id, " + distance + " AS km FROM partnership_programs p"
				+ " WHERE p.status = 'PUBLISHED' AND p.latitude IS NOT NULL AND (CAST(:type AS VARCHAR) IS NULL OR p.type = :type)"
				+ " AND p.search_vector @@ to_tsquery('simple', :query)) measured WHERE km <= :radius ORDER BY km, id DESC")
			.param("lat", origin[0]).param("lon", origin[1]).param("type", type == null ? null : type.name()).param("query", tsquery)
			.param("radius", (double) radius).query((rs, i) -> new Row(rs.getLong("id"), rs.getDouble("km"))).list();
	}

	private double distance(String fsa) {
		FsaCentroid c = centroids.find(Fsa.of(fsa)).orElseThrow();
		return jdbc.sql("SELECT DISTINCT km FROM (SELECT 6371.0088 * 2 * ASIN(SQRT(POWER(SIN(RADIANS(? - ?) / 2), 2) "
				+ "+ COS(RADIANS(?)) * COS(RADIANS(?)) * POWER(SIN(RADIANS(? - ?) / 2), 2))) AS km) d")
			.params(c.latitude(), origin[0], origin[0], c.latitude(), c.longitude(), origin[1]).query(Double.class).single();
	}

	record Row(long id, Double distanceKm) {
	}
}
