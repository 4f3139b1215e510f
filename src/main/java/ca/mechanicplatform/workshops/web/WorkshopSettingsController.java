package ca.mechanicplatform.workshops.web;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.documents.Documents;
import ca.mechanicplatform.documents.Upload;
import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.workshops.BayForm;
import ca.mechanicplatform.workshops.BayType;
import ca.mechanicplatform.workshops.CanadianTimeZones;
import ca.mechanicplatform.workshops.DayHours;
import ca.mechanicplatform.workshops.WeeklyHours;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopBays;
import ca.mechanicplatform.workshops.WorkshopProfileForm;
import ca.mechanicplatform.workshops.WorkshopService;
import ca.mechanicplatform.workshops.Workshops;
import ca.mechanicplatform.web.FormErrors;

/** The workshop admin's settings pages: profile, services and photos, weekly opening hours, and bays. */
@Controller
class WorkshopSettingsController {

	/** One weekday's row of the opening-hours form, as shown or as typed. */
	record HourRow(DayOfWeek day, String label, boolean open, String opens, String closes) {

		public String field() {
			return "hours." + day.name();
		}
	}

	private final Workshops workshops;
	private final WorkshopBays bays;

	WorkshopSettingsController(Workshops workshops, WorkshopBays bays) {
		this.workshops = workshops;
		this.bays = bays;
	}

	@GetMapping("/workshop/profile")
	String profile(@AuthenticationPrincipal PlatformUser user, Model model) {
		Workshop w = workshops.mine(user.id());
		return profilePage(w, formOf(w), model, FormErrors.none());
	}

	@PostMapping("/workshop/profile")
	String saveProfile(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") WorkshopProfileForm form, Model model,
			RedirectAttributes redirect) {
		try {
			workshops.updateProfile(user.id(), form);
		}
		catch (BusinessRuleException refused) {
			return profilePage(workshops.mine(user.id()), form, model, FormErrors.of(refused));
		}
		redirect.addFlashAttribute("flash", "Workshop profile saved.");
		return "redirect:/workshop/profile";
	}

	@PostMapping("/workshop/photos")
	String addPhoto(@AuthenticationPrincipal PlatformUser user, @RequestParam(name = "photo", required = false) MultipartFile photo,
			Model model, RedirectAttributes redirect) {
		try {
			workshops.addPhoto(user.id(), Upload.of(photo));
		}
		catch (BusinessRuleException refused) {
			Workshop w = workshops.mine(user.id());
			model.addAttribute("photoErrors", FormErrors.none().add(refused.field() == null
					? new BusinessRuleException("photo", refused.getMessage()) : refused));
			return profilePage(w, formOf(w), model, FormErrors.none());
		}
		redirect.addFlashAttribute("flash", "Photo added.");
		return "redirect:/workshop/profile";
	}

	@PostMapping("/workshop/photos/{id}/remove")
	String removePhoto(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		workshops.removePhoto(user.id(), id);
		redirect.addFlashAttribute("flash", "Photo removed.");
		return "redirect:/workshop/profile";
	}

