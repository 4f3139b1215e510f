package ca.mechanicplatform.development;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.development.internal.CertificationReminderRows;
import ca.mechanicplatform.development.internal.TrainingEntryRows;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Certification;
import ca.mechanicplatform.mechanics.Mechanics;

/**
 * A mechanic's professional development: their training log (recorded, changed and deleted only by them; another
 * mechanic's entry is "not found", like one that does not exist), hours per year, and their certifications with expiry
 * status and reminders. Bad input is refused with every field at fault and changes nothing. Days are counted in the
 * platform's time zone ({@code platform.accounting.time-zone}).
 */
@Service
public class ProfessionalDevelopment {

	static final BigDecimal MAX_HOURS = new BigDecimal("1000");
	static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

	private final TrainingEntryRows trainings;
	private final CertificationReminderRows reminders;
	private final Mechanics mechanics;
	private final Clock clock;
	private final ZoneId zone;

	ProfessionalDevelopment(TrainingEntryRows trainings, CertificationReminderRows reminders, Mechanics mechanics, Clock clock,
			@Value("${platform.accounting.time-zone:America/Toronto}") String zone) {
		this.trainings = trainings;
		this.reminders = reminders;
		this.mechanics = mechanics;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/** Certifications with expiry status and reminders, hours per year and the training log. */
	@Transactional(readOnly = true)
	public DevelopmentOverview overview(UserId mechanicUser) {
		MechanicId mechanic = mechanicOf(mechanicUser);
		return new DevelopmentOverview(today(), certifications(mechanic), trainings.hoursPerYear(mechanic), trainings.of(mechanic));
	}

	/** The mechanic's certifications, most recently submitted first, with where each stands against its expiry date. */
	@Transactional(readOnly = true)
	public List<CertificationExpiry> certifications(UserId mechanicUser) {
		return certifications(mechanicOf(mechanicUser));
	}

	private List<CertificationExpiry> certifications(MechanicId mechanic) {
		LocalDate today = today();
		List<Certification> all = mechanics.certifications(mechanic);
		Map<String, Map<Integer, java.time.Instant>> sent = new HashMap<>();
		for (var reminder : reminders.of(mechanic)) {
			sent.computeIfAbsent(reminder.certificationId().value() + "/" + reminder.expiresOn(), key -> new HashMap<>())
				.put(reminder.thresholdDays(), reminder.sentAt());
		}
		return all.stream().map(c -> new CertificationExpiry(c, CertificationReminderPolicy.daysLeft(c.expiresOn(), today),
				CertificationReminderPolicy.status(c.expiresOn(), today),
				CertificationReminderPolicy.plan(c, CertificationReminderPolicy.isReminded(c, all), today,
						sent.getOrDefault(c.id().value() + "/" + c.expiresOn(), Map.of()))))
			.toList();
	}

	// --- the training log ----------------------------------------------------------------------------------------

	/** The mechanic's trainings, most recently completed first. */
	public List<TrainingEntry> trainings(UserId mechanicUser) {
		return trainings.of(mechanicOf(mechanicUser));
	}

	/** Hours and trainings per calendar year of completion, newest year first. */
	public List<YearlyHours> hoursPerYear(UserId mechanicUser) {
		return trainings.hoursPerYear(mechanicOf(mechanicUser));
	}

	public TrainingEntry training(UserId mechanicUser, long id) {
		return find(mechanicOf(mechanicUser), id);
	}

	/** Records a completed training. */
	@Transactional
	public TrainingEntry record(UserId mechanicUser, TrainingForm form) {
		MechanicId mechanic = mechanicOf(mechanicUser);
		long id = trainings.insert(mechanic, fields(form), clock.instant());
		return find(mechanic, id);
	}

	/** Changes one of the mechanic's trainings. */
	@Transactional
	public TrainingEntry update(UserId mechanicUser, long id, TrainingForm form) {
		MechanicId mechanic = mechanicOf(mechanicUser);
		find(mechanic, id);
		trainings.update(mechanic, id, fields(form), clock.instant());
		return find(mechanic, id);
	}

	/** Deletes one of the mechanic's trainings. */
	@Transactional
	public void delete(UserId mechanicUser, long id) {
		if (!trainings.delete(mechanicOf(mechanicUser), id)) {
			throw NotFoundException.of("Training", id);
		}
	}

	private TrainingEntry find(MechanicId mechanic, long id) {
		return trainings.find(mechanic, id).orElseThrow(() -> NotFoundException.of("Training", id));
	}

	private MechanicId mechanicOf(UserId user) {
		return mechanics.mine(user).id();
	}

	private TrainingEntryRows.Fields fields(TrainingForm form) {
		TrainingForm f = form == null ? TrainingForm.empty() : form;
		InputCheck check = new InputCheck();
		String title = check.text("title", f.title(), 160, "Enter the training's title");
		String provider = check.text("provider", f.provider(), 120, "Enter who gave the training");
		LocalDate completedOn = completedOn(check, f.completedOn());
		BigDecimal hours = hours(check, f.hours());
		TrainingCategory category = category(check, f.category());
		String note = check.optionalText("note", f.note(), 2000);
		String documentUrl = documentUrl(check, f.documentUrl());
		check.throwIfInvalid();
		return new TrainingEntryRows.Fields(title, provider, completedOn, hours, category, note, documentUrl);
	}

	private LocalDate completedOn(InputCheck check, String raw) {
		if (raw == null || raw.isBlank()) {
			check.require(false, "completedOn", "Enter the day you completed the training");
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(raw.trim());
			check.require(!day.isAfter(today()), "completedOn", "Enter a day that has passed: log a training once you have completed it");
			check.require(!day.isBefore(EARLIEST), "completedOn", "Enter a day from 1950 on");
			return day;
		}
		catch (DateTimeParseException e) {
			check.require(false, "completedOn", "Enter a date as YYYY-MM-DD");
			return null;
		}
	}

	/** Hours as a decimal with at most two places, more than 0 and at most 1000; a decimal comma is accepted. */
	static BigDecimal hours(InputCheck check, String raw) {
		if (raw == null || raw.isBlank()) {
			check.require(false, "hours", "Enter the hours, like 7.5");
			return null;
		}
		String text = raw.trim().replace(',', '.');
		BigDecimal hours;
		try {
			if (text.length() > 12 || !text.matches("[+-]?[0-9]*\\.?[0-9]*")) {
				throw new NumberFormatException(text);
			}
			hours = new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			check.require(false, "hours", "Enter the hours as a number, like 7.5");
			return null;
		}
		check.require(hours.signum() > 0, "hours", "Enter more than 0 hours");
		check.require(hours.compareTo(MAX_HOURS) <= 0, "hours", "Enter at most 1000 hours");
		check.require(hours.stripTrailingZeros().scale() <= 2, "hours", "Use at most two decimals, like 7.25");
		return check.has("hours") ? null : hours.setScale(2);
	}

	private static TrainingCategory category(InputCheck check, String raw) {
		String name = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
		for (TrainingCategory category : TrainingCategory.values()) {
			if (category.name().equals(name)) {
				return category;
			}
		}
		check.require(false, "category", "Choose a category");
		return null;
	}

	private static String documentUrl(InputCheck check, String raw) {
		String url = check.optionalText("documentUrl", raw, 500);
		if (url == null || check.has("documentUrl")) {
			return null;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			check.require((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null, "documentUrl",
					"Enter a web address starting with https://");
		}
		catch (URISyntaxException e) {
			check.require(false, "documentUrl", "Enter a web address starting with https://");
		}
		return url;
	}
}
