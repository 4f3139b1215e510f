package ca.mechanicplatform.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.accounts.Customer;
import ca.mechanicplatform.agreements.Agreement;
import ca.mechanicplatform.agreements.AgreementId;
import ca.mechanicplatform.agreements.Agreements;
import ca.mechanicplatform.agreements.SigningRequest;
import ca.mechanicplatform.bookings.BayBookings;
import ca.mechanicplatform.bookings.Booking;
import ca.mechanicplatform.bookings.BookingRequest;
import ca.mechanicplatform.bookings.BookingRulesForm;
import ca.mechanicplatform.bookings.BookingSettings;
import ca.mechanicplatform.bookings.Interval;
import ca.mechanicplatform.bookings.JobForm;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.partnerships.Application;
import ca.mechanicplatform.partnerships.Partnership;
import ca.mechanicplatform.partnerships.PartnershipApplications;
import ca.mechanicplatform.partnerships.PartnershipId;
import ca.mechanicplatform.partnerships.PartnershipPrograms;
import ca.mechanicplatform.partnerships.Partnerships;
import ca.mechanicplatform.partnerships.Program;
import ca.mechanicplatform.workshops.Bay;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopBays;

/**
 * The partner mechanic's bay-rental partnership with the Toronto workshop, made as the two people make it: Alex Moreau
 * applies to "King West bays by the hour", Morgan Chen approves, both sign the generated agreement in order, and once
 * the partnership is active (the partnerships module activates it after the second signature's commit) Alex books
 * bays under the workshop's booking rules. The soonest booking is confirmed and carries a job for a newcomer to
 * complete once it has started; the platform completes only bookings that have started, and books none in the past.
 */
@Component
class DemoPartnership {

	static final String PROGRAM = "King West bays by the hour";
	static final String IP = "127.0.0.1";
	static final String USER_AGENT = "Demo data";
	/** How long the demo waits for the partnership's activation, which runs asynchronously after the commit. */
	static final Duration ACTIVATION_WAIT = Duration.ofSeconds(60);

	private final PartnershipPrograms programs;
	private final PartnershipApplications applications;
	private final Partnerships partnerships;
	private final Agreements agreements;
	private final BookingSettings settings;
	private final BayBookings bookings;
	private final WorkshopBays bays;
	private final Clock clock;

	DemoPartnership(PartnershipPrograms programs, PartnershipApplications applications, Partnerships partnerships,
			Agreements agreements, BookingSettings settings, BayBookings bookings, WorkshopBays bays, Clock clock) {
		this.clock = clock;
		this.programs = programs;
		this.applications = applications;
		this.partnerships = partnerships;
		this.agreements = agreements;
		this.settings = settings;
		this.bookings = bookings;
		this.bays = bays;
	}

	/** Each step commits on its own, as each person's request would. */
	void load(Mechanic partner, Workshop toronto, Customer customer) {
		Partnership partnership = partner(partner, toronto);
		// Buffer 15 minutes, bookings of 1 to 10 hours up to 60 days ahead, no minimum notice (a bay can be booked for
		// the next half hour), the workshop confirms each booking itself, 24 hours' cancellation notice.
		settings.update(toronto.adminUserId(), new BookingRulesForm(15, 60, 600, 0, 60, false, 24));
		book(partner, toronto, partnership, customer);
	}

	private Partnership partner(Mechanic partner, Workshop toronto) {
		UserId mechanic = partner.userId();
		UserId workshop = toronto.adminUserId();
		Program program = programs.mine(workshop).stream().filter(p -> p.title().equals(PROGRAM)).findFirst().orElseThrow();
		Application applied = applications.apply(mechanic, program.id(), """
				Licensed 310S technician with 15 years on Toyota, Honda and Ford, mostly diagnostics, electrical and hybrids. \
				My customers are in the west end; I'd book a lift bay two or three times a week for brake, suspension and \
				diagnostic jobs that need one. Insured (Intact, $2M liability).""");
		Application approved = applications.approve(workshop, applied.id());
		PartnershipId id = approved.partnershipId();
		AgreementId agreement = partnerships.get(id).agreementId();
		sign(agreement, mechanic);
		sign(agreement, workshop);
		return awaitActive(id);
	}

	/** The signer opens the agreement, reads the document and signs what they were shown. */
	private void sign(AgreementId id, UserId signer) {
		Agreement agreement = agreements.get(id, signer, false);
		agreements.recordViewed(id, signer, IP, USER_AGENT);
		String shown = Agreements.sha256(agreements.document(id, signer, false));
		agreements.sign(id, signer, new SigningRequest(agreement.awaiting().name(), true, shown, IP, USER_AGENT));
	}

