package ca.mechanicplatform.bookings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.bookings.internal.AvailabilityRows;
import ca.mechanicplatform.bookings.internal.AvailabilityRows.Snapshot;
import ca.mechanicplatform.bookings.internal.BayGuard;
import ca.mechanicplatform.bookings.internal.BookingRows;
import ca.mechanicplatform.bookings.internal.BookingRows.BayRow;
import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.notifications.Notifications;
import ca.mechanicplatform.partnerships.Partnership;
import ca.mechanicplatform.partnerships.PartnershipPrograms;
import ca.mechanicplatform.partnerships.Partnerships;
import ca.mechanicplatform.workshops.Bay;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopBays;
import ca.mechanicplatform.workshops.Workshops;

/**
 * Bay bookings from request to completion. A mechanic books a bay of a workshop they have an ACTIVE partnership with,
 * under the workshop's {@link BookingRules}; the workshop confirms, declines with a reason, or moves a booking (to
 * another time or bay, whatever its own rules say), after which the mechanic may cancel without it counting as late.
 * Two PENDING or CONFIRMED bookings of one bay never overlap, buffer included ({@link BayGuard}). A mechanic sees and
 * changes only their own bookings and a workshop only those of its bays: anything else is "not found".
 */
@Service
public class BayBookings {

	/** The longest stretch a calendar or availability query covers. */
	public static final int MAX_RANGE_DAYS = 62;
	/** The longest booking a workshop may move a booking to, whatever its rules: 7 days, the longest rules allow. */
	static final Duration MAX_OVERRIDE_LENGTH = Duration.ofMinutes(BookingRules.MAX_LENGTH_MINUTES);
	static final long MAX_JOB_CENTS = 100_000_000L;

	private final BookingRows rows;
	private final AvailabilityRows availabilityRows;
	private final BayGuard guard;
	private final BookingSettings settings;
	private final JobCompletion completion;
	private final Workshops workshops;
	private final WorkshopBays bays;
	private final Mechanics mechanics;
	private final Partnerships partnerships;
	private final PartnershipPrograms programs;
	private final Accounts accounts;
	private final Notifications notifications;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	BayBookings(BookingRows rows, AvailabilityRows availabilityRows, BayGuard guard, BookingSettings settings,
			JobCompletion completion, Workshops workshops, WorkshopBays bays, Mechanics mechanics, Partnerships partnerships, PartnershipPrograms programs, Accounts accounts,
			Notifications notifications, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.programs = programs;
		this.rows = rows;
		this.availabilityRows = availabilityRows;
		this.guard = guard;
		this.settings = settings;
		this.completion = completion;
		this.workshops = workshops;
		this.bays = bays;
		this.mechanics = mechanics;
		this.partnerships = partnerships;
		this.accounts = accounts;
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	// --- mechanics -----------------------------------------------------------------------------------------------

	/**
	 * A mechanic books a bay: PENDING, or CONFIRMED at once when the workshop auto-confirms.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field at fault (times, rules broken, job);
	 *                                                         nothing is stored
	 * @throws NotFoundException         if there is no such bay
	 * @throws NotPartneredException     if the mechanic has no active partnership with the bay's workshop
	 * @throws BookingConflictException  if the bay is held at that time (buffer included) by another booking
	 */
	@Transactional
	public Booking book(UserId mechanicUser, BookingRequest request) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		InputCheck check = new InputCheck();
		check.require(request.bayId() != null && request.bayId() > 0, "bayId", "Choose a bay");
		check.throwIfInvalid();
		BayRow bay = rows.bay(new BayId(request.bayId())).orElseThrow(() -> NotFoundException.of("Bay", request.bayId()));
		Partnership partnership = partnershipOffering(mechanicUser, bay);
		Workshop workshop = workshops.get(bay.workshopId());
		ZoneId zone = workshop.timeZone();
		BookingRules rules = settings.rules(workshop.id());
		check.require(bay.active(), "bayId", bay.name() + " is out of service; choose another bay");
		Instant start = check.parse("start", request.start(), raw -> BookingCalendar.parse(raw, zone));
		Instant end = check.parse("end", request.end(), raw -> BookingCalendar.parse(raw, zone));
		String note = check.optionalText("note", request.note(), 1000);
		Job job = request.job() == null || request.job().isEmpty() ? null : job(check, request.job());
		Instant now = clock.instant();
		if (start != null && end != null) {
			check.require(end.isAfter(start), "end", "The booking must end after it starts");
			if (end.isAfter(start)) {
				Interval wanted = new Interval(start, end);
				LocalDate first = start.atZone(zone).toLocalDate().minusDays(1);
				LocalDate last = end.atZone(zone).toLocalDate().plusDays(1);
				BookingPolicy.check(check, wanted, rules, workshops.openingHours(workshop.id()),
						settings.blackoutDays(workshop.id(), first, last), now);
			}
		}
		check.throwIfInvalid();

		BookingStatus status = rules.autoConfirm() ? BookingStatus.CONFIRMED : BookingStatus.PENDING;
		Instant bufferedUntil = end.plus(rules.buffer());
		BookingId id = guard.hold(bay.id(), start, bufferedUntil, null,
				() -> rows.insert(new BookingRows.NewBooking(workshop.id(), bay.id(), mechanic.id(), partnership.id(), start, end,
						bufferedUntil, status, note, job, now)),
				other -> conflict(other, zone));
		Booking booking = get(id);
		audit.record(mechanicUser, "bay-booking.requested", subject(id), null, summary(booking));
		notifications.notify(workshop.adminUserId(), (status == BookingStatus.CONFIRMED ? "Bay booked: " : "Booking request: ")
				+ bay.name() + ", " + BookingCalendar.show(booking.start(), zone),
				mechanic.name() + " booked " + bay.name() + " for " + BookingCalendar.show(booking.interval(), zone)
						+ (status == BookingStatus.PENDING ? ". Confirm or decline it." : " (confirmed automatically)."),
				"/workshop/bay-bookings");
		if (status == BookingStatus.CONFIRMED) {
			publishConfirmed(booking);
		}
		return booking;
	}

