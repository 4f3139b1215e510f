package ca.mechanicplatform.crm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.consultations.Vin;
import ca.mechanicplatform.crm.internal.ClientRows;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.revenue.AccountingCalendar;

/**
 * A mechanic's CRM. Every method takes the signed-in mechanic's user and answers "not found" for a client of another
 * mechanic, exactly as for one that does not exist. Bad input is refused with every field at fault and changes nothing.
 * Clients' names and contact details are personal data: creating, changing and deleting them is audited
 * ({@code client:<id>}).
 */
@Service
public class Clients {

	static final int MAX_PAGE_SIZE = 100;
	static final int DEFAULT_PAGE_SIZE = 20;
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	private static final Pattern PHONE = Pattern.compile("^[+0-9 ().-]{7,25}$");
	private static final Pattern TAG = Pattern.compile("^[\\p{L}0-9][\\p{L}0-9 _-]{0,39}$");

	private final ClientRows rows;
	private final Mechanics mechanics;
	private final AuditLog audit;
	private final AccountingCalendar calendar;
	private final Clock clock;

	Clients(ClientRows rows, Mechanics mechanics, AuditLog audit, AccountingCalendar calendar, Clock clock) {
		this.rows = rows;
		this.mechanics = mechanics;
		this.audit = audit;
		this.calendar = calendar;
		this.clock = clock;
	}

	// --- clients -------------------------------------------------------------------------------------------------

	/** The mechanic's clients matching the search, a page at a time. */
	@Transactional(readOnly = true)
	public ClientPage search(UserId mechanicUser, ClientSearch search) {
		long mechanic = mechanicOf(mechanicUser);
		ClientSearch s = search == null ? ClientSearch.all() : search;
		InputCheck check = new InputCheck();
		LocalDate after = date(check, "lastVisitAfter", s.lastVisitAfter());
		LocalDate before = date(check, "lastVisitBefore", s.lastVisitBefore());
		check.require(s.minLifetimeValueCents() == null || s.minLifetimeValueCents() >= 0, "minLifetimeValueCents",
				"Enter an amount of zero or more");
		String sort = s.sort() == null || s.sort().isBlank() ? "recent" : s.sort().trim();
		check.require(List.of("recent", "name", "value").contains(sort), "sort", "Sort by recent, name or value");
		int page = s.page() == null ? 0 : s.page();
		int size = s.size() == null ? DEFAULT_PAGE_SIZE : s.size();
		check.require(page >= 0 && page <= 100_000, "page", "Pages start at 0");
		check.require(size >= 1 && size <= MAX_PAGE_SIZE, "size", "Ask for 1 to " + MAX_PAGE_SIZE + " clients a page");
		String q = check.optionalText("q", s.q(), 120);
		String vehicle = check.optionalText("vehicle", s.vehicle(), 80);
		String tag = check.optionalText("tag", s.tag(), 40);
		check.throwIfInvalid();
		var found = rows.search(new ClientRows.Criteria(mechanic, like(q), like(vehicle), tag == null ? null : tag.toLowerCase(Locale.ROOT),
				after == null ? null : calendar.startOf(after), before == null ? null : calendar.startOf(before),
				s.minLifetimeValueCents(), sort, page * size, size));
		return new ClientPage(found.clients(), page, size, found.total());
	}

	/** A client with vehicles, notes, follow-ups and service history. */
	@Transactional(readOnly = true)
	public ClientDetails details(UserId mechanicUser, ClientId id) {
		Client client = get(mechanicUser, id);
		long c = id.value();
		return new ClientDetails(client, rows.vehicles(c), rows.notes(c), rows.followUps(c), rows.history(c));
	}

	public Client get(UserId mechanicUser, ClientId id) {
		return find(mechanicOf(mechanicUser), id);
	}