	@GetMapping("/workshop/hours")
	String hours(@AuthenticationPrincipal PlatformUser user, Model model) {
		Workshop w = workshops.mine(user.id());
		WeeklyHours week = workshops.openingHours(w.id());
		List<HourRow> rows = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			rows.add(week.on(day).map(h -> new HourRow(day, Workshops.label(day), true, h.opens().toString(), h.closes().toString()))
				.orElse(new HourRow(day, Workshops.label(day), false, "09:00", "17:00")));
		}
		return hoursPage(w, rows, model, FormErrors.none());
	}

	@PostMapping("/workshop/hours")
	String saveHours(@AuthenticationPrincipal PlatformUser user, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		List<HourRow> rows = new ArrayList<>();
		List<DayHours> open = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			boolean isOpen = params.containsKey("open-" + day.name());
			String opens = params.getFirst("opens-" + day.name());
			String closes = params.getFirst("closes-" + day.name());
			rows.add(new HourRow(day, Workshops.label(day), isOpen, opens, closes));
			if (isOpen) {
				open.add(new DayHours(day.name(), opens, closes));
			}
		}
		try {
			workshops.setOpeningHours(user.id(), open);
		}
		catch (BusinessRuleException refused) {
			return hoursPage(workshops.mine(user.id()), rows, model, FormErrors.of(refused));
		}
		redirect.addFlashAttribute("flash", "Opening hours saved.");
		return "redirect:/workshop/hours";
	}

	@GetMapping("/workshop/bays")
	String bays(@AuthenticationPrincipal PlatformUser user, Model model) {
		return baysPage(workshops.mine(user.id()), new BayForm("", "LIFT", null), model, FormErrors.none(), null);
	}

	@PostMapping("/workshop/bays")
	String addBay(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") BayForm form, Model model,
			RedirectAttributes redirect) {
		try {
			var bay = bays.add(user.id(), form);
			redirect.addFlashAttribute("flash", "Bay \"" + bay.name() + "\" added.");
		}
		catch (BusinessRuleException refused) {
			return baysPage(workshops.mine(user.id()), form, model, FormErrors.of(refused), null);
		}
		return "redirect:/workshop/bays";
	}

	@PostMapping("/workshop/bays/{id}")
	String updateBay(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String type, Model model, RedirectAttributes redirect) {
		try {
			var bay = bays.update(user.id(), bayId(id), new BayForm(name, type, null));
			redirect.addFlashAttribute("flash", "Bay \"" + bay.name() + "\" saved.");
		}
		catch (BusinessRuleException refused) {
			return baysPage(workshops.mine(user.id()), new BayForm("", "LIFT", null), model, FormErrors.of(refused), id);
		}
		return "redirect:/workshop/bays";
	}

	@PostMapping("/workshop/bays/{id}/active")
	String activate(@AuthenticationPrincipal PlatformUser user, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean active, RedirectAttributes redirect) {
		var bay = bays.setActive(user.id(), bayId(id), active);
		redirect.addFlashAttribute("flash", "Bay \"" + bay.name() + "\" is " + (bay.active() ? "active again." : "inactive: it can't be booked."));
		return "redirect:/workshop/bays";
	}

	private WorkshopProfileForm formOf(Workshop w) {
		return new WorkshopProfileForm(w.name(), w.streetAddress(), w.city(), w.province().name(), w.postalCode().value(),
				w.timeZone().getId(), w.phone(), workshops.services(w.id()).stream().map(Enum::name).toList());
	}

	private String profilePage(Workshop workshop, WorkshopProfileForm form, Model model, FormErrors errors) {
		model.addAttribute("photos", workshops.photos(workshop.id()));
		model.addAttribute("maxPhotos", Workshops.MAX_PHOTOS);
		model.addAttribute("maxBytes", Documents.MAX_BYTES);
		if (!model.containsAttribute("photoErrors")) {
			model.addAttribute("photoErrors", FormErrors.none());
		}
		model.addAttribute("workshop", workshop);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("provinces", Province.values());
		model.addAttribute("timeZones", CanadianTimeZones.IDS);
		model.addAttribute("services", WorkshopService.values());
		model.addAttribute("section", "profile");
		return "workshops/profile";
	}

	private String hoursPage(Workshop workshop, List<HourRow> rows, Model model, FormErrors errors) {
		model.addAttribute("workshop", workshop);
		model.addAttribute("rows", rows);
		model.addAttribute("errors", errors);
		model.addAttribute("section", "hours");
		return "workshops/hours";
	}

	private String baysPage(Workshop workshop, BayForm form, Model model, FormErrors errors, Long failedBay) {
		model.addAttribute("workshop", workshop);
		model.addAttribute("bays", bays.of(workshop.id()));
		model.addAttribute("types", BayType.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", failedBay == null ? errors : FormErrors.none());
		model.addAttribute("bayErrors", failedBay == null ? FormErrors.none() : errors);
		model.addAttribute("failedBay", failedBay);
		model.addAttribute("section", "bays");
		return "workshops/bays";
	}

	private static BayId bayId(long id) {
		if (id <= 0) {
			throw NotFoundException.of("Bay", id);
		}
		return new BayId(id);
	}
}