	/**
	 * The mechanic's bookings across workshops that overlap the days {@code from} to {@code to} (inclusive), each day
	 * taken in the booking's workshop's zone.
	 */
	public List<Booking> ofMechanic(UserId mechanicUser, LocalDate from, LocalDate to) {
		requireRange(from, to);
		Mechanic mechanic = mechanics.mine(mechanicUser);
		Instant wideFrom = from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant wideTo = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
		return rows.ofMechanic(mechanic.id(), wideFrom, wideTo).stream().filter(b -> {
			Instant localFrom = from.atStartOfDay(b.zone()).toInstant();
			Instant localTo = to.plusDays(1).atStartOfDay(b.zone()).toInstant();
			return b.start().isBefore(localTo) && b.end().isAfter(localFrom);
		}).toList();
	}

	/** One of the mechanic's own bookings; anyone else's is not found. */
	public Booking forMechanic(UserId mechanicUser, BookingId id) {
		MechanicId mechanic = mechanics.mine(mechanicUser).id();
		return rows.find(id).filter(b -> b.mechanicId().equals(mechanic)).orElseThrow(() -> NotFoundException.of("Booking", id));
	}

	/**
	 * The mechanic cancels a pending or confirmed booking that has not ended. Cancelling within the workshop's
	 * cancellation notice period is allowed but recorded as late (the workshop sees it), unless the workshop moved
	 * the booking, which makes cancelling it free.
	 */
	@Transactional
	public Booking cancel(UserId mechanicUser, BookingId id) {
		Booking booking = forMechanic(mechanicUser, id);
		Instant now = clock.instant();
		booking.requireCancellable(now);
		boolean late = booking.isLateCancellation(now, settings.rules(booking.workshopId()).cancellationNotice());
		if (!rows.cancel(id, late, now)) {
			throw new BusinessRuleException("This booking changed meanwhile; reload it and try again");
		}
		Booking cancelled = get(id);
		audit.record(mechanicUser, "bay-booking.cancelled", subject(id), booking.status().name(), late ? "CANCELLED (late)" : "CANCELLED");
		notifications.notify(workshops.get(booking.workshopId()).adminUserId(), "Booking cancelled: " + booking.bayName() + ", "
				+ BookingCalendar.show(booking.start(), booking.zone()), booking.mechanicName() + " cancelled the booking of "
				+ booking.bayName() + " for " + BookingCalendar.show(booking.interval(), booking.zone())
				+ (late ? ", within your cancellation notice period." : "."), "/workshop/bay-bookings");
		return cancelled;
	}

