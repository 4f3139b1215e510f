package ca.mechanicplatform.workshops;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.NewAccount;
import ca.mechanicplatform.accounts.Role;
import ca.mechanicplatform.documents.DocumentKind;
import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.documents.StoredDocument;
import ca.mechanicplatform.documents.Upload;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.internal.WorkshopOpeningHourRows;
import ca.mechanicplatform.workshops.internal.WorkshopPhotoRows;
import ca.mechanicplatform.workshops.internal.WorkshopRows;
import ca.mechanicplatform.workshops.internal.WorkshopServiceRows;

/**
 * Signs workshops up and reads and changes their profiles: address, time zone, services, weekly opening hours and
 * the off-shift policy for employees. Changes are made by the workshop's admin only: every method that changes a
 * workshop takes the admin's user id and finds the workshop from it. Bays are in {@link WorkshopBays}, employees in
 * {@link WorkshopEmployees}.
 */
@Service
public class Workshops {

	/** How many photos a workshop may show. */
	public static final int MAX_PHOTOS = 12;

	private final Accounts accounts;
	private final WorkshopRows workshops;
	private final WorkshopServiceRows services;
	private final WorkshopOpeningHourRows hours;
	private final WorkshopPhotoRows photos;
	private final Documents documents;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Workshops(Accounts accounts, WorkshopRows workshops, WorkshopServiceRows services, WorkshopOpeningHourRows hours,
			WorkshopPhotoRows photos, Documents documents, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.workshops = workshops;
		this.services = services;
		this.hours = hours;
		this.photos = photos;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the admin's account and the workshop together. The postal code must belong to the chosen province; the
	 * time zone defaults to the province's usual one.
	 */
	@Transactional
	public Workshop register(WorkshopSignUp form) {
		NewAccount account = new NewAccount(form.name(), form.email(), form.password(), Role.WORKSHOP_ADMIN);
		InputCheck check = new InputCheck();
		accounts.check(account, check);
		String name = check.text("workshopName", form.workshopName(), 160, "Enter the workshop's legal name");
		String street = check.text("streetAddress", form.streetAddress(), 200, "Enter the street address");
		String city = check.text("city", form.city(), 100, "Enter the city");
		Province province = Province.fromCode(form.province()).orElse(null);
		check.require(province != null, "province", "Choose a Canadian province or territory");
		PostalCode postalCode = check.parse("postalCode", form.postalCode(), PostalCode::parse);
		if (province != null && postalCode != null) {
			check.require(province.covers(postalCode), "postalCode", "Postal code " + postalCode + " is in "
					+ Province.ofPostalCode(postalCode).displayName() + ", not " + province.displayName());
		}
		String zoneId = form.timeZone() == null || form.timeZone().isBlank() ? null : form.timeZone().trim();
		check.require(zoneId == null || CanadianTimeZones.contains(zoneId), "timeZone",
				"\"" + zoneId + "\" is not a Canadian IANA time zone, like America/Toronto");
		String phone = check.optionalText("phone", form.phone(), 30);
		check.throwIfInvalid();

		ZoneId zone = zoneId == null ? province.defaultZone() : CanadianTimeZones.of(zoneId);
		UserId admin = accounts.register(account);
		WorkshopId id = workshops.insert(admin, name, street, city, province, postalCode, zone, phone, clock.instant());
		events.publishEvent(new WorkshopRegistered(id, admin));
		return get(id);
	}

	public Workshop get(WorkshopId id) {
		return workshops.find(id).orElseThrow(() -> NotFoundException.of("Workshop", id));
	}

	public Optional<Workshop> ofAdmin(UserId admin) {
		return workshops.findByAdmin(admin);
	}

	/** The workshop the signed-in admin runs. */
	public Workshop mine(UserId admin) {
		return ofAdmin(admin).orElseThrow(() -> new NotFoundException("This account runs no workshop"));
	}

	public List<Workshop> all() {
		return workshops.all();
	}

	/**
	 * The admin edits the workshop's legal name, address, postal code (in the chosen province), time zone (one of
	 * {@link CanadianTimeZones}; blank keeps the province's usual zone), phone and services.
	 *
	 * @throws InvalidInputException naming every field at fault; nothing is changed
	 */
	@Transactional
	public Workshop updateProfile(UserId admin, WorkshopProfileForm form) {
		Workshop workshop = mine(admin);
		InputCheck check = new InputCheck();
		String name = check.text("workshopName", form.workshopName(), 160, "Enter the workshop's legal name");
		String street = check.text("streetAddress", form.streetAddress(), 200, "Enter the street address");
		String city = check.text("city", form.city(), 100, "Enter the city");
		Province province = Province.fromCode(form.province()).orElse(null);
		check.require(province != null, "province", "Choose a Canadian province or territory");
		PostalCode postalCode = check.parse("postalCode", form.postalCode(), PostalCode::parse);
		if (province != null && postalCode != null) {
			check.require(province.covers(postalCode), "postalCode", "Postal code " + postalCode + " is in "
					+ Province.ofPostalCode(postalCode).displayName() + ", not " + province.displayName());
		}
		String zoneId = form.timeZone() == null || form.timeZone().isBlank() ? null : form.timeZone().trim();
		check.require(zoneId == null || CanadianTimeZones.contains(zoneId), "timeZone",
				"\"" + zoneId + "\" is not a Canadian IANA time zone, like America/Toronto");
		String phone = check.optionalText("phone", form.phone(), 30);
		List<WorkshopService> offered = new ArrayList<>();
		for (String raw : new LinkedHashSet<>(form.services())) {
			try {
				offered.add(WorkshopService.valueOf(raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException unknown) {
				check.require(false, "services", "\"" + raw + "\" is not one of the listed services");
			}
		}
		check.throwIfInvalid();

		ZoneId zone = zoneId == null ? province.defaultZone() : CanadianTimeZones.of(zoneId);
		workshops.updateProfile(workshop.id(), name, street, city, province, postalCode, zone, phone);
		services.replace(workshop.id(), offered);
		events.publishEvent(new WorkshopProfileChanged(workshop.id()));
		return get(workshop.id());
	}

	/** The services the workshop offers, in the catalogue's order. */
	public List<WorkshopService> services(WorkshopId id) {
		return services.of(id);
	}

	/** The workshop's weekly opening hours in its time zone. */
	public WeeklyHours openingHours(WorkshopId id) {
		return new WeeklyHours(get(id).timeZone(), hours.of(id));
	}

	/**
	 * The admin replaces the weekly opening hours: one entry per open weekday, local {@code HH:mm} times in the
	 * workshop's time zone, closing after opening on the same day. Days not listed are closed.
	 *
	 * @throws InvalidInputException on {@code hours.MONDAY} … for each day at fault; nothing is changed
	 */
	@Transactional
	public WeeklyHours setOpeningHours(UserId admin, List<DayHours> days) {
		Workshop workshop = mine(admin);
		InputCheck check = new InputCheck();
		Map<DayOfWeek, OpeningHours> open = new EnumMap<>(DayOfWeek.class);
		for (DayHours entry : days == null ? List.<DayHours>of() : days) {
			DayOfWeek day = dayOf(entry.day());
			if (day == null) {
				check.require(false, "hours", "\"" + entry.day() + "\" is not a weekday; use MONDAY to SUNDAY");
				continue;
			}
			String field = "hours." + day.name();
			check.require(!open.containsKey(day), field, "Give " + label(day) + " only once");
			LocalTime opens = time(check, field, entry.opens(), "opening");
			LocalTime closes = time(check, field, entry.closes(), "closing");
			if (opens != null && closes != null) {
				check.require(closes.isAfter(opens), field,
						"On " + label(day) + " the closing time must be after the opening time (hours past midnight are not supported)");
				open.putIfAbsent(day, new OpeningHours(day, opens, closes));
			}
		}
		check.throwIfInvalid();
		hours.replace(workshop.id(), List.copyOf(open.values()));
		return openingHours(workshop.id());
	}

	/**
	 * The admin sets whether employees may serve local customers off shift under a revenue-share agreement, and the
	 * workshop's share of those sessions. Agreements already signed keep the percentage signed; requests not yet
	 * signed by both are withdrawn when the percentage changes or local freelancing is turned off.
	 *
	 * @throws InvalidInputException on {@code employeeRevenueSharePct} unless it is a whole number from 20 to 40
	 */
	@Transactional
	public Workshop updateOffShiftPolicy(UserId admin, OffShiftPolicyForm form) {
		Workshop workshop = mine(admin);
		InputCheck check = new InputCheck();
		Integer share = check.parse("employeeRevenueSharePct", form.employeeRevenueSharePct(), Workshops::revenueShare);
		check.throwIfInvalid();
		workshops.updateOffShiftPolicy(workshop.id(), form.allowEmployeeLocalFreelance(), share);
		events.publishEvent(new OffShiftPolicyChanged(workshop.id(), admin, workshop.allowEmployeeLocalFreelance(),
				workshop.employeeRevenueSharePct(), form.allowEmployeeLocalFreelance(), share));
		return get(workshop.id());
	}

	/** The workshop's photos, oldest first. */
	public List<WorkshopPhoto> photos(WorkshopId id) {
		return photos.of(id);
	}

	/**
	 * The admin adds a photo of the workshop: a JPEG or PNG (typed from its content) of at most 10 MB, up to
	 * {@value #MAX_PHOTOS} photos.
	 *
	 * @throws InvalidInputException on {@code photo} if the file is refused
	 * @throws BusinessRuleException (409) when the workshop has {@value #MAX_PHOTOS} photos already
	 */
	@Transactional
	public WorkshopPhoto addPhoto(UserId admin, Upload photo) {
		Workshop workshop = mine(admin);
		if (photos.count(workshop.id()) >= MAX_PHOTOS) {
			throw new BusinessRuleException("A workshop shows at most " + MAX_PHOTOS + " photos; remove one first");
		}
		StoredDocument stored = documents.store(admin, DocumentKind.WORKSHOP_PHOTO, photo, "photo");
		photos.insert(workshop.id(), stored.id(), clock.instant());
		List<WorkshopPhoto> all = photos.of(workshop.id());
		return all.get(all.size() - 1);
	}

	/**
	 * The admin removes one of the workshop's photos, and its file with it.
	 *
	 * @throws NotFoundException if it is not this admin's workshop's photo
	 */
	@Transactional
	public void removePhoto(UserId admin, long photoId) {
		Workshop workshop = mine(admin);
		WorkshopPhoto photo = photos.find(workshop.id(), photoId).orElseThrow(() -> NotFoundException.of("Photo", photoId));
		photos.delete(photoId);
		documents.delete(photo.documentId(), admin);
	}

	private static Integer revenueShare(String raw) {
		String value = raw == null ? "" : raw.trim().replace("%", "").trim();
		if (!value.matches("\\d{1,3}") || Integer.parseInt(value) < 20 || Integer.parseInt(value) > 40) {
			throw new IllegalArgumentException("The workshop's share must be a whole percentage from 20 to 40");
		}
		return Integer.parseInt(value);
	}

	private static DayOfWeek dayOf(String raw) {
		try {
			return raw == null ? null : DayOfWeek.valueOf(raw.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static LocalTime time(InputCheck check, String field, String raw, String which) {
		try {
			return LocalTime.parse(raw == null ? "" : raw.trim());
		}
		catch (DateTimeParseException e) {
			check.require(false, field, "Enter the " + which + " time as HH:MM, like 08:00");
			return null;
		}
	}

	/** "Monday" for {@code MONDAY}. */
	public static String label(DayOfWeek day) {
		return day.getDisplayName(java.time.format.TextStyle.FULL, Locale.CANADA);
	}
}
