package ca.mechanicplatform.partnerships;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.geo.FsaCentroids;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.partnerships.internal.ApplicationRows;
import ca.mechanicplatform.partnerships.internal.ProgramRows;
import ca.mechanicplatform.workshops.Bay;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopBays;
import ca.mechanicplatform.workshops.WorkshopProfileChanged;
import ca.mechanicplatform.workshops.Workshops;

/**
 * Programs as their workshop manages them, and the marketplace mechanics browse. A workshop sees and changes only its
 * own programs (anything else is "not found"); mechanics see published programs only.
 */
@Service
public class PartnershipPrograms {

	static final int MAX_PAGE_SIZE = 50;

	private final ProgramRows programs;
	private final ApplicationRows applications;
	private final Workshops workshops;
	private final WorkshopBays bays;
	private final FsaCentroids centroids;
	private final Clock clock;

	PartnershipPrograms(ProgramRows programs, ApplicationRows applications, Workshops workshops, WorkshopBays bays,
			FsaCentroids centroids, Clock clock) {
		this.programs = programs;
		this.applications = applications;
		this.workshops = workshops;
		this.bays = bays;
		this.centroids = centroids;
		this.clock = clock;
	}

	/** Creates a draft program for the admin's workshop. */
	@Transactional
	public Program create(UserId admin, ProgramForm form) {
		Workshop workshop = workshops.mine(admin);
		ProgramRows.Values values = validate(form, workshop);
		var centroid = centroids.find(workshop.postalCode().fsa());
		ProgramId id = programs.insert(workshop.id(), values, searchText(values, workshop), workshop.postalCode().fsa().code(),
				centroid.map(c -> c.latitude()).orElse(null), centroid.map(c -> c.longitude()).orElse(null),
				workshop.province().name(), workshop.city(), clock.instant());
		programs.chooseBays(id, form.chosenBays());
		return programs.find(id).orElseThrow();
	}

	@Transactional
	public Program update(UserId admin, ProgramId id, ProgramForm form) {
		Program program = own(admin, id);
		if (program.status() == ProgramStatus.CLOSED) {
			throw new BusinessRuleException("A closed program cannot be changed");
		}
		Workshop workshop = workshops.get(program.workshopId());
		ProgramRows.Values values = validate(form, workshop);
		programs.update(id, values, searchText(values, workshop), clock.instant());
		programs.chooseBays(id, form.chosenBays());
		return programs.find(id).orElseThrow();
	}

	/** Moves the program along draft → published ⇄ paused → closed. */
	@Transactional
	public Program changeStatus(UserId admin, ProgramId id, ProgramStatus target) {
		Program program = own(admin, id);
		if (target == null || !program.status().canMoveTo(target)) {
			throw new BusinessRuleException("A " + program.status().name().toLowerCase(Locale.ROOT) + " program cannot become "
					+ (target == null ? "that" : target.name().toLowerCase(Locale.ROOT)));
		}
		programs.updateStatus(id, target, clock.instant());
		return programs.find(id).orElseThrow();
	}

	/** Deletes a program nobody has applied to; one with applications must be closed instead. */
	@Transactional
	public void delete(UserId admin, ProgramId id) {
		own(admin, id);
		if (applications.programHasApplications(id)) {
			throw new BusinessRuleException("Mechanics have applied to this program, so it cannot be deleted; close it instead");
		}
		programs.delete(id);
	}

	public List<Program> mine(UserId admin) {
		return programs.ofWorkshop(workshops.mine(admin).id());
	}

	/** One of the admin's own programs. */
	public Program own(UserId admin, ProgramId id) {
		Workshop workshop = workshops.mine(admin);
		return programs.find(id).filter(p -> p.workshopId().equals(workshop.id()))
			.orElseThrow(() -> NotFoundException.of("Program", id));
	}

	/** A published (or paused, for those who applied) program as mechanics see it. */
	public Program visible(ProgramId id) {
		return programs.find(id).filter(p -> p.status() != ProgramStatus.DRAFT)
			.orElseThrow(() -> NotFoundException.of("Program", id));
	}

	Program locked(ProgramId id) {
		return programs.lock(id).orElseThrow(() -> NotFoundException.of("Program", id));
	}