	/**
	 * The mechanic attaches (or replaces) the job of a pending or confirmed booking.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every job field at fault
	 */
	@Transactional
	public Booking attachJob(UserId mechanicUser, BookingId id, JobForm form) {
		Booking booking = forMechanic(mechanicUser, id);
		if (!booking.status().holdsBay()) {
			throw new BusinessRuleException("A job can be attached to a pending or confirmed booking; this one is "
					+ booking.status().name().toLowerCase());
		}
		InputCheck check = new InputCheck();
		Job job = job(check, form);
		check.throwIfInvalid();
		rows.setJob(id, job);
		audit.record(mechanicUser, "bay-booking.job", subject(id), null, job.description() + " " + job.gross());
		return get(id);
	}

	/**
	 * The mechanic completes a confirmed booking that has started, optionally giving (or replacing) its job. The job's
	 * sale is recorded in revenue under the partnership's model; under bay rental the bay fee for the booked time is
	 * charged. Completing twice is refused; the revenue recordings are idempotent by the booking.
	 */
	@Transactional
	public Booking complete(UserId mechanicUser, BookingId id, JobForm form) {
		Booking booking = forMechanic(mechanicUser, id);
		Instant now = clock.instant();
		booking.requireCompletable(now);
		Job job = booking.job();
		if (form != null && !form.isEmpty()) {
			InputCheck check = new InputCheck();
			Job given = job(check, form);
			check.throwIfInvalid();
			job = keepingTheCustomer(booking.job(), given, form);
			rows.setJob(id, job);
		}
		Partnership partnership = partnerships.get(booking.partnershipId());
		JobCompletion.Outcome outcome = completion.record(booking, partnership, job, now);
		if (!rows.complete(id, outcome.saleKey(), outcome.bayFee(), now)) {
			throw new BusinessRuleException("This booking changed meanwhile; reload it and try again");
		}
		Booking completed = get(id);
		audit.record(mechanicUser, "bay-booking.completed", subject(id), booking.status().name(),
				"COMPLETED" + (job == null ? "" : " " + job.gross()) + (outcome.bayFee() == null ? "" : " bay fee " + outcome.bayFee()));
		notifications.notify(workshops.get(booking.workshopId()).adminUserId(), "Job completed in " + booking.bayName(),
				booking.mechanicName() + " completed the booking of " + booking.bayName() + " for "
						+ BookingCalendar.show(booking.interval(), booking.zone())
						+ (job == null ? "." : ": " + job.description() + ", " + job.gross() + "."), "/workshop/bay-bookings");
		events.publishEvent(new JobCompleted(id, booking.workshopId(), booking.mechanicId(), job == null ? null : job.customerId(),
				outcome.saleKey(), job == null ? 0 : job.gross().cents()));
		return completed;
	}

	/** The recorded split of a completed booking's job, if it had one: what both parties' pages show. */
	public java.util.Optional<ca.mechanicplatform.revenue.Split> split(Booking booking) {
		return booking.saleKey() == null ? java.util.Optional.empty() : completion.split(booking.saleKey());
	}

	/** The names of people the mechanic has done bay jobs for: the clients the job form offers. */
	public List<String> clients(UserId mechanicUser) {
		return rows.clientsOf(mechanics.mine(mechanicUser).id());
	}

