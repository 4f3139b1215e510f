package ca.mechanicplatform.partnerships.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.partnerships.BrowseCursor;
import ca.mechanicplatform.partnerships.BrowseQuery;
import ca.mechanicplatform.partnerships.Program;
import ca.mechanicplatform.partnerships.ProgramCard;
import ca.mechanicplatform.partnerships.ProgramId;
import ca.mechanicplatform.partnerships.ProgramStatus;
import ca.mechanicplatform.partnerships.ProgramType;

/**
 * The {@code partnership_programs} table and the marketplace query. The query filters and sorts in the database:
 * distance is the great-circle distance between FSA centroids computed in SQL after a bounding-box prefilter (on
 * PostgreSQL, the distance order within a radius walks the FSAs nearest first instead, see {@link #nearestFirst}), and
 * text search uses PostgreSQL's full-text index over the stored {@code search_vector} (a LIKE search on H2). A page is
 * found on ids and sort keys alone, and only its rows are then read in full.
 *
 * <p>A program's {@code fsa} is its workshop's FSA, and its latitude and longitude are that FSA's centroid (null when
 * the centroid table lacks it); {@link #insert} and {@link #relocate} always write them together.
 */
@Repository
public class ProgramRows {

	/** A program's money and requirements as stored. */
	public record Values(ProgramType type, String title, String description, String terms, int capacity, Long hourlyRateCents,
			Long dailyRateCents, Integer workshopShareBp, Long monthlyFeeCents, int minYears, boolean requiresInsurance,
			String certifications, String services) {
	}

	private static final String COLUMNS = """
			p.id, p.workshop_id, p.type, p.title, p.description, p.terms, p.status, p.capacity, p.hourly_rate_cents,
			p.daily_rate_cents, p.workshop_share_bp, p.monthly_fee_cents, p.min_years_experience, p.requires_insurance,
			p.required_certifications, p.services, p.province, p.city, p.created_at, p.published_at, w.name AS workshop_name""";
	/** A marketplace card's columns: the program without its terms, which only the program's own page shows. */
	private static final String CARD_COLUMNS = COLUMNS.replace("p.terms", "CAST(NULL AS VARCHAR) AS terms");
	private static final String SELECT = "SELECT " + COLUMNS
			+ " FROM partnership_programs p JOIN workshops w ON w.id = p.workshop_id ";
	private static final String DISTANCE = "6371.0088 * 2 * ASIN(SQRT(POWER(SIN(RADIANS(p.latitude - ?) / 2), 2) "
			+ "+ COS(RADIANS(?)) * COS(RADIANS(p.latitude)) * POWER(SIN(RADIANS(p.longitude - ?) / 2), 2)))";
	/**
	 * The distance as the double it is read as: H2 computes the expression in exact decimals, so a page's last distance
	 * read back would otherwise not compare equal to itself in the next page's condition.
	 */
	private static final String MEASURED = "CAST(" + DISTANCE + " AS DOUBLE PRECISION)";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final boolean postgres;

