package ca.mechanicplatform.bookings.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.bookings.BayBookings;
import ca.mechanicplatform.bookings.Booking;
import ca.mechanicplatform.bookings.BookingCalendar;
import ca.mechanicplatform.bookings.CalendarFeeds;
import ca.mechanicplatform.bookings.BookingId;
import ca.mechanicplatform.bookings.BookingRequest;
import ca.mechanicplatform.bookings.JobForm;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.partnerships.Partnership;
import ca.mechanicplatform.web.FormErrors;

/**
 * The mechanic's bay bookings: a 30-day calendar across workshops, a form that offers only free slots (loaded with
 * htmx as the workshop, day and length change), and cancelling and completing bookings.
 */
@Controller
class MechanicBayBookingPagesController {

	static final int DAYS = 30;
	static final List<Integer> LENGTHS = List.of(60, 90, 120, 180, 240, 360, 480);

	private final BayBookings bookings;
	private final CalendarFeeds feeds;

	MechanicBayBookingPagesController(BayBookings bookings, CalendarFeeds feeds) {
		this.bookings = bookings;
		this.feeds = feeds;
	}

	/** A day of the calendar with the bookings that touch it. */
	record CalendarDay(LocalDate day, List<Booking> bookings) {
	}

	record JobFields(String customerName, String customerContact, String vehicle, String description, String labour, String parts) {

		static JobFields empty() {
			return new JobFields("", "", "", "", "", "");
		}

		boolean isBlank() {
			return blank(customerName) && blank(vehicle) && blank(description) && blank(labour) && blank(parts);
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		/** Dollars as typed to cents; an unreadable amount becomes a field error. */
		JobForm toForm(FormErrors errors) {
			return new JobForm(null, customerName, customerContact, vehicle, description, cents(errors, "job.labourCents", labour),
					cents(errors, "job.partsCents", parts));
		}

		private static Long cents(FormErrors errors, String field, String dollars) {
			if (blank(dollars)) {
				return 0L;
			}
			try {
				return Money.ofDollars(dollars.trim().replace("$", "").replace(",", "")).cents();
			}
			catch (IllegalArgumentException e) {
				errors.field(field, "Enter an amount in dollars, like 120.50");
				return null;
			}
		}
	}

	@GetMapping("/mechanic/bay-bookings")
	String page(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) Long workshopId, Model model) {
		show(user, from, workshopId, model);
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("job", JobFields.empty());
		return "bookings/mechanic";
	}