	/** The workshops whose bays the mechanic may book: those of their active partnerships. */
	public List<Partnership> bookableWorkshops(UserId mechanicUser) {
		return partnerships.ofMechanic(mechanicUser).stream().filter(Partnership::isActive).toList();
	}

	/**
	 * Free time in a partner workshop's bays, as the mechanic's calendar draws it.
	 *
	 * @throws NotPartneredException if the mechanic has no active partnership with the workshop
	 */
	public Availability availabilityForMechanic(UserId mechanicUser, WorkshopId workshop, BayId bay, LocalDate from, LocalDate to) {
		if (!rangeCheck(from, to).passed()) {
			// an unknown workshop (404) or a missing partnership (403) is said before a bad range
			workshops.get(workshop);
			requirePartnered(mechanicUser, workshop);
			requireRange(from, to);
		}
		Snapshot snapshot = snapshot(workshop, mechanicUser, bay, from, to);
		if (!snapshot.partnered()) {
			requirePartnered(mechanicUser, workshop);
		}
		return availability(snapshot, bay, from, to, snapshot.offeredBays());
	}

	/** Throws unless the mechanic has an active partnership with the workshop (or has no mechanic profile: not found). */
	private void requirePartnered(UserId mechanicUser, WorkshopId workshop) {
		if (activePartnerships(mechanicUser, workshop).isEmpty()) {
			throw new NotPartneredException("You can see the free bays of workshops you have an active partnership with");
		}
	}

	private List<Partnership> activePartnerships(UserId mechanicUser, WorkshopId workshop) {
		return partnerships.ofMechanic(mechanicUser).stream().filter(Partnership::isActive)
			.filter(p -> p.workshopId().equals(workshop)).toList();
	}

	/**
	 * The mechanic's active partnership with the bay's workshop whose program offers the bay (a program offers the bays
	 * the workshop chose for it, or every active bay).
	 */
	private Partnership partnershipOffering(UserId mechanicUser, BayRow bay) {
		List<Partnership> active = activePartnerships(mechanicUser, bay.workshopId());
		if (active.isEmpty()) {
			throw new NotPartneredException("You can book the bays of workshops you have an active partnership with; "
					+ "apply to one of this workshop's programs first");
		}
		List<String> offered = new ArrayList<>();
		for (Partnership p : active) {
			var bays = programs.offeredBays(programs.visible(p.programId()));
			if (!bay.active() || bays.bays().stream().anyMatch(b -> b.id().equals(bay.id()))) {
				return p;
			}
			bays.bays().forEach(b -> offered.add(b.name()));
		}
		throw new NotPartneredException(bay.name() + " is not one of the bays your partnership offers"
				+ (offered.isEmpty() ? "" : " (" + String.join(", ", offered.stream().distinct().toList()) + ")"));
	}

	// --- workshops -----------------------------------------------------------------------------------------------

	/** The workshop's bookings overlapping the days {@code from} to {@code to} (its zone), {@code status} null for all. */
	public List<Booking> ofWorkshop(UserId admin, LocalDate from, LocalDate to, BookingStatus status) {
		requireRange(from, to);
		Workshop workshop = workshops.mine(admin);
		return rows.ofWorkshop(workshop.id(), from.atStartOfDay(workshop.timeZone()).toInstant(),
				to.plusDays(1).atStartOfDay(workshop.timeZone()).toInstant(), status);
	}

	/** One of the workshop's bookings; another workshop's is not found. */
	public Booking forWorkshop(UserId admin, BookingId id) {
		WorkshopId workshop = workshops.mine(admin).id();
		return rows.find(id).filter(b -> b.workshopId().equals(workshop)).orElseThrow(() -> NotFoundException.of("Booking", id));
	}

	/** Free time in the admin's own workshop's bays (or one of them). */
	public Availability availabilityForWorkshop(UserId admin, BayId bay, LocalDate from, LocalDate to) {
		WorkshopId workshop = workshops.mine(admin).id();
		requireRange(from, to);
		return availability(snapshot(workshop, null, bay, from, to), bay, from, to, null);
	}