	/** Searches published programs, measuring distance from the mechanic's postal code. */
	public BrowsePage browse(Mechanic mechanic, BrowseQuery query) {
		InputCheck check = new InputCheck();
		Long maxHourly = check.parse("maxHourlyRate", blankToNull(query.maxHourlyRate()), v -> v == null ? null : cents(v));
		Long maxMonthly = check.parse("maxMonthlyFee", blankToNull(query.maxMonthlyFee()), v -> v == null ? null : cents(v));
		check.require(query.maxDistanceKm() == null || (query.maxDistanceKm() >= 1 && query.maxDistanceKm() <= 5000),
				"maxDistanceKm", "Choose a distance between 1 and 5,000 km");
		check.require(query.minMechanicSharePercent() == null
				|| (query.minMechanicSharePercent() >= 0 && query.minMechanicSharePercent() <= 100),
				"minMechanicSharePercent", "The share is a percentage between 0 and 100");
		check.require(query.page() == null || (query.page() >= 1 && query.page() <= 10_000), "page", "Pages start at 1");
		check.require(query.size() == null || (query.size() >= 1 && query.size() <= MAX_PAGE_SIZE), "size",
				"Ask for 1 to " + MAX_PAGE_SIZE + " results per page");
		check.require(query.text() == null || query.text().length() <= 200, "text", "Keep the search under 200 characters");
		check.require(query.after() == null || query.after().length() <= 200, "after", "This next-page link is not valid");
		check.throwIfInvalid();
		int size = query.size() == null ? 20 : query.size();
		double[] origin = mechanic == null ? null : centroids.find(mechanic.postalCode().fsa())
			.map(c -> new double[] { c.latitude(), c.longitude() }).orElse(null);
		BrowseQuery.Sort sort = ProgramRows.sortOf(query, origin);
		BrowseCursor after = query.after() == null || query.after().isBlank() ? null : BrowseCursor.parse(query.after().trim(), sort);
		int page = after != null ? after.page() + 1 : query.page() == null ? 1 : query.page();
		List<ProgramCard> rows = programs.browse(query, origin, maxHourly, maxMonthly, after, after != null ? 0 : (page - 1) * size,
				size + 1);
		boolean hasNext = rows.size() > size;
		List<ProgramCard> results = hasNext ? rows.subList(0, size) : rows;
		String next = hasNext ? BrowseCursor.after(sort, page, results.get(size - 1)).token() : null;
		return new BrowsePage(results, page, size, hasNext, next);
	}

	/** A workshop's programs follow its new name and address in the marketplace, in the same transaction. */
	@EventListener
	void workshopChanged(WorkshopProfileChanged changed) {
		Workshop workshop = workshops.get(changed.workshopId());
		var centroid = centroids.find(workshop.postalCode().fsa());
		for (Program program : programs.ofWorkshop(workshop.id())) {
			String text = String.join(" ", program.title(), program.description(), workshop.name(), workshop.city(),
					String.join(", ", program.services()), program.type().label()).toLowerCase(Locale.ROOT);
			programs.relocate(program.id(), workshop.postalCode().fsa().code(), centroid.map(c -> c.latitude()).orElse(null), centroid.map(c -> c.longitude()).orElse(null),
					workshop.province().name(), workshop.city(), text);
		}
	}

	/** The bays the program offers now: the chosen ones still active, or every active bay if none was chosen. */
	public OfferedBays offeredBays(Program program) {
		List<Long> chosen = programs.chosenBays(program.id());
		List<Bay> active = bays.of(program.workshopId()).stream().filter(Bay::active).toList();
		if (chosen.isEmpty()) {
			return new OfferedBays(true, active);
		}
		return new OfferedBays(false, active.stream().filter(b -> chosen.contains(b.id().value())).toList());
	}

	/** The admin's workshop's active bays, to choose from (none if the admin has no workshop yet). */
	public List<Bay> activeBays(UserId admin) {
		return workshops.ofAdmin(admin).map(w -> bays.of(w.id()).stream().filter(Bay::active).toList()).orElse(List.of());
	}

	/** The ids of the bays the workshop chose for its program (empty: every active bay), as the edit form shows them. */
	public List<Long> chosenBays(Program program) {
		return programs.chosenBays(program.id());
	}

