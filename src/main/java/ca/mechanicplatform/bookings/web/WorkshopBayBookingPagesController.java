package ca.mechanicplatform.bookings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
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
import ca.mechanicplatform.bookings.BookingRulesForm;
import ca.mechanicplatform.bookings.BookingSettings;
import ca.mechanicplatform.bookings.BookingStatus;
import ca.mechanicplatform.bookings.RescheduleRequest;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.workshops.Bay;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopBays;
import ca.mechanicplatform.workshops.Workshops;
import ca.mechanicplatform.web.FormErrors;

/**
 * The workshop's bay management: bays × days with every booking, a panel (loaded with htmx on click) to confirm,
 * decline or move a booking, and the booking rules and blackout days.
 */
@Controller
class WorkshopBayBookingPagesController {

	static final int DAYS = 7;

	private final BayBookings bookings;
	private final BookingSettings settings;
	private final Workshops workshops;
	private final WorkshopBays bays;
	private final CalendarFeeds feeds;

	WorkshopBayBookingPagesController(BayBookings bookings, BookingSettings settings, Workshops workshops, WorkshopBays bays,
			CalendarFeeds feeds) {
		this.feeds = feeds;
		this.bookings = bookings;
		this.settings = settings;
		this.workshops = workshops;
		this.bays = bays;
	}

	/** One row of the grid: a bay and, for each day, its bookings. */
	record BayRow(Bay bay, List<List<Booking>> days) {
	}

	@GetMapping("/workshop/bay-bookings")
	String page(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String from, Model model) {
		show(user, from, model);
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("rules", settings.rules(workshops.mine(user.id()).id()));
		return "bookings/workshop";
	}

	@GetMapping("/workshop/bay-bookings/{id}/panel")
	String panel(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model) {
		Booking booking = bookings.forWorkshop(user.id(), new BookingId(id));
		model.addAttribute("b", booking);
		model.addAttribute("bays", bays.of(booking.workshopId()).stream().filter(Bay::active).toList());
		model.addAttribute("startLocal", booking.localStart().toLocalDateTime().toString());
		model.addAttribute("endLocal", booking.localEnd().toLocalDateTime().toString());
		model.addAttribute("shown", BookingCalendar.show(booking.interval(), booking.zone()));
		model.addAttribute("split", bookings.split(booking).orElse(null));
		return "bookings/panel :: panel";
	}

	@PostMapping("/workshop/bay-bookings/{id}/confirm")
	String confirm(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(redirect, () -> {
			Booking b = bookings.confirm(user.id(), new BookingId(id));
			return "Confirmed " + b.mechanicName() + " in " + b.bayName() + ", " + BookingCalendar.show(b.interval(), b.zone()) + ".";
		}, from(id, user));
	}

	@PostMapping("/workshop/bay-bookings/{id}/decline")
	String decline(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			Booking b = bookings.decline(user.id(), new BookingId(id), reason);
			return "Declined " + b.mechanicName() + "'s booking of " + b.bayName() + "; they have been told why.";
		}, from(id, user));
	}

	@PostMapping("/workshop/bay-bookings/{id}/reschedule")
	String reschedule(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam(required = false) Long bayId,
			@RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end, RedirectAttributes redirect) {
		return act(redirect, () -> {
			Booking b = bookings.reschedule(user.id(), new BookingId(id), new RescheduleRequest(bayId, start, end));
			return "Moved to " + b.bayName() + ", " + BookingCalendar.show(b.interval(), b.zone()) + ". " + b.mechanicName()
					+ " has been told and may cancel free of charge.";
		}, from(id, user));
	}

	@PostMapping("/workshop/bay-bookings/rules")
	String rules(@AuthenticationPrincipal PlatformUser user, BookingRulesForm form, Model model, RedirectAttributes redirect) {
		try {
			settings.update(user.id(), form);
			redirect.addFlashAttribute("flash", "Booking rules saved. They apply to bookings made or moved from now on.");
			return "redirect:/workshop/bay-bookings#rules";
		}
		catch (BusinessRuleException refused) {
			show(user, null, model);
			model.addAttribute("errors", FormErrors.of(refused));
			model.addAttribute("rules", form);
			return "bookings/workshop";
		}
	}

	@PostMapping("/workshop/bay-bookings/blackouts")
	String addBlackout(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "") String day,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(redirect, () -> {
			var blackout = settings.addBlackout(user.id(), day, reason);
			return "No bookings on " + blackout.day() + " (" + blackout.reason() + "). Existing bookings that day stay until you decline or move them.";
		}, "");
	}

	@PostMapping("/workshop/bay-bookings/blackouts/{day}/remove")
	String removeBlackout(@AuthenticationPrincipal PlatformUser user, @PathVariable String day, RedirectAttributes redirect) {
		return act(redirect, () -> {
			settings.removeBlackout(user.id(), day);
			return day + " is open for bookings again.";
		}, "");
	}

	private String from(long id, PlatformUser user) {
		try {
			Booking b = bookings.forWorkshop(user.id(), new BookingId(id));
			return "?from=" + b.localStart().toLocalDate();
		}
		catch (RuntimeException e) {
			return "";
		}
	}

	private static String act(RedirectAttributes redirect, java.util.function.Supplier<String> action, String query) {
		try {
			redirect.addFlashAttribute("flash", action.get());
		}
		catch (ca.mechanicplatform.kernel.InvalidInputException invalid) {
			redirect.addFlashAttribute("flashError", String.join(" ", invalid.fieldErrors().values()));
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/workshop/bay-bookings" + query;
	}

	private void show(PlatformUser user, String from, Model model) {
		Workshop workshop = workshops.mine(user.id());
		LocalDate today = LocalDate.now(java.time.Clock.system(workshop.timeZone()));
		LocalDate first = parse(from, today);
		LocalDate last = first.plusDays(DAYS - 1);
		List<Booking> all = bookings.ofWorkshop(user.id(), first, last, null);
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			days.add(d);
		}
		List<BayRow> rows = new ArrayList<>();
		for (Bay bay : bays.of(workshop.id())) {
			List<List<Booking>> cells = new ArrayList<>();
			for (LocalDate d : days) {
				LocalDate day = d;
				cells.add(all.stream().filter(b -> b.bayId().equals(bay.id())).filter(b -> {
					LocalDate s = b.localStart().toLocalDate();
					LocalDate e = b.end().minusNanos(1).atZone(b.zone()).toLocalDate();
					return !day.isBefore(s) && !day.isAfter(e);
				}).toList());
			}
			rows.add(new BayRow(bay, cells));
		}
		Map<LocalDate, String> blackouts = new LinkedHashMap<>(settings.blackoutDays(workshop.id(), today, today.plusYears(1)));
		model.addAttribute("workshop", workshop);
		model.addAttribute("days", days);
		model.addAttribute("rows", rows);
		model.addAttribute("pending", all.stream().filter(b -> b.status() == BookingStatus.PENDING).toList());
		model.addAttribute("blackouts", blackouts);
		model.addAttribute("from", first);
		model.addAttribute("previous", first.minusDays(DAYS));
		model.addAttribute("next", first.plusDays(DAYS));
		model.addAttribute("today", today);
		model.addAttribute("feed", CalendarFeedController.state(feeds, user, true));
		model.addAttribute("nowLocal", LocalDateTime.now(workshop.timeZone()).withSecond(0).withNano(0));
	}

	private static LocalDate parse(String from, LocalDate otherwise) {
		try {
			return from == null || from.isBlank() ? otherwise : LocalDate.parse(from.trim());
		}
		catch (java.time.format.DateTimeParseException e) {
			return otherwise;
		}
	}
}
