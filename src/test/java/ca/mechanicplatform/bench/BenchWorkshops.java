package ca.mechanicplatform.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Loads workshops as sign-up would store them, each with its admin account: spread evenly over the real FSAs of the
 * {@code fsa_centroids} table (so they cluster where Canadians live), with a valid postal code in the FSA, the
 * province's time zone, and a city named after the FSA's place. Every admin's password is {@link #PASSWORD}. Ids are
 * assigned here and the identity sequences moved past them, so the platform can go on creating rows.
 */
public final class BenchWorkshops {

	public static final String PASSWORD = "bench-password";

	/** A loaded workshop and where it is. */
	public record Workshop(long id, long adminUserId, String adminEmail, String name, String city, String province,
			String postalCode, double latitude, double longitude) {
	}

	private record Centroid(String fsa, double latitude, double longitude, String province, String place) {
	}

	private static final Map<String, String> TIME_ZONES = Map.ofEntries(Map.entry("NL", "America/St_Johns"),
			Map.entry("PE", "America/Halifax"), Map.entry("NS", "America/Halifax"), Map.entry("NB", "America/Moncton"),
			Map.entry("QC", "America/Toronto"), Map.entry("ON", "America/Toronto"), Map.entry("MB", "America/Winnipeg"),
			Map.entry("SK", "America/Regina"), Map.entry("AB", "America/Edmonton"), Map.entry("BC", "America/Vancouver"),
			Map.entry("YT", "America/Whitehorse"), Map.entry("NT", "America/Edmonton"), Map.entry("NU", "America/Iqaluit"));
	private static final String POSTAL_LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
	private static final Pattern COMPASS = Pattern.compile(
			"\\s+(North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest|Region|Outer|Inner)(\\s+\\w+)?$");
	private static final List<String> FIRST = List.of("AutoFix", "Precision", "True North", "Maple", "Northside", "Lakeshore",
			"Summit", "Prairie", "Harbour", "Pioneer", "Redline", "Torque", "Keystone", "Ironwood", "Cedar", "Granite", "Beacon",
			"Riverside", "Parkway", "Heritage");
	private static final List<String> LAST = List.of("Auto Care", "Garage", "Motors", "Auto Service", "Automotive",
			"Car Clinic", "Service Centre", "Repair Shop", "Tire & Auto", "Mechanical");
	private static final List<String> STREETS = List.of("Main St", "King St", "Queen St", "Dundas St", "Yonge St",
			"Industrial Rd", "Commerce Ave", "Railway Ave", "Centre St", "Park Ave", "Victoria St", "Portage Ave",
			"Rue Principale", "Boul. Industriel", "Kingsway", "Macleod Trail");

	private BenchWorkshops() {
	}

	/** Loads {@code count} workshops and their admins with COPY, in one transaction on {@code connection}. */
	public static List<Workshop> load(Connection connection, int count, Random random, OffsetDateTime now) throws SQLException {
		List<Centroid> centroids = centroids(connection);
		long firstUser = next(connection, "users");
		long firstWorkshop = next(connection, "workshops");
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		List<Workshop> workshops = new ArrayList<>(count);
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (BulkCopy users = BulkCopy.into(connection, "users", "id", "email", "password_hash", "display_name", "role", "enabled",
				"created_at")) {
			for (int i = 0; i < count; i++) {
				Centroid at = centroids.get(random.nextInt(centroids.size()));
				String city = city(at.place());
				String name = random.nextInt(3) == 0 ? city + " " + LAST.get(random.nextInt(LAST.size()))
						: FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
				String email = "workshop-" + (i + 1) + "@bench.local";
				OffsetDateTime created = now.minusDays(200 + random.nextInt(1500)).minusSeconds(random.nextInt(86_400));
				users.row(firstUser + i, email, hash, "Admin of " + name, "WORKSHOP_ADMIN", true, created);
				workshops.add(new Workshop(firstWorkshop + i, firstUser + i, email, name, city, at.province(), postalCode(at.fsa(), random),
						at.latitude(), at.longitude()));
			}
		}
		try (BulkCopy rows = BulkCopy.into(connection, "workshops", "id", "admin_user_id", "name", "street_address", "city", "province",
				"postal_code", "fsa", "time_zone", "phone", "created_at")) {
			for (Workshop w : workshops) {
				String street = (10 + random.nextInt(4000)) + " " + STREETS.get(random.nextInt(STREETS.size()));
				String phone = String.format(Locale.ROOT, "(%03d) 555-%04d", 200 + random.nextInt(700), random.nextInt(10_000));
				rows.row(w.id(), w.adminUserId(), w.name(), street, w.city(), w.province(), w.postalCode(), w.postalCode().substring(0, 3),
						TIME_ZONES.get(w.province()), phone, now.minusDays(200 + random.nextInt(1500)));
			}
		}
		restartIdentity(connection, "users");
		restartIdentity(connection, "workshops");
		connection.commit();
		connection.setAutoCommit(autoCommit);
		return workshops;
	}

	/** Moves the table's identity past the largest id, after rows were loaded with explicit ids. */
	public static void restartIdentity(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT MAX(id) FROM " + table + "))");
		}
	}

	/** The first id free in {@code table}. */
	public static long next(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** "Mississauga (west Cooksville / …)" → "Mississauga", "Downtown Toronto (…)" → "Toronto", "Whitby Southwest" → "Whitby". */
	static String city(String place) {
		String name = place.contains(" (") ? place.substring(0, place.indexOf(" (")) : place;
		name = COMPASS.matcher(name.strip()).replaceAll("");
		if (name.endsWith(" Toronto")) {
			return "Toronto";
		}
		return name.isEmpty() ? place : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	private static String postalCode(String fsa, Random random) {
		return fsa + " " + random.nextInt(10) + POSTAL_LETTERS.charAt(random.nextInt(POSTAL_LETTERS.length())) + random.nextInt(10);
	}

	private static List<Centroid> centroids(Connection connection) throws SQLException {
		List<Centroid> centroids = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT fsa, latitude, longitude, province, place FROM fsa_centroids ORDER BY fsa")) {
			while (rs.next()) {
				centroids.add(new Centroid(rs.getString(1), rs.getDouble(2), rs.getDouble(3), rs.getString(4).trim(), rs.getString(5)));
			}
		}
		if (centroids.isEmpty()) {
			throw new IllegalStateException("fsa_centroids is empty: start the platform (which migrates the schema) first");
		}
		return centroids;
	}
}