	/** Adds a client by hand. */
	@Transactional
	public Client create(UserId mechanicUser, ClientForm form) {
		long mechanic = mechanicOf(mechanicUser);
		Contact contact = contact(form);
		long id = rows.insert(mechanic, null, contact.name(), contact.email(), contact.phone(), ClientSource.MANUAL, clock.instant());
		audit.record(mechanicUser, "client.created", subject(id), null, contact.toString());
		return find(mechanic, new ClientId(id));
	}

	/** Changes a client's name and contact details. */
	@Transactional
	public Client update(UserId mechanicUser, ClientId id, ClientForm form) {
		long mechanic = mechanicOf(mechanicUser);
		Client before = find(mechanic, id);
		Contact contact = contact(form);
		rows.update(mechanic, id.value(), contact.name(), contact.email(), contact.phone(), clock.instant());
		audit.record(mechanicUser, "client.updated", subject(id.value()), new Contact(before.name(), before.email(), before.phone()).toString(),
				contact.toString());
		return find(mechanic, id);
	}

	/**
	 * Deletes the client with their notes, vehicles, tags, follow-ups and the CRM's copy of their history (the ledger keeps
	 * every sale). A platform customer who comes back is added again by their next completed consultation or job.
	 */
	@Transactional
	public void delete(UserId mechanicUser, ClientId id) {
		long mechanic = mechanicOf(mechanicUser);
		Client before = find(mechanic, id);
		rows.delete(mechanic, id.value());
		audit.record(mechanicUser, "client.deleted", subject(id.value()), new Contact(before.name(), before.email(), before.phone()).toString(),
				null);
	}

	/** Every tag the mechanic has given a client. */
	public List<String> tags(UserId mechanicUser) {
		return rows.tagsOfMechanic(mechanicOf(mechanicUser));
	}

	/** The mechanic's open follow-ups due today or earlier (in the accounting time zone), oldest due first. */
	public List<FollowUp> dueFollowUps(UserId mechanicUser) {
		return rows.dueBy(mechanicOf(mechanicUser), today(), 100);
	}

	public LocalDate today() {
		return calendar.today();
	}

	// --- tags ----------------------------------------------------------------------------------------------------

	@Transactional
	public Client addTag(UserId mechanicUser, ClientId id, String tag) {
		long mechanic = mechanicOf(mechanicUser);
		find(mechanic, id);
		InputCheck check = new InputCheck();
		String t = check.text("tag", tag, 40, "Enter a tag").toLowerCase(Locale.ROOT);
		check.require(t.isEmpty() || TAG.matcher(t).matches(), "tag", "Use letters, digits, spaces, - and _ only");
		check.throwIfInvalid();
		rows.addTag(id.value(), t);
		return find(mechanic, id);
	}

	@Transactional
	public Client removeTag(UserId mechanicUser, ClientId id, String tag) {
		long mechanic = mechanicOf(mechanicUser);
		find(mechanic, id);
		if (tag == null || !rows.removeTag(id.value(), tag.trim().toLowerCase(Locale.ROOT))) {
			throw NotFoundException.of("Tag", tag);
		}
		return find(mechanic, id);
	}

	// --- vehicles ------------------------------------------------------------------------------------------------

	@Transactional
	public ClientVehicle addVehicle(UserId mechanicUser, ClientId id, VehicleForm form) {
		long mechanic = mechanicOf(mechanicUser);
		find(mechanic, id);
		VehicleFields v = vehicle(form);
		long vehicleId = rows.addVehicle(mechanic, id.value(), v.year(), v.make(), v.model(), v.vin(), clock.instant());
		return vehicle(id, vehicleId);
	}

	@Transactional
	public ClientVehicle updateVehicle(UserId mechanicUser, ClientId id, long vehicleId, VehicleForm form) {
		find(mechanicOf(mechanicUser), id);
		vehicle(id, vehicleId);
		VehicleFields v = vehicle(form);
		rows.updateVehicle(id.value(), vehicleId, v.year(), v.make(), v.model(), v.vin());
		return vehicle(id, vehicleId);
	}