	ProgramRows(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) throws SQLException {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		try (var connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
	}

	public ProgramId insert(WorkshopId workshop, Values v, String searchText, String fsa, Double latitude, Double longitude,
			String province, String city, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO partnership_programs (workshop_id, type, title, description, terms, status, capacity, hourly_rate_cents,
				    daily_rate_cents, workshop_share_bp, monthly_fee_cents, min_years_experience, requires_insurance,
				    required_certifications, services, search_text, fsa, latitude, longitude, province, city, mechanic_share_bp,
				    created_at, updated_at)
				VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(workshop.value(), v.type().name(), v.title(), v.description(), v.terms(), v.capacity(), v.hourlyRateCents(),
					v.dailyRateCents(), v.workshopShareBp(), v.monthlyFeeCents(), v.minYears(), v.requiresInsurance(),
					v.certifications(), v.services(), searchText, fsa, latitude, longitude, province, city, mechanicShareBp(v),
					SqlTime.of(at), SqlTime.of(at))
			.update(keys, "id");
		return new ProgramId(keys.getKey().longValue());
	}

	public void update(ProgramId id, Values v, String searchText, Instant at) {
		jdbc.sql("""
				UPDATE partnership_programs SET type = ?, title = ?, description = ?, terms = ?, capacity = ?, hourly_rate_cents = ?,
				    daily_rate_cents = ?, workshop_share_bp = ?, monthly_fee_cents = ?, min_years_experience = ?, requires_insurance = ?,
				    required_certifications = ?, services = ?, search_text = ?, mechanic_share_bp = ?, updated_at = ?
				WHERE id = ?""")
			.params(v.type().name(), v.title(), v.description(), v.terms(), v.capacity(), v.hourlyRateCents(), v.dailyRateCents(),
					v.workshopShareBp(), v.monthlyFeeCents(), v.minYears(), v.requiresInsurance(), v.certifications(), v.services(),
					searchText, mechanicShareBp(v), SqlTime.of(at), id.value())
			.update();
	}

	public void updateStatus(ProgramId id, ProgramStatus status, Instant at) {
		jdbc.sql("UPDATE partnership_programs SET status = ?, updated_at = ?, published_at = CASE WHEN ? = 'PUBLISHED' AND published_at IS NULL THEN ? ELSE published_at END WHERE id = ?")
			.params(status.name(), SqlTime.of(at), status.name(), SqlTime.of(at), id.value()).update();
	}

	/** Moves a program with its workshop: where it is found in the marketplace and the words it is found by. */
	public void relocate(ProgramId id, String fsa, Double latitude, Double longitude, String province, String city, String searchText) {
		jdbc.sql("UPDATE partnership_programs SET fsa = ?, latitude = ?, longitude = ?, province = ?, city = ?, search_text = ? WHERE id = ?")
			.params(fsa, latitude, longitude, province, city, searchText, id.value()).update();
	}

	/** The bays the workshop chose for the program, in id order (none: every active bay is offered). */
	public List<Long> chosenBays(ProgramId id) {
		return jdbc.sql("SELECT bay_id FROM partnership_program_bays WHERE program_id = ? ORDER BY bay_id").param(id.value())
			.query(Long.class).list();
	}

	/** Replaces the program's chosen bays. */
	public void chooseBays(ProgramId id, List<Long> bayIds) {
		jdbc.sql("DELETE FROM partnership_program_bays WHERE program_id = ?").param(id.value()).update();
		for (Long bay : bayIds) {
			jdbc.sql("INSERT INTO partnership_program_bays (program_id, bay_id) VALUES (?, ?)").params(id.value(), bay).update();
		}
	}

	public void delete(ProgramId id) {
		jdbc.sql("DELETE FROM partnership_programs WHERE id = ?").param(id.value()).update();
	}

	public Optional<Program> find(ProgramId id) {
		return jdbc.sql(SELECT + " WHERE p.id = ?").param(id.value()).query(ProgramRows::program).optional();
	}

	/** Reads the program and locks its row for the rest of the transaction (applications and approvals queue on it). */
	public Optional<Program> lock(ProgramId id) {
		jdbc.sql("SELECT id FROM partnership_programs WHERE id = ? FOR UPDATE").param(id.value()).query(Long.class).optional();
		return find(id);
	}

	public List<Program> ofWorkshop(WorkshopId workshop) {
		return jdbc.sql(SELECT + " WHERE p.workshop_id = ? ORDER BY p.created_at DESC, p.id DESC").param(workshop.value())
			.query(ProgramRows::program).list();
	}

	/**
	 * Published programs matching the query, in the query's order, skipping {@code offset} and returning at most
	 * {@code limit}; {@code origin} is the mechanic's FSA centroid (or null, and then there is no distance).
	 */
	public List<ProgramCard> browse(BrowseQuery q, double[] origin, Long maxHourlyCents, Long maxMonthlyCents, int offset, int limit) {
		return browse(q, origin, maxHourlyCents, maxMonthlyCents, null, offset, limit);
	}

	/**
	 * The order a search is in: the query's, newest first by default, and newest first for a distance order without an
	 * origin to measure from.
	 */
	public static BrowseQuery.Sort sortOf(BrowseQuery q, double[] origin) {
		BrowseQuery.Sort sort = q.sort() == null ? BrowseQuery.Sort.NEWEST : q.sort();
		return sort == BrowseQuery.Sort.DISTANCE && origin == null ? BrowseQuery.Sort.NEWEST : sort;
	}

	/**
	 * Like {@link #browse(BrowseQuery, double[], Long, Long, int, int)}, starting right after {@code after} when it is
	 * given (in the order {@link #sortOf} says, which the cursor must be in): the programs that follow the cursor's in
	 * that order, found from the indexes the first page uses instead of skipping every earlier match.
	 */
	public List<ProgramCard> browse(BrowseQuery q, double[] origin, Long maxHourlyCents, Long maxMonthlyCents, BrowseCursor after,
			int offset, int limit) {
		BrowseQuery.Sort sort = sortOf(q, origin);
		if (after != null && after.sort() != sort) {
			throw new IllegalArgumentException("A " + after.sort() + " cursor for a " + sort + " search");
		}
		Double radius = origin == null || q.maxDistanceKm() == null ? null : q.maxDistanceKm().doubleValue();
		if (postgres && sort == BrowseQuery.Sort.DISTANCE && radius != null) {
			return nearestFirst(q, origin, maxHourlyCents, maxMonthlyCents, radius, after, offset, limit);
		}
		String distanceColumn = origin == null ? "CAST(NULL AS DOUBLE PRECISION)"
				: "CASE WHEN p.latitude IS NULL THEN NULL ELSE " + MEASURED + " END";
		List<Object> distanceParams = origin == null ? List.of() : List.of(origin[0], origin[0], origin[1]);
		List<Object> params = new ArrayList<>();
		StringBuilder page = new StringBuilder("SELECT p.id");
		if (sort == BrowseQuery.Sort.DISTANCE) {
			page.append(", ").append(distanceColumn).append(" AS distance_km");
			params.addAll(distanceParams);
		}
		page.append(" FROM partnership_programs p WHERE p.status = 'PUBLISHED'");
		filter(page, params, q, maxHourlyCents, maxMonthlyCents);
		if (radius != null) {
			page.append(" AND p.latitude BETWEEN ? AND ? AND p.longitude BETWEEN ? AND ? AND ").append(DISTANCE).append(" <= ?");
			params.addAll(box(origin, radius));
			params.addAll(List.of(origin[0], origin[0], origin[1], radius));
		}
		if (after != null) {
			switch (sort) {
				case NEWEST -> {
					if (after.publishedAt() == null) {
						// a descending order puts programs without a publication time first
						page.append(" AND (p.published_at IS NOT NULL OR p.id < ?)");
						params.add(after.id());
					}
					else {
						page.append(" AND (p.published_at, p.id) < (?, ?)");
						params.addAll(List.of(SqlTime.of(after.publishedAt()), after.id()));
					}
				}
				case BEST_SHARE -> {
					page.append(" AND (p.mechanic_share_bp, p.id) < (?, ?)");
					params.addAll(List.of(after.mechanicShareBp(), after.id()));
				}
				case DISTANCE -> {
					// nearest first, programs without a location last
					if (after.distanceKm() == null) {
						page.append(" AND p.latitude IS NULL AND p.id < ?");
						params.add(after.id());
					}
					else {
						page.append(" AND (p.latitude IS NULL OR ").append(MEASURED).append(" > ? OR (p.latitude IS NOT NULL AND ")
							.append(MEASURED).append(" = ? AND p.id < ?))");
						params.addAll(List.of(origin[0], origin[0], origin[1], after.distanceKm(), origin[0], origin[0], origin[1],
								after.distanceKm(), after.id()));
					}
				}
			}
		}
		String order = switch (sort) {
			case DISTANCE -> " ORDER BY %2$s ASC NULLS LAST, %1$sid DESC";
			case BEST_SHARE -> " ORDER BY %1$smechanic_share_bp DESC, %1$sid DESC";
			case NEWEST -> " ORDER BY %1$spublished_at DESC, %1$sid DESC";
		};
		page.append(order.formatted("p.", "distance_km")).append(" LIMIT ? OFFSET ?");
		params.add(limit);
		params.add(offset);
		// The page's ids are found first (from indexes where possible); only those rows are then read in full.
		String sql = "SELECT " + CARD_COLUMNS + ", " + distanceColumn + " AS distance_km FROM (" + page + ") page"
				+ " JOIN partnership_programs p ON p.id = page.id JOIN workshops w ON w.id = p.workshop_id"
				+ order.formatted("p.", "page.distance_km");
		List<Object> all = new ArrayList<>(distanceParams);
		all.addAll(params);
		return cards(sql, all);
	}

	/**
	 * The distance order within a radius on PostgreSQL. Every program of one FSA is at the same distance (between
	 * centroids), so the FSAs of the centroid table within the radius are measured once each, nearest first, and joined
	 * to their programs through the (status, type, fsa) index. Because the FSAs arrive in distance order, PostgreSQL
	 * only puts each distance's programs in id order (an incremental sort) and stops as soon as the page is full: the
	 * first page reads the nearest few FSAs instead of measuring and sorting every program in the radius. For a rare
	 * word it may instead take the matches from the full-text index and sort those; either way the distances are the
	 * same expression over the same centroid coordinates as the general query computes from a program's own latitude
	 * and longitude, so the results, their order and their distances are the same.
	 *
	 * <p>The plan is made for each search's own values ({@code plan_cache_mode}): a generic plan, which PostgreSQL
	 * would otherwise choose for a statement the driver has prepared five times, cannot know how common the words are
	 * or how small the page is, and measures every FSA in the radius with a full-text index scan each.
	 */
	private List<ProgramCard> nearestFirst(BrowseQuery q, double[] origin, Long maxHourlyCents, Long maxMonthlyCents,
			double radius, BrowseCursor after, int offset, int limit) {
		String distance = DISTANCE.replace("p.", "c.");
		List<Object> params = new ArrayList<>(List.of(origin[0], origin[0], origin[1]));
		params.addAll(box(origin, radius));
		params.addAll(List.of(origin[0], origin[0], origin[1], radius));
		StringBuilder page = new StringBuilder("SELECT p.id, near.distance_km FROM (")
			.append("SELECT c.fsa, ").append(distance).append(" AS distance_km FROM fsa_centroids c")
			.append(" WHERE c.latitude BETWEEN ? AND ? AND c.longitude BETWEEN ? AND ? AND ").append(distance).append(" <= ?");
		if (after != null) {
			// FSAs nearer than the cursor hold only programs before it: they are not even joined to the programs. Written
			// as "not nearer" because PostgreSQL estimates that as two thirds of the FSAs (">=" as one third, which on top
			// of the radius makes it expect a single FSA and sort every match instead of stopping at the page's end).
			page.append(" AND (").append(distance).append(" < ?) IS NOT TRUE");
			params.addAll(List.of(origin[0], origin[0], origin[1], after.distanceKm()));
		}
		page.append(" ORDER BY distance_km) near")
			.append(" JOIN partnership_programs p ON p.fsa = near.fsa WHERE p.status = 'PUBLISHED'");
		if (after != null) {
			page.append(" AND (near.distance_km > ? OR p.id < ?)");
			params.addAll(List.of(after.distanceKm(), after.id()));
		}
		filter(page, params, q, maxHourlyCents, maxMonthlyCents);
		page.append(" ORDER BY near.distance_km, p.id DESC LIMIT ? OFFSET ?");
		params.add(limit);
		params.add(offset);
		String sql = "SELECT " + CARD_COLUMNS + ", page.distance_km FROM (" + page + ") page"
				+ " JOIN partnership_programs p ON p.id = page.id JOIN workshops w ON w.id = p.workshop_id"
				+ " ORDER BY page.distance_km, p.id DESC";
		return transactions.execute(status -> {
			jdbc.sql("SET LOCAL plan_cache_mode = force_custom_plan").update();
			return cards(sql, params);
		});
	}

	private List<ProgramCard> cards(String sql, List<Object> params) {
		return jdbc.sql(sql).params(params).query((rs, i) -> {
			double measured = rs.getDouble("distance_km");
			Double distance = rs.wasNull() ? null : measured;
			return new ProgramCard(program(rs, i), distance);
		}).list();
	}

	/** The latitude and longitude bounds of a box around {@code origin} that holds the circle of the radius. */
	private static List<Object> box(double[] origin, double radius) {
		double latSpan = radius / 111.0;
		double lonSpan = radius / Math.max(1.0, 111.0 * Math.cos(Math.toRadians(origin[0])));
		return List.of(origin[0] - latSpan, origin[0] + latSpan, origin[1] - lonSpan, origin[1] + lonSpan);
	}

	/** The conditions of a marketplace search after the status and before the distance, appended to {@code sql} with their parameters. */
	private void filter(StringBuilder sql, List<Object> params, BrowseQuery q, Long maxHourlyCents, Long maxMonthlyCents) {
		if (q.type() != null) {
			sql.append(" AND p.type = ?");
			params.add(q.type().name());
		}
		if (q.province() != null && !q.province().isBlank()) {
			sql.append(" AND p.province = ?");
			params.add(q.province().trim().toUpperCase(Locale.ROOT));
		}
		if (q.city() != null && !q.city().isBlank()) {
			sql.append(" AND LOWER(p.city) = ?");
			params.add(q.city().trim().toLowerCase(Locale.ROOT));
		}
		if (maxHourlyCents != null) {
			sql.append(" AND p.type = 'BAY_RENTAL' AND COALESCE(p.hourly_rate_cents, p.daily_rate_cents / 8) <= ?");
			params.add(maxHourlyCents);
		}
		if (maxMonthlyCents != null) {
			sql.append(" AND (p.type <> 'MEMBERSHIP' OR p.monthly_fee_cents <= ?)");
			params.add(maxMonthlyCents);
		}
		if (q.minMechanicSharePercent() != null) {
			sql.append(" AND p.mechanic_share_bp >= ?");
			params.add(q.minMechanicSharePercent() * 100);
		}
		if (q.service() != null && !q.service().isBlank()) {
			sql.append(" AND LOWER(p.services) LIKE ?");
			params.add("%" + likeEscape(q.service().trim().toLowerCase(Locale.ROOT)) + "%");
		}
		String text = q.text() == null ? "" : q.text().trim();
		if (!text.isEmpty()) {
			if (postgres) {
				String tsquery = tsquery(text);
				if (!tsquery.isEmpty()) {
					sql.append(" AND p.search_vector @@ to_tsquery('simple', ?)");
					params.add(tsquery);
				}
			}
			else {
				for (String word : words(text)) {
					sql.append(" AND p.search_text LIKE ?");
					params.add("%" + likeEscape(word) + "%");
				}
			}
		}
	}

	public int countByStatus(ProgramStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM partnership_programs WHERE status = ?").param(status.name()).query(Integer.class).single();
	}

	static int mechanicShareBp(Values v) {
		return v.workshopShareBp() == null ? 10000 : 10000 - v.workshopShareBp();
	}

	static Program program(ResultSet rs, int row) throws SQLException {
		return new Program(new ProgramId(rs.getLong("id")), new WorkshopId(rs.getLong("workshop_id")), rs.getString("workshop_name"),
				rs.getString("city"), rs.getString("province").trim(), ProgramType.valueOf(rs.getString("type")), rs.getString("title"),
				rs.getString("description"), rs.getString("terms"), ProgramStatus.valueOf(rs.getString("status")), rs.getInt("capacity"),
				money(rs, "hourly_rate_cents"), money(rs, "daily_rate_cents"), percentage(rs, "workshop_share_bp"),
				money(rs, "monthly_fee_cents"), rs.getInt("min_years_experience"), rs.getBoolean("requires_insurance"),
				list(rs.getString("required_certifications")), list(rs.getString("services")), SqlTime.instant(rs, "created_at"),
				SqlTime.instant(rs, "published_at"));
	}

	static Money money(ResultSet rs, String column) throws SQLException {
		long cents = rs.getLong(column);
		return rs.wasNull() ? null : Money.ofCents(cents);
	}

	static Percentage percentage(ResultSet rs, String column) throws SQLException {
		int bp = rs.getInt(column);
		return rs.wasNull() ? null : Percentage.of(BigDecimal.valueOf(bp, 2));
	}

	static List<String> list(String commaSeparated) {
		return commaSeparated == null || commaSeparated.isBlank() ? List.of()
				: Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isBlank()).limit(8).toList();
	}

	/** Each word as a prefix, all required: "bay brak" finds "bay rental ... brakes". */
	private static String tsquery(String text) {
		return String.join(" & ", words(text).stream().map(w -> w + ":*").toList());
	}

	private static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