	private ProgramRows.Values validate(ProgramForm form, Workshop workshop) {
		InputCheck check = new InputCheck();
		List<Long> activeBays = bays.of(workshop.id()).stream().filter(Bay::active).map(b -> b.id().value()).toList();
		check.require(activeBays.containsAll(form.chosenBays()), "bayIds", "Choose among the workshop's active bays");
		ProgramType type = check.parse("type", form.type(), raw -> {
			if (raw == null || raw.isBlank()) {
				throw new IllegalArgumentException("Choose the program type");
			}
			try {
				return ProgramType.valueOf(raw.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("The type is BAY_RENTAL, REVENUE_SHARE or MEMBERSHIP");
			}
		});
		String title = check.text("title", form.title(), 120, "Give the program a title");
		String description = check.text("description", form.description(), 4000, "Describe the program in a sentence or two");
		String terms = check.text("terms", form.terms(), 20000, "Write the program's terms");
		int capacity = form.capacity() == null ? 0 : form.capacity();
		check.require(capacity >= 1 && capacity <= 500, "capacity", "Capacity is between 1 and 500 mechanics");
		Long hourly = check.parse("hourlyRate", blankToNull(form.hourlyRate()), v -> v == null ? null : cents(v));
		Long daily = check.parse("dailyRate", blankToNull(form.dailyRate()), v -> v == null ? null : cents(v));
		Long monthly = check.parse("monthlyFee", blankToNull(form.monthlyFee()), v -> v == null ? null : cents(v));
		Integer shareBp = check.parse("workshopSharePercent", blankToNull(form.workshopSharePercent()), v -> v == null ? null : basisPoints(v));
		int minYears = form.minYearsExperience() == null ? 0 : form.minYearsExperience();
		check.require(minYears >= 0 && minYears <= 60, "minYearsExperience", "Years of experience is between 0 and 60");
		if (type == ProgramType.BAY_RENTAL) {
			check.require(hourly != null || daily != null || check.has("hourlyRate") || check.has("dailyRate"), "hourlyRate",
					"A bay rental program needs an hourly rate, a daily rate or both");
			check.require(hourly == null || hourly > 0, "hourlyRate", "The hourly rate must be more than $0");
			check.require(daily == null || daily > 0, "dailyRate", "The daily rate must be more than $0");
			shareBp = null;
			monthly = null;
		}
		else if (type != null) {
			check.require(shareBp != null || check.has("workshopSharePercent"), "workshopSharePercent",
					"Enter the workshop's share of each job, in percent");
			check.require(shareBp == null || shareBp <= 9000, "workshopSharePercent", "The workshop's share can be at most 90%");
			hourly = null;
			daily = null;
			if (type == ProgramType.MEMBERSHIP) {
				check.require(monthly != null || check.has("monthlyFee"), "monthlyFee", "A membership program needs a monthly fee");
				check.require(monthly == null || monthly > 0, "monthlyFee", "The monthly fee must be more than $0");
			}
			else {
				monthly = null;
			}
		}
		String certifications = tags(check, "requiredCertifications", form.requiredCertifications());
		String services = tags(check, "services", form.services());
		check.throwIfInvalid();
		return new ProgramRows.Values(type, title, description, terms, capacity, hourly, daily, shareBp, monthly, minYears,
				Boolean.TRUE.equals(form.requiresInsurance()), certifications, services);
	}

	private static String tags(InputCheck check, String field, String raw) {
		String joined = raw == null ? "" : Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct()
			.collect(Collectors.joining(", "));
		check.require(joined.length() <= 400, field, "Keep this list under 400 characters");
		return joined;
	}

	private static String searchText(ProgramRows.Values v, Workshop workshop) {
		return String.join(" ", v.title(), v.description(), workshop.name(), workshop.city(), v.services(), v.type().label())
			.toLowerCase(Locale.ROOT);
	}

	private static long cents(String dollars) {
		Money money = Money.ofDollars(dollars);
		if (money.isNegative()) {
			throw new IllegalArgumentException("Amounts cannot be negative");
		}
		if (money.cents() > 10_000_000_00L) {
			throw new IllegalArgumentException("That amount is too large");
		}
		return money.cents();
	}

	private static int basisPoints(String percent) {
		Percentage p = Percentage.of(percent);
		BigDecimal bp = p.value().movePointRight(2);
		if (bp.scale() > 0 && bp.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException("Use at most two decimals for the share");
		}
		return bp.intValue();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	Instant now() {
		return clock.instant();
	}
}