	@Transactional
	public void deleteVehicle(UserId mechanicUser, ClientId id, long vehicleId) {
		find(mechanicOf(mechanicUser), id);
		if (!rows.deleteVehicle(id.value(), vehicleId)) {
			throw NotFoundException.of("Vehicle", vehicleId);
		}
	}

	public List<ClientVehicle> vehicles(UserId mechanicUser, ClientId id) {
		find(mechanicOf(mechanicUser), id);
		return rows.vehicles(id.value());
	}

	private ClientVehicle vehicle(ClientId client, long vehicleId) {
		return rows.vehicles(client.value()).stream().filter(v -> v.id() == vehicleId).findFirst()
			.orElseThrow(() -> NotFoundException.of("Vehicle", vehicleId));
	}

	// --- notes ---------------------------------------------------------------------------------------------------

	@Transactional
	public ClientNote addNote(UserId mechanicUser, ClientId id, String body) {
		find(mechanicOf(mechanicUser), id);
		String text = noteText(body);
		long noteId = rows.addNote(id.value(), text, clock.instant());
		return note(id, noteId);
	}

	@Transactional
	public ClientNote editNote(UserId mechanicUser, ClientId id, long noteId, String body) {
		find(mechanicOf(mechanicUser), id);
		note(id, noteId);
		String text = noteText(body);
		rows.editNote(id.value(), noteId, text, clock.instant());
		return note(id, noteId);
	}

	@Transactional
	public void deleteNote(UserId mechanicUser, ClientId id, long noteId) {
		find(mechanicOf(mechanicUser), id);
		if (!rows.deleteNote(id.value(), noteId)) {
			throw NotFoundException.of("Note", noteId);
		}
	}

	public List<ClientNote> notes(UserId mechanicUser, ClientId id) {
		find(mechanicOf(mechanicUser), id);
		return rows.notes(id.value());
	}

	private ClientNote note(ClientId client, long noteId) {
		return rows.notes(client.value()).stream().filter(n -> n.id() == noteId).findFirst()
			.orElseThrow(() -> NotFoundException.of("Note", noteId));
	}

	private static String noteText(String body) {
		InputCheck check = new InputCheck();
		String text = check.text("body", body, 4000, "Write the note");
		check.throwIfInvalid();
		return text;
	}

	// --- follow-ups ----------------------------------------------------------------------------------------------

	@Transactional
	public FollowUp addFollowUp(UserId mechanicUser, ClientId id, FollowUpForm form) {
		long mechanic = mechanicOf(mechanicUser);
		find(mechanic, id);
		FollowUpFields f = followUp(form);
		long followUpId = rows.addFollowUp(id.value(), mechanic, f.dueOn(), f.text(), clock.instant());
		return followUp(id, followUpId);
	}

	@Transactional
	public FollowUp updateFollowUp(UserId mechanicUser, ClientId id, long followUpId, FollowUpForm form) {
		find(mechanicOf(mechanicUser), id);
		followUp(id, followUpId);
		FollowUpFields f = followUp(form);
		rows.updateFollowUp(id.value(), followUpId, f.dueOn(), f.text());
		return followUp(id, followUpId);
	}

	/** Marks a follow-up done ({@code done}) or open again. */
	@Transactional
	public FollowUp markDone(UserId mechanicUser, ClientId id, long followUpId, boolean done) {
		find(mechanicOf(mechanicUser), id);
		FollowUp current = followUp(id, followUpId);
		if (current.isDone() != done) {
			rows.markDone(id.value(), followUpId, done ? clock.instant() : null);
		}
		return followUp(id, followUpId);
	}

	@Transactional
	public void deleteFollowUp(UserId mechanicUser, ClientId id, long followUpId) {
		find(mechanicOf(mechanicUser), id);
		if (!rows.deleteFollowUp(id.value(), followUpId)) {
			throw NotFoundException.of("Follow-up", followUpId);
		}
	}

	public List<FollowUp> followUps(UserId mechanicUser, ClientId id) {
		find(mechanicOf(mechanicUser), id);
		return rows.followUps(id.value());
	}

