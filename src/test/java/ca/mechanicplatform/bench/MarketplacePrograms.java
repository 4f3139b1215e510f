package ca.mechanicplatform.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import ca.mechanicplatform.partnerships.ProgramTemplate;
import ca.mechanicplatform.partnerships.ProgramType;

/**
 * Loads published partnership programs as {@code PartnershipPrograms.create} and publishing would store them: the
 * workshop's FSA and its centroid as latitude and longitude, its province and city, the mechanic's share in basis points, and
 * the lowercase {@code search_text} of title, description, workshop name, city, services and type label. Titles,
 * descriptions, services and rates are drawn from realistic pools: about 45 % bay rentals, 35 % revenue shares and
 * 20 % memberships; "brakes" is among the services of about 60 % of programs. Terms are the type's template.
 */
public final class MarketplacePrograms {

	private static final String[] SERVICES = { "brakes", "maintenance", "diagnostics", "suspension", "general repair", "tires",
			"alignment", "electrical", "engine", "transmission", "hvac", "exhaust", "ev and hybrid", "diesel", "welding", "inspections" };
	private static final double[] SERVICE_ODDS = { 0.60, 0.45, 0.40, 0.30, 0.30, 0.25, 0.15, 0.20, 0.20, 0.12, 0.10, 0.10, 0.08, 0.08,
			0.05, 0.10 };
	private static final List<String> BAY_TITLES = List.of("Bay rental by the hour or day", "Two-post lift bay in %city%",
			"Weekend bay rental", "Evening and weekend bays", "Alignment bay by the day", "Fully equipped bay, %service% ready",
			"Heavy-duty bay with a 12,000 lb lift", "Hoist bay for rent in %city%", "Day-rate bays for independent mechanics",
			"Drive-in bay with tire machine and balancer");
	private static final List<String> SHARE_TITLES = List.of("Revenue share partner", "%share%% revenue share, no bay fees",
			"Revenue share for %service% specialists", "Bring your customers: revenue share in %city%",
			"Partner bays, pay only when you earn", "Shop access on revenue share for mobile mechanics");
	private static final List<String> MEMBERSHIP_TITLES = List.of("Monthly membership", "Pro membership: priority bays in %city%",
			"Membership with tool locker and reduced share", "Unlimited weekday bays membership", "Members' garage club in %city%");
	private static final List<String> BAY_OPENINGS = List.of(
			"Rent one of our fully equipped bays when you need it. Book in the platform, bring your customers, keep what you earn.",
			"Our second bay sits empty most evenings and weekends; rent it by the hour or the day.",
			"A clean, heated bay with a lift, ready for independent mechanics who need room to work.",
			"Short on space? Book a bay for a single job or a full week.");
	private static final List<String> SHARE_OPENINGS = List.of(
			"No bay fees: we provide the bay and equipment and share in each job's revenue.",
			"Ideal for mechanics building a customer base: you bring the work, we bring the shop.",
			"Work from our shop without a fixed cost; our share comes out of each completed job.");
	private static final List<String> MEMBERSHIP_OPENINGS = List.of(
			"A predictable monthly fee for regular bay access and a reduced revenue share.",
			"For mechanics who work here every week: priority booking, a locker and a lower share.",
			"Join our members and book bays up to 30 days ahead at a flat monthly fee.");
	private static final List<String> EQUIPMENT = List.of("Bays have a two-post lift, compressed air and good lighting.",
			"A diagnostic scan tool, torque wrenches and a parts washer are available.",
			"Tire machine, wheel balancer and alignment rack on site.", "Customer waiting area with Wi-Fi and coffee.",
			"Parts are delivered twice a day from our suppliers.", "Close to the highway with plenty of customer parking.",
			"Fluid disposal, shop towels and a vehicle hoist included.", "Open early: bays are available from 7 am.");
	private static final List<String> CERTIFICATIONS = List.of("", "", "RED_SEAL", "RED_SEAL", "310S", "RED_SEAL, 310S",
			"RED_SEAL, EV_SAFETY");

	private MarketplacePrograms() {
	}