	/** The workshop confirms a pending booking; the mechanic is told. */
	@Transactional
	public Booking confirm(UserId admin, BookingId id) {
		Booking booking = forWorkshop(admin, id);
		booking.requireConfirmable();
		if (!rows.confirm(id, clock.instant())) {
			throw new BusinessRuleException("This booking changed meanwhile; reload it and try again");
		}
		Booking confirmed = get(id);
		audit.record(admin, "bay-booking.confirmed", subject(id), booking.status().name(), "CONFIRMED");
		notifyMechanic(confirmed, "Booking confirmed: " + confirmed.bayName() + ", " + BookingCalendar.show(confirmed.start(), confirmed.zone()),
				confirmed.workshopName() + " confirmed your booking of " + confirmed.bayName() + " for "
						+ BookingCalendar.show(confirmed.interval(), confirmed.zone()) + ".");
		publishConfirmed(confirmed);
		return confirmed;
	}

	/**
	 * The workshop declines a pending or confirmed booking, giving the mechanic a reason; the bay is free again.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException on {@code reason} when blank or too long
	 */
	@Transactional
	public Booking decline(UserId admin, BookingId id, String reason) {
		Booking booking = forWorkshop(admin, id);
		InputCheck check = new InputCheck();
		String why = check.text("reason", reason, 1000, "Tell the mechanic why the booking is declined");
		check.throwIfInvalid();
		booking.requireDeclinable();
		if (!rows.decline(id, why, clock.instant())) {
			throw new BusinessRuleException("This booking changed meanwhile; reload it and try again");
		}
		Booking declined = get(id);
		audit.record(admin, "bay-booking.declined", subject(id), booking.status().name(), "DECLINED: " + why);
		notifyMechanic(declined, "Booking declined: " + declined.bayName() + ", " + BookingCalendar.show(declined.start(), declined.zone()),
				declined.workshopName() + " declined your booking of " + declined.bayName() + " for "
						+ BookingCalendar.show(declined.interval(), declined.zone()) + ": " + why);
		return declined;
	}

	/**
	 * The workshop moves a booking that has not started to another time and/or another of its bays. The workshop may
	 * override its own hours, notice and length rules (up to {@value #MAX_OVERRIDE_DAYS} days long), but never another
	 * booking: the move is refused with 409 if the new place is held. The buffer is the workshop's current one. The
	 * mechanic is told and may then cancel without it counting as late.
	 */
	@Transactional
	public Booking reschedule(UserId admin, BookingId id, RescheduleRequest request) {
		Booking booking = forWorkshop(admin, id);
		Workshop workshop = workshops.get(booking.workshopId());
		ZoneId zone = workshop.timeZone();
		BayId bayId = booking.bayId();
		if (request.bayId() != null) {
			Bay bay = bays.get(workshop.id(), new BayId(request.bayId()));
			if (!bay.active()) {
				throw new BusinessRuleException("bayId", bay.name() + " is out of service; choose another bay");
			}
			bayId = bay.id();
		}
		InputCheck check = new InputCheck();
		Instant start = check.parse("start", request.start(), raw -> BookingCalendar.parse(raw, zone));
		Instant end = check.parse("end", request.end(), raw -> BookingCalendar.parse(raw, zone));
		Instant now = clock.instant();
		check.require(start == null || start.isAfter(now), "start", "Move the booking to a time in the future");
		check.require(start == null || end == null || end.isAfter(start), "end", "The booking must end after it starts");
		check.require(start == null || end == null || !end.isAfter(start.plus(MAX_OVERRIDE_LENGTH)), "end",
				"A booking lasts at most 7 days");
		check.throwIfInvalid();
		booking.requireReschedulable(now);
		Interval to = new Interval(start, end);
		Instant bufferedUntil = end.plus(settings.rules(workshop.id()).buffer());
		BayId target = bayId;
		boolean moved = guard.hold(target, start, bufferedUntil, id, () -> rows.move(id, target, to, bufferedUntil, now),
				other -> conflict(other, zone));
		if (!moved) {
			throw new BusinessRuleException("This booking changed meanwhile; reload it and try again");
		}
		Booking after = get(id);
		audit.record(admin, "bay-booking.rescheduled", subject(id), summary(booking), summary(after));
		notifyMechanic(after, "Booking moved: " + after.bayName() + ", " + BookingCalendar.show(after.start(), zone),
				workshop.name() + " moved your booking from " + booking.bayName() + ", " + BookingCalendar.show(booking.interval(), zone)
						+ " to " + after.bayName() + ", " + BookingCalendar.show(after.interval(), zone)
						+ ". If that does not suit you, you may cancel it free of charge.");
		return after;
	}