	private Partnership awaitActive(PartnershipId id) {
		long deadline = System.nanoTime() + ACTIVATION_WAIT.toNanos();
		while (true) {
			Partnership partnership = partnerships.get(id);
			if (partnership.isActive()) {
				return partnership;
			}
			if (System.nanoTime() - deadline > 0) {
				throw new IllegalStateException("The demo partnership " + id + " was signed by both parties but not activated within "
						+ ACTIVATION_WAIT.toSeconds() + " seconds; its activation event is retried on the next start");
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the demo partnership's activation", e);
			}
		}
	}

	/**
	 * The soonest free two hours in Bay 1 (confirmed, with a brake job for the customer), then on the next open day the
	 * alignment bay (confirmed) and on the one after Bay 2 (still waiting for the workshop).
	 */
	private void book(Mechanic partner, Workshop toronto, Partnership partnership, Customer customer) {
		UserId mechanic = partner.userId();
		UserId workshop = toronto.adminUserId();
		ZoneId zone = toronto.timeZone();
		LocalDate today = LocalDate.now(clock.withZone(zone));

		Interval brakes = firstFree(mechanic, toronto, bay(toronto, "Bay 1"), today, Duration.ofHours(2));
		Booking soonest = bookings.book(mechanic, new BookingRequest(bay(toronto, "Bay 1").id().value(), brakes.start().toString(),
				brakes.end().toString(), "Grinding from the front wheels when braking; pads and rotors are ordered.",
				new JobForm(customer.id().value(), customer.name(), customer.phone(), "2016 Honda Civic",
						"Front brake pads and rotors, brake fluid top-up and road test", 24_000L, 16_000L)));
		bookings.confirm(workshop, soonest.id());

		LocalDate nextDay = brakes.start().atZone(zone).toLocalDate().plusDays(1);
		Interval alignment = firstFree(mechanic, toronto, bay(toronto, "Alignment bay"), nextDay, Duration.ofHours(2));
		Booking aligned = bookings.book(mechanic, new BookingRequest(bay(toronto, "Alignment bay").id().value(),
				alignment.start().toString(), alignment.end().toString(),
				"Four-wheel alignment after outer tie-rod ends on a customer's RAV4.", null));
		bookings.confirm(workshop, aligned.id());

		LocalDate dayAfter = alignment.start().atZone(zone).toLocalDate().plusDays(1);
		Interval timingBelt = firstFree(mechanic, toronto, bay(toronto, "Bay 2"), dayAfter, Duration.ofHours(4));
		bookings.book(mechanic, new BookingRequest(bay(toronto, "Bay 2").id().value(), timingBelt.start().toString(),
				timingBelt.end().toString(), "Timing belt job; I need the lift for the whole morning.",
				new JobForm(null, "Daniel Okafor", "416-555-0173", "2013 Honda Accord V6",
						"Timing belt, tensioner and water pump", 52_000L, 31_000L)));
	}

	private Bay bay(Workshop workshop, String name) {
		return bays.of(workshop.id()).stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow();
	}

	/**
	 * The first booking of {@code length} starting on the half hour, as the booking form offers them, in the bay's free
	 * time from {@code day} on (opening hours, notice and other bookings considered by the platform's availability).
	 */
	private Interval firstFree(UserId mechanic, Workshop workshop, Bay bay, LocalDate day, Duration length) {
		var availability = bookings.availabilityForMechanic(mechanic, workshop.id(), bay.id(), day, day.plusDays(13));
		Instant earliest = clock.instant().plus(Duration.ofMinutes(1));
		return availability.bays().get(0).free().stream().sorted(Comparator.comparing(Interval::start)).map(free -> {
			Instant from = free.start().isBefore(earliest) ? earliest : free.start();
			ZonedDateTime start = from.atZone(availability.zone()).truncatedTo(ChronoUnit.HOURS);
			while (start.toInstant().isBefore(from)) {
				start = start.plusMinutes(30);
			}
			Instant end = start.toInstant().plus(length);
			return end.isAfter(free.end()) ? null : new Interval(start.toInstant(), end);
		}).filter(java.util.Objects::nonNull).findFirst()
			.orElseThrow(() -> new IllegalStateException("No free " + length.toHours() + " hours in " + bay.name() + " from " + day));
	}
}