	/** Loads {@code count} published programs spread over {@code workshops} with COPY, in one transaction. */
	public static void load(Connection connection, List<BenchWorkshops.Workshop> workshops, int count, Random random,
			OffsetDateTime now) throws SQLException {
		long firstId = BenchWorkshops.next(connection, "partnership_programs");
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (BulkCopy copy = BulkCopy.into(connection, "partnership_programs", "id", "workshop_id", "type", "title", "description",
				"terms", "status", "capacity", "hourly_rate_cents", "daily_rate_cents", "workshop_share_bp", "monthly_fee_cents",
				"min_years_experience", "requires_insurance", "required_certifications", "services", "search_text", "fsa", "latitude",
				"longitude", "province", "city", "mechanic_share_bp", "created_at", "published_at", "updated_at")) {
			for (int i = 0; i < count; i++) {
				BenchWorkshops.Workshop w = workshops.get(random.nextInt(workshops.size()));
				double draw = random.nextDouble();
				ProgramType type = draw < 0.45 ? ProgramType.BAY_RENTAL : draw < 0.80 ? ProgramType.REVENUE_SHARE : ProgramType.MEMBERSHIP;
				List<String> services = services(random);
				Long hourly = null;
				Long daily = null;
				Integer shareBp = null;
				Long monthly = null;
				switch (type) {
					case BAY_RENTAL -> {
						boolean both = random.nextInt(10) < 5;
						boolean hourlyOnly = !both && random.nextInt(10) < 6;
						hourly = both || hourlyOnly ? 3_500L + 500L * random.nextInt(13) : null;
						daily = both || !hourlyOnly ? 20_000L + 2_500L * random.nextInt(19) : null;
					}
					case REVENUE_SHARE -> shareBp = 1_500 + 100 * random.nextInt(26);
					case MEMBERSHIP -> {
						shareBp = 500 + 100 * random.nextInt(16);
						monthly = 9_900L + 2_500L * random.nextInt(13);
					}
				}
				String title = pick(random, switch (type) {
					case BAY_RENTAL -> BAY_TITLES;
					case REVENUE_SHARE -> SHARE_TITLES;
					case MEMBERSHIP -> MEMBERSHIP_TITLES;
				}).replace("%city%", w.city()).replace("%service%", services.get(0))
					.replace("%share%", shareBp == null ? "20" : Integer.toString(shareBp / 100));
				String description = String.join(" ", pick(random, switch (type) {
					case BAY_RENTAL -> BAY_OPENINGS;
					case REVENUE_SHARE -> SHARE_OPENINGS;
					case MEMBERSHIP -> MEMBERSHIP_OPENINGS;
				}), pick(random, EQUIPMENT), "Most of our work is " + String.join(" and ", services.subList(0, Math.min(2, services.size())))
						+ ".");
				String servicesText = String.join(", ", services);
				String searchText = String.join(" ", title, description, w.name(), w.city(), servicesText, type.label())
					.toLowerCase(Locale.ROOT);
				OffsetDateTime published = now.minusMinutes(random.nextInt(540 * 24 * 60));
				OffsetDateTime created = published.minusMinutes(random.nextInt(14 * 24 * 60));
				copy.row(firstId + i, w.id(), type.name(), title, description, ProgramTemplate.valueOf(type.name()).form().terms(),
						"PUBLISHED", 1 + random.nextInt(20), hourly, daily, shareBp, monthly, random.nextInt(9), random.nextInt(10) < 7,
						pick(random, CERTIFICATIONS), servicesText, searchText, w.postalCode().substring(0, 3), w.latitude(), w.longitude(), w.province(), w.city(),
						shareBp == null ? 10_000 : 10_000 - shareBp, created, published, published);
			}
		}
		BenchWorkshops.restartIdentity(connection, "partnership_programs");
		connection.commit();
		connection.setAutoCommit(autoCommit);
	}

	private static List<String> services(Random random) {
		List<String> chosen = new ArrayList<>();
		while (chosen.size() < 2) {
			chosen.clear();
			for (int i = 0; i < SERVICES.length; i++) {
				if (random.nextDouble() < SERVICE_ODDS[i]) {
					chosen.add(SERVICES[i]);
				}
			}
		}
		return chosen;
	}

	private static String pick(Random random, List<String> from) {
		return from.get(random.nextInt(from.size()));
	}
}
