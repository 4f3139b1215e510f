package ca.mechanicplatform.bookings.web.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.bookings.BayBookings;
import ca.mechanicplatform.bookings.BookingConflictException;
import ca.mechanicplatform.bookings.BookingId;
import ca.mechanicplatform.bookings.BookingRequest;
import ca.mechanicplatform.bookings.JobForm;
import ca.mechanicplatform.bookings.NotPartneredException;
import ca.mechanicplatform.bookings.web.api.Representations.AvailabilityView;
import ca.mechanicplatform.bookings.web.api.Representations.BookingView;
import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.WorkshopId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@Tag(name = "Mechanic bay bookings", description = "Book bays at partner workshops, see free time, cancel, complete jobs")
class MechanicBayBookingsApiController {

	private final BayBookings bookings;

	MechanicBayBookingsApiController(BayBookings bookings) {
		this.bookings = bookings;
	}

	@PostMapping("/api/mechanic/bay-bookings")
	@Operation(summary = "Book a bay", description = "Body: bayId, start and end (local date-times in the workshop's zone such as "
			+ "2026-03-08T09:00, or instants with an offset), optional note and job {customerId, customerName, customerContact, "
			+ "vehicle, description, labourCents, partsCents}. 201 PENDING or CONFIRMED (auto-confirm); 400 with every field at "
			+ "fault (rules: hours, blackout days, notice, how far ahead, length); 403 without an active partnership with the "
			+ "bay's workshop; 404 for an unknown bay; 409 when the bay is held at that time, naming the other booking's times.")
	ResponseEntity<BookingView> book(@AuthenticationPrincipal PlatformUser user, @RequestBody BookingRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(BookingView.of(bookings.book(user.id(), request)));
	}

	@GetMapping("/api/mechanic/bay-bookings")
	@Operation(summary = "Your bookings across workshops", description = "from and to are dates (default: today and 30 days on); "
			+ "a booking is listed when it overlaps those days in its workshop's time zone.")
	List<BookingView> mine(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		LocalDate first = date("from", from, LocalDate.now(ZoneOffset.UTC));
		LocalDate last = date("to", to, first.plusDays(30));
		return bookings.ofMechanic(user.id(), first, last).stream().map(BookingView::of).toList();
	}

	@GetMapping("/api/mechanic/bay-bookings/{id}")
	@Operation(summary = "One of your bookings", description = "Another mechanic's booking is 404.")
	BookingView one(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return BookingView.of(bookings.forMechanic(user.id(), bookingId(id)));
	}

	@DeleteMapping("/api/mechanic/bay-bookings/{id}")
	@Operation(summary = "Cancel your booking", description = "Pending or confirmed bookings that have not ended. Within the workshop's "
			+ "cancellation notice period it is still cancelled but recorded as late (cancelledLate), unless the workshop moved the "
			+ "booking (freeCancellation).")
	BookingView cancel(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return BookingView.of(bookings.cancel(user.id(), bookingId(id)));
	}

	@PostMapping("/api/mechanic/bay-bookings/{id}/job")
	@Operation(summary = "Attach or replace the booking's job")
	BookingView job(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody JobForm job) {
		return BookingView.of(bookings.attachJob(user.id(), bookingId(id), job));
	}

	@PostMapping("/api/mechanic/bay-bookings/{id}/complete")
	@Operation(summary = "Complete the job", description = "A confirmed booking that has started. Optional body: the job (replaces the "
			+ "attached one; without a customerId, a job naming the attached job's platform customer stays linked to them). "
			+ "Records the job's sale in revenue under the partnership's model; under bay rental charges the bay fee for the booked time.")
	BookingView complete(@AuthenticationPrincipal PlatformUser user, @PathVariable long id,
			@RequestBody(required = false) JobForm job) {
		return BookingView.of(bookings.complete(user.id(), bookingId(id), job));
	}

	@GetMapping("/api/mechanic/bay-bookings/availability")
	@Operation(summary = "Free time at a partner workshop", description = "workshopId, optional bayId, from and to (dates in the "
			+ "workshop's zone, at most 62 days): per bay, the stretches where a booking can start and end under the workshop's rules.")
	AvailabilityView availability(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) Long workshopId,
			@RequestParam(required = false) Long bayId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		if (workshopId == null || workshopId <= 0) {
			throw new InvalidInputException(java.util.Map.of("workshopId", "Choose the workshop"));
		}
		LocalDate first = date("from", from, LocalDate.now(ZoneOffset.UTC));
		LocalDate last = date("to", to, first.plusDays(6));
		return AvailabilityView.of(bookings.availabilityForMechanic(user.id(), new WorkshopId(workshopId), bay(bayId), first, last));
	}

	@ExceptionHandler(BookingConflictException.class)
	ProblemDetail conflict(BookingConflictException e, HttpServletRequest request) {
		return BookingProblems.conflict(e, request);
	}

	@ExceptionHandler(NotPartneredException.class)
	ProblemDetail notPartnered(NotPartneredException e, HttpServletRequest request) {
		return BookingProblems.notPartnered(e, request);
	}

	static BookingId bookingId(long id) {
		if (id <= 0) {
			throw new ca.mechanicplatform.kernel.NotFoundException("Booking " + id + " was not found");
		}
		return new BookingId(id);
	}

	static BayId bay(Long id) {
		if (id == null) {
			return null;
		}
		if (id <= 0) {
			throw new InvalidInputException(java.util.Map.of("bayId", "Choose a bay"));
		}
		return new BayId(id);
	}

	static LocalDate date(String field, String raw, LocalDate otherwise) {
		if (raw == null || raw.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(raw.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException(java.util.Map.of(field, "Enter a date as YYYY-MM-DD"));
		}
	}
}