	public List<Visit> history(UserId mechanicUser, ClientId id) {
		find(mechanicOf(mechanicUser), id);
		return rows.history(id.value());
	}

	private FollowUp followUp(ClientId client, long followUpId) {
		return rows.followUp(client.value(), followUpId).orElseThrow(() -> NotFoundException.of("Follow-up", followUpId));
	}

	private record FollowUpFields(LocalDate dueOn, String text) {
	}

	private static FollowUpFields followUp(FollowUpForm form) {
		InputCheck check = new InputCheck();
		FollowUpForm f = form == null ? new FollowUpForm(null, null) : form;
		LocalDate due = null;
		if (f.dueOn() == null || f.dueOn().isBlank()) {
			check.require(false, "dueOn", "Choose the day it is due");
		}
		else {
			due = date(check, "dueOn", f.dueOn());
			check.require(due == null || (due.getYear() >= 2000 && due.getYear() <= 2100), "dueOn", "Choose a day between 2000 and 2100");
		}
		String text = check.text("text", f.text(), 500, "Say what to follow up on");
		check.throwIfInvalid();
		return new FollowUpFields(due, text);
	}

	// --- completions (the listener) ------------------------------------------------------------------------------

	/** A completed consultation or job as the CRM records it. */
	record Completion(MechanicId mechanic, CustomerId customer, String name, String email, String phone, ClientSource kind,
			String sourceRef, Long saleId, String saleKey, Instant occurredAt, String description, String vehicleText,
			Integer vehicleYear, String vehicleMake, String vehicleModel, String vin, long grossCents, long mechanicCents) {
	}

	/**
	 * Adds a completed consultation or job to its client's history, creating the client on their first visit. Idempotent
	 * by the completion ({@code sourceRef}): the same completion twice adds one visit and counts its amount once.
	 *
	 * @return whether this call recorded it
	 */
	@Transactional
	boolean record(Completion c) {
		long mechanic = c.mechanic().value();
		if (rows.hasVisit(mechanic, c.sourceRef())) {
			return false;
		}
		long clientId = clientFor(c);
		boolean added = rows.addVisit(new ClientRows.NewVisit(clientId, mechanic, c.kind(), c.sourceRef(), c.saleId(), c.saleKey(),
				c.occurredAt(), clip(c.description(), 400), clip(c.vehicleText(), 200), c.grossCents(), c.mechanicCents()));
		if (added && c.vehicleModel() != null && !c.vehicleModel().isBlank()) {
			boolean known = rows.vehicles(clientId).stream().anyMatch(v -> sameVehicle(v, c));
			if (!known) {
				rows.addVehicle(mechanic, clientId, c.vehicleYear(), clip(c.vehicleMake(), 60), clip(c.vehicleModel(), 80), c.vin(), c.occurredAt());
			}
		}
		return added;
	}

	/** The client a completion belongs to: the platform customer's, a hand-made one with their e-mail or name, or a new one. */
	private long clientFor(Completion c) {
		long mechanic = c.mechanic().value();
		String name = clip(c.name() == null || c.name().isBlank() ? "Unnamed client" : c.name().trim(), 120);
		String email = clip(c.email(), 254);
		String phone = clip(c.phone(), 40);
		if (c.customer() != null) {
			var existing = rows.byCustomer(mechanic, c.customer());
			if (existing.isPresent()) {
				return existing.get();
			}
			if (email != null) {
				var byEmail = rows.unlinkedByEmail(mechanic, email);
				if (byEmail.isPresent() && rows.link(byEmail.get(), c.customer())) {
					return byEmail.get();
				}
			}
			var inserted = rows.insertForCustomer(mechanic, c.customer(), name, email, phone, c.kind(), c.occurredAt());
			if (inserted.created()) {
				audit.record(null, "client.created", subject(inserted.id()), null, new Contact(name, email, phone) + " from " + c.sourceRef());
			}
			return inserted.id();
		}
		var existing = email != null ? rows.unlinkedByEmail(mechanic, email).or(() -> rows.unlinkedByName(mechanic, name))
				: rows.unlinkedByName(mechanic, name);
		if (existing.isPresent()) {
			return existing.get();
		}
		long id = rows.insert(mechanic, null, name, email, phone, c.kind(), c.occurredAt());
		audit.record(null, "client.created", subject(id), null, new Contact(name, email, phone) + " from " + c.sourceRef());
		return id;
	}