	static final int MAX_OVERRIDE_DAYS = 7;

	// --- shared --------------------------------------------------------------------------------------------------

	/** A booking by id, whoever's it is: for the platform's own use (feeds, jobs), never for a person's request. */
	public Booking get(BookingId id) {
		return rows.find(id).orElseThrow(() -> NotFoundException.of("Booking", id));
	}

	/** What the workshop's free time from {@code from} to {@code to} is computed from, read at once. */
	private Snapshot snapshot(WorkshopId workshopId, UserId mechanicUser, BayId bayId, LocalDate from, LocalDate to) {
		// The zone is read with the rest: the days in UTC widened by the largest offset any zone has cover them in every zone.
		Instant wideFrom = from.atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(ZoneOffset.MAX.getTotalSeconds());
		Instant wideTo = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(ZoneOffset.MAX.getTotalSeconds());
		return availabilityRows.of(workshopId, mechanicUser, bayId, from.minusDays(1), to.plusDays(1), wideFrom, wideTo)
			.orElseThrow(() -> NotFoundException.of("Workshop", workshopId));
	}

	/** Free time in the workshop's active bays ({@code allowed} only, unless null), or in one of them. */
	private Availability availability(Snapshot snapshot, BayId bayId, LocalDate from, LocalDate to, Set<BayId> allowed) {
		ZoneId zone = snapshot.zone();
		BookingRules rules = snapshot.rules();
		List<AvailabilityRows.ActiveBay> chosen = snapshot.bays().stream()
			.filter(b -> allowed == null || allowed.contains(b.id()))
			.filter(b -> bayId == null || b.id().equals(bayId)).toList();
		if (bayId != null && chosen.isEmpty()) {
			throw NotFoundException.of("Bay", bayId);
		}
		Instant rangeStart = from.atStartOfDay(zone).toInstant();
		Instant rangeEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
		List<Interval> windows = new ArrayList<>();
		for (Interval w : BookingCalendar.openWindows(snapshot.hours(), snapshot.blackouts(), from, to)) {
			Instant s = w.start().isBefore(rangeStart) ? rangeStart : w.start();
			Instant e = w.end().isAfter(rangeEnd) ? rangeEnd : w.end();
			if (e.isAfter(s)) {
				windows.add(new Interval(s, e));
			}
		}
		Instant now = clock.instant();
		Instant earliest = now.plus(rules.minNotice());
		Instant latestStart = now.plus(Duration.ofDays(rules.maxDaysAhead()));
		Duration minimum = Duration.ofMinutes(rules.minLengthMinutes());
		Map<BayId, List<Interval>> busy = new HashMap<>();
		for (AvailabilityRows.Held h : snapshot.held()) {
			busy.computeIfAbsent(h.bay(), b -> new ArrayList<>()).add(new Interval(h.start().minus(rules.buffer()), h.bufferedUntil()));
		}
		List<Availability.BayFreeTime> result = new ArrayList<>(chosen.size());
		for (AvailabilityRows.ActiveBay bay : chosen) {
			result.add(new Availability.BayFreeTime(bay.id(), bay.name(),
					BookingCalendar.subtract(windows, busy.getOrDefault(bay.id(), List.of()), earliest, latestStart, minimum)));
		}
		return new Availability(snapshot.workshopId(), snapshot.workshopName(), zone, from, to, rules, result);
	}

