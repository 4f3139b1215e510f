package ca.mechanicplatform.bookings.web.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.bookings.BayBookings;
import ca.mechanicplatform.bookings.Blackout;
import ca.mechanicplatform.bookings.BookingConflictException;
import ca.mechanicplatform.bookings.BookingRules;
import ca.mechanicplatform.bookings.BookingRulesForm;
import ca.mechanicplatform.bookings.BookingSettings;
import ca.mechanicplatform.bookings.BookingStatus;
import ca.mechanicplatform.bookings.RescheduleRequest;
import ca.mechanicplatform.bookings.web.api.Representations.AvailabilityView;
import ca.mechanicplatform.bookings.web.api.Representations.BookingView;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.workshops.Workshops;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@Tag(name = "Workshop bay bookings", description = "The workshop's bookings, confirmations, declines, moves, rules and blackout days")
class WorkshopBayBookingsApiController {

	private final BayBookings bookings;
	private final BookingSettings settings;
	private final Workshops workshops;

	WorkshopBayBookingsApiController(BayBookings bookings, BookingSettings settings, Workshops workshops) {
		this.bookings = bookings;
		this.settings = settings;
		this.workshops = workshops;
	}

	record DeclineRequest(String reason) {
	}

	record BlackoutRequest(String day, String reason) {
	}

	@GetMapping("/api/workshop/bay-bookings")
	@Operation(summary = "The workshop's bookings", description = "from and to are dates in the workshop's zone (default: today and "
			+ "30 days on); optional status PENDING, CONFIRMED, DECLINED, CANCELLED or COMPLETED.")
	List<BookingView> all(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String status) {
		LocalDate first = MechanicBayBookingsApiController.date("from", from, null);
		first = first == null ? today(user) : first;
		LocalDate last = MechanicBayBookingsApiController.date("to", to, first.plusDays(30));
		return bookings.ofWorkshop(user.id(), first, last, status(status)).stream().map(BookingView::of).toList();
	}

	@GetMapping("/api/workshop/bay-bookings/{id}")
	@Operation(summary = "One of your bookings", description = "Another workshop's booking is 404.")
	BookingView one(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return BookingView.of(bookings.forWorkshop(user.id(), MechanicBayBookingsApiController.bookingId(id)));
	}

	@PostMapping("/api/workshop/bay-bookings/{id}/confirm")
	@Operation(summary = "Confirm a pending booking")
	BookingView confirm(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return BookingView.of(bookings.confirm(user.id(), MechanicBayBookingsApiController.bookingId(id)));
	}

	@PostMapping("/api/workshop/bay-bookings/{id}/decline")
	@Operation(summary = "Decline a booking with a reason", description = "Pending or confirmed; the bay is free again.")
	BookingView decline(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody DeclineRequest request) {
		return BookingView.of(bookings.decline(user.id(), MechanicBayBookingsApiController.bookingId(id), request.reason()));
	}

	@PostMapping("/api/workshop/bay-bookings/{id}/reschedule")
	@Operation(summary = "Move a booking", description = "Body: start, end and optional bayId (another of your bays). Your own hours "
			+ "and notice rules may be overridden, another booking never (409). The mechanic is told and may cancel free of charge.")
	BookingView reschedule(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody RescheduleRequest request) {
		return BookingView.of(bookings.reschedule(user.id(), MechanicBayBookingsApiController.bookingId(id), request));
	}

	@GetMapping("/api/workshop/bay-bookings/availability")
	@Operation(summary = "Free time in your bays", description = "Optional bayId; from and to are dates in your zone, at most 62 days.")
	AvailabilityView availability(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) Long bayId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		LocalDate first = MechanicBayBookingsApiController.date("from", from, null);
		first = first == null ? today(user) : first;
		LocalDate last = MechanicBayBookingsApiController.date("to", to, first.plusDays(6));
		return AvailabilityView.of(bookings.availabilityForWorkshop(user.id(), MechanicBayBookingsApiController.bay(bayId), first, last));
	}

	@GetMapping("/api/workshop/bay-bookings/rules")
	@Operation(summary = "Your booking rules")
	BookingRules rules(@AuthenticationPrincipal PlatformUser user) {
		return settings.rules(workshops.mine(user.id()).id());
	}

	@PutMapping("/api/workshop/bay-bookings/rules")
	@Operation(summary = "Replace your booking rules", description = "bufferMinutes 0–240, minLengthMinutes and maxLengthMinutes "
			+ "15–10080, minNoticeMinutes 0–20160, maxDaysAhead 1–365, autoConfirm, cancellationNoticeHours 0–336.")
	BookingRules updateRules(@AuthenticationPrincipal PlatformUser user, @RequestBody BookingRulesForm form) {
		return settings.update(user.id(), form);
	}

	@GetMapping("/api/workshop/bay-bookings/blackouts")
	@Operation(summary = "Your blackout days from today, two years ahead")
	List<Blackout> blackouts(@AuthenticationPrincipal PlatformUser user) {
		var workshop = workshops.mine(user.id());
		LocalDate today = LocalDate.now(java.time.Clock.system(workshop.timeZone()));
		return settings.blackouts(workshop.id(), today, today.plusYears(2));
	}

	@PostMapping("/api/workshop/bay-bookings/blackouts")
	@Operation(summary = "Close the workshop for a day", description = "Body: day (yyyy-mm-dd), optional reason. No booking can be made on it. 201.")
	ResponseEntity<Blackout> addBlackout(@AuthenticationPrincipal PlatformUser user, @RequestBody BlackoutRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED).body(settings.addBlackout(user.id(), request.day(), request.reason()));
	}

	@DeleteMapping("/api/workshop/bay-bookings/blackouts/{day}")
	@Operation(summary = "Open a blackout day again", description = "204.")
	ResponseEntity<Void> removeBlackout(@AuthenticationPrincipal PlatformUser user, @PathVariable String day) {
		settings.removeBlackout(user.id(), day);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(BookingConflictException.class)
	ProblemDetail conflict(BookingConflictException e, HttpServletRequest request) {
		return BookingProblems.conflict(e, request);
	}

	/** Today in the workshop's zone: the first day shown when none is asked for (only then is the workshop read here). */
	private LocalDate today(PlatformUser user) {
		return LocalDate.now(java.time.Clock.system(workshops.mine(user.id()).timeZone()));
	}

	private static BookingStatus status(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return BookingStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(Map.of("status", "Use PENDING, CONFIRMED, DECLINED, CANCELLED or COMPLETED"));
		}
	}
}