	private static boolean sameVehicle(ClientVehicle v, Completion c) {
		if (c.vin() != null && v.vin() != null) {
			return c.vin().equalsIgnoreCase(v.vin());
		}
		return java.util.Objects.equals(v.year(), c.vehicleYear()) && v.model().equalsIgnoreCase(c.vehicleModel().trim())
				&& (v.make() == null ? c.vehicleMake() == null : c.vehicleMake() != null && v.make().equalsIgnoreCase(c.vehicleMake().trim()));
	}

	/** A refunded sale's visits stop counting towards their clients' lifetime value. */
	@Transactional
	int refunded(long saleId) {
		return rows.refundSale(saleId, clock.instant());
	}

	// --- helpers -------------------------------------------------------------------------------------------------

	private long mechanicOf(UserId mechanicUser) {
		return mechanics.mine(mechanicUser).id().value();
	}

	private Client find(long mechanic, ClientId id) {
		if (id == null) {
			throw new NotFoundException("Client was not found");
		}
		return rows.find(mechanic, id.value()).orElseThrow(() -> NotFoundException.of("Client", id));
	}

	private static String subject(long clientId) {
		return "client:" + clientId;
	}

	private record Contact(String name, String email, String phone) {

		@Override
		public String toString() {
			return name + (email == null ? "" : ", " + email) + (phone == null ? "" : ", " + phone);
		}
	}

	private static Contact contact(ClientForm form) {
		ClientForm f = form == null ? new ClientForm(null, null, null) : form;
		InputCheck check = new InputCheck();
		String name = check.text("name", f.name(), 120, "Enter the client's name");
		String email = check.optionalText("email", f.email(), 254);
		check.require(email == null || EMAIL.matcher(email).matches(), "email", "Enter an e-mail address like name@example.com");
		String phone = check.optionalText("phone", f.phone(), 40);
		check.require(phone == null || PHONE.matcher(phone).matches(), "phone", "Enter a telephone number like 416-555-0199");
		check.throwIfInvalid();
		return new Contact(name, email == null ? null : email.toLowerCase(Locale.ROOT), phone);
	}

	private record VehicleFields(Integer year, String make, String model, String vin) {
	}

	private VehicleFields vehicle(VehicleForm form) {
		VehicleForm f = form == null ? new VehicleForm(null, null, null, null) : form;
		InputCheck check = new InputCheck();
		Integer year = null;
		if (f.year() != null && !f.year().isBlank()) {
			int latest = calendar.today().getYear() + 1;
			try {
				year = Integer.valueOf(f.year().trim());
				check.require(year >= 1900 && year <= latest, "year", "Enter a year from 1900 to " + latest);
			}
			catch (NumberFormatException e) {
				check.require(false, "year", "Enter the year as four digits, like 2016");
			}
		}
		String make = check.optionalText("make", f.make(), 60);
		String model = check.text("model", f.model(), 80, "Enter the model");
		Vin vin = check.parse("vin", f.vin(), Vin::parseOptional);
		check.throwIfInvalid();
		return new VehicleFields(year, make, model, vin == null ? null : vin.value());
	}

	private static LocalDate date(InputCheck check, String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.trim());
		}
		catch (DateTimeParseException e) {
			check.require(false, field, "Enter a date as YYYY-MM-DD");
			return null;
		}
	}

	/** A lower-case {@code LIKE} pattern for text anywhere, with the wildcards in it escaped; {@code null} for none. */
	static String like(String text) {
		if (text == null) {
			return null;
		}
		String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

	private static String clip(String text, int max) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		return t.length() <= max ? t : t.substring(0, max - 1) + "…";
	}
}