	/**
	 * The job as given at completion, still linked to the platform customer the booking's job named when the form names
	 * the same person and no other customer (a form re-typed at completion carries names and amounts, not the link).
	 */
	private static Job keepingTheCustomer(Job attached, Job given, JobForm form) {
		if (form.customerId() != null || attached == null || attached.customerId() == null
				|| !attached.customerName().trim().equalsIgnoreCase(given.customerName().trim())) {
			return given;
		}
		return new Job(attached.customerId(), given.customerName(), given.customerContact(), given.vehicle(), given.description(),
				given.labour(), given.parts());
	}

	private Job job(InputCheck check, JobForm form) {
		CustomerId customer = null;
		if (form.customerId() != null) {
			try {
				customer = accounts.customer(new CustomerId(form.customerId())).id();
			}
			catch (NotFoundException | IllegalArgumentException e) {
				check.require(false, "job.customerId", "There is no such customer; leave it empty for someone not on the platform");
			}
		}
		String name = check.text("job.customerName", form.customerName(), 120, "Name the customer");
		String contact = check.optionalText("job.customerContact", form.customerContact(), 200);
		String vehicle = check.text("job.vehicle", form.vehicle(), 200, "Enter the vehicle, like 2016 Honda Civic");
		String description = check.text("job.description", form.description(), 4000, "Describe the work");
		Money labour = cents(check, "job.labourCents", form.labourCents());
		Money parts = cents(check, "job.partsCents", form.partsCents());
		check.require(labour == null || parts == null || labour.plus(parts).isPositive(), "job.labourCents",
				"Enter what the customer pays for labour or parts");
		check.require(labour == null || parts == null || labour.plus(parts).cents() <= MAX_JOB_CENTS, "job.labourCents",
				"A job is at most " + Money.ofCents(MAX_JOB_CENTS));
		return check.passed() ? new Job(customer, name, contact, vehicle, description, labour, parts) : null;
	}

	private static Money cents(InputCheck check, String field, Long cents) {
		check.require(cents != null, field, "Enter the amount in cents (0 if none)");
		check.require(cents == null || (cents >= 0 && cents <= MAX_JOB_CENTS), field, "Enter 0 to " + MAX_JOB_CENTS + " cents");
		return cents == null || cents < 0 || cents > MAX_JOB_CENTS ? null : Money.ofCents(cents);
	}

	private static void requireRange(LocalDate from, LocalDate to) {
		rangeCheck(from, to).throwIfInvalid();
	}

	private static InputCheck rangeCheck(LocalDate from, LocalDate to) {
		InputCheck check = new InputCheck();
		check.require(from != null, "from", "Give the first day");
		check.require(to != null, "to", "Give the last day");
		check.require(from == null || to == null || !to.isBefore(from), "to", "The last day cannot be before the first");
		check.require(from == null || to == null || to.isBefore(from.plusDays(MAX_RANGE_DAYS)), "to",
				"Ask for at most " + MAX_RANGE_DAYS + " days at a time");
		return check;
	}

	private static BookingConflictException conflict(Booking other, ZoneId zone) {
		long bufferMinutes = Duration.between(other.end(), other.bufferedUntil()).toMinutes();
		return new BookingConflictException(other.bayName() + " is already booked " + BookingCalendar.show(other.interval(), zone)
				+ (bufferMinutes > 0 ? " (and kept free " + BookingPolicy.minutes(bufferMinutes) + " after it)" : "")
				+ "; choose another time or bay", other.start(), other.bufferedUntil());
	}

	private void publishConfirmed(Booking booking) {
		events.publishEvent(new BookingConfirmed(booking.id(), booking.workshopId(), booking.bayId(), booking.mechanicId(),
				booking.start(), booking.end()));
	}

	private void notifyMechanic(Booking booking, String subject, String body) {
		notifications.notify(mechanics.get(booking.mechanicId()).userId(), subject, body, "/mechanic/bay-bookings");
	}

	private static String subject(BookingId id) {
		return "bay-booking:" + id;
	}

	private static String summary(Booking b) {
		return b.bayName() + " " + b.start() + "/" + b.end() + " " + b.status();
	}
}