	@GetMapping("/mechanic/bay-bookings/slots")
	String slots(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) Long workshopId,
			@RequestParam(required = false) String day, @RequestParam(defaultValue = "120") int minutes, Model model) {
		model.addAttribute("slots", List.of());
		model.addAttribute("slotsError", null);
		if (workshopId != null && workshopId > 0) {
			try {
				LocalDate date = day == null || day.isBlank() ? LocalDate.now().plusDays(1) : LocalDate.parse(day.trim());
				var availability = bookings.availabilityForMechanic(user.id(), new WorkshopId(workshopId), null, date, date);
				model.addAttribute("slots", SlotOptions.of(availability, Duration.ofMinutes(Math.max(15, Math.min(minutes, 10080))), 48)
					.slots());
				model.addAttribute("zone", availability.zone().getId());
			}
			catch (BusinessRuleException | java.time.format.DateTimeParseException refused) {
				model.addAttribute("slotsError", refused.getMessage());
			}
		}
		return "bookings/slots :: slots";
	}

	@PostMapping("/mechanic/bay-bookings")
	String book(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "") String slot,
			@RequestParam(required = false) Long workshopId, @RequestParam(defaultValue = "") String note, JobFields job,
			Model model, RedirectAttributes redirect) {
		FormErrors errors = FormErrors.none();
		String[] parts = slot.split("\\|");
		JobForm jobForm = job == null || job.isBlank() ? null : job.toForm(errors);
		if (parts.length != 3) {
			errors.field("slot", "Choose one of the free slots");
		}
		if (!errors.any()) {
			try {
				Booking booking = bookings.book(user.id(), new BookingRequest(Long.valueOf(parts[0]), parts[1], parts[2], note, jobForm));
				redirect.addFlashAttribute("flash", "Booked " + booking.bayName() + " at " + booking.workshopName() + ", "
						+ BookingCalendar.show(booking.interval(), booking.zone()) + ": "
						+ (booking.status().name().equals("CONFIRMED") ? "confirmed." : "waiting for the workshop to confirm."));
				return "redirect:/mechanic/bay-bookings";
			}
			catch (NumberFormatException e) {
				errors.field("slot", "Choose one of the free slots");
			}
			catch (BusinessRuleException refused) {
				errors.add(refused);
			}
		}
		show(user, null, workshopId, model);
		model.addAttribute("errors", errors);
		model.addAttribute("job", job == null ? JobFields.empty() : job);
		model.addAttribute("note", note);
		return "bookings/mechanic";
	}

	@PostMapping("/mechanic/bay-bookings/{id}/cancel")
	String cancel(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			Booking booking = bookings.cancel(user.id(), new BookingId(id));
			redirect.addFlashAttribute("flash", "Cancelled " + booking.bayName() + ", " + BookingCalendar.show(booking.interval(), booking.zone())
					+ (booking.cancelledLate() ? ". This was within the workshop's cancellation notice period, so it is recorded as late." : "."));
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/mechanic/bay-bookings";
	}

	@PostMapping("/mechanic/bay-bookings/{id}/complete")
	String complete(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, JobFields job, RedirectAttributes redirect) {
		FormErrors errors = FormErrors.none();
		JobForm form = job == null || job.isBlank() ? null : job.toForm(errors);
		if (errors.any()) {
			redirect.addFlashAttribute("flashError", String.join(" ", errors.fields().values()));
			return "redirect:/mechanic/bay-bookings";
		}
		try {
			Booking booking = bookings.complete(user.id(), new BookingId(id), form);
			redirect.addFlashAttribute("flash", "Job completed in " + booking.bayName() + " at " + booking.workshopName()
					+ (booking.job() == null ? "" : ": " + booking.job().gross() + " recorded")
					+ (booking.bayFee() == null ? "" : "; bay fee " + booking.bayFee()) + ". See your earnings for the split.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage() + (refused instanceof ca.mechanicplatform.kernel.InvalidInputException invalid
					? " " + String.join(" ", invalid.fieldErrors().values()) : ""));
		}
		return "redirect:/mechanic/bay-bookings";
	}

	private void show(PlatformUser user, String from, Long workshopId, Model model) {
		LocalDate first = parse(from);
		LocalDate last = first.plusDays(DAYS - 1);
		List<Booking> mine = bookings.ofMechanic(user.id(), first, last);
		Map<LocalDate, List<Booking>> byDay = new LinkedHashMap<>();
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			byDay.put(d, new ArrayList<>());
		}
		for (Booking b : mine) {
			LocalDate s = b.localStart().toLocalDate();
			LocalDate e = b.end().minusNanos(1).atZone(b.zone()).toLocalDate();
			for (LocalDate d = s; !d.isAfter(e); d = d.plusDays(1)) {
				if (byDay.containsKey(d)) {
					byDay.get(d).add(b);
				}
			}
		}
		List<Partnership> workshops = bookings.bookableWorkshops(user.id());
		model.addAttribute("days", byDay.entrySet().stream().map(e -> new CalendarDay(e.getKey(), e.getValue())).toList());
		model.addAttribute("bookings", mine);
		model.addAttribute("splits", splits(bookings, mine));
		model.addAttribute("from", first);
		model.addAttribute("previous", first.minusDays(DAYS));
		model.addAttribute("next", first.plusDays(DAYS));
		model.addAttribute("workshops", workshops);
		model.addAttribute("workshopId", workshopId != null ? workshopId
				: workshops.isEmpty() ? null : workshops.get(0).workshopId().value());
		model.addAttribute("day", LocalDate.now().plusDays(1));
		model.addAttribute("lengths", LENGTHS);
		model.addAttribute("clients", bookings.clients(user.id()));
		model.addAttribute("now", Instant.now());
		model.addAttribute("feed", CalendarFeedController.state(feeds, user, false));
	}

	/** The recorded splits of completed jobs, by booking id. */
	static Map<Long, ca.mechanicplatform.revenue.Split> splits(BayBookings bookings, List<Booking> list) {
		Map<Long, ca.mechanicplatform.revenue.Split> splits = new java.util.HashMap<>();
		list.stream().filter(b -> b.saleKey() != null).forEach(b -> bookings.split(b).ifPresent(s -> splits.put(b.id().value(), s)));
		return splits;
	}

	private static LocalDate parse(String from) {
		try {
			return from == null || from.isBlank() ? LocalDate.now(ZoneId.of("America/Toronto")) : LocalDate.parse(from.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			return LocalDate.now(ZoneId.of("America/Toronto"));
		}
	}
}
