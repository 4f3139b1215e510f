package ca.mechanicplatform.partnerships.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.partnerships.ApplicationId;
import ca.mechanicplatform.partnerships.BrowseQuery;
import ca.mechanicplatform.partnerships.PartnershipApplications;
import ca.mechanicplatform.partnerships.PartnershipPrograms;
import ca.mechanicplatform.partnerships.Partnerships;
import ca.mechanicplatform.partnerships.ProgramId;
import ca.mechanicplatform.partnerships.ProgramType;
import ca.mechanicplatform.web.FormErrors;
import ca.mechanicplatform.web.Markdown;

/** The marketplace, a program's page with eligibility and the application form, and the mechanic's tracker. */
@Controller
class MechanicPartnershipPagesController {

	private final PartnershipPrograms programs;
	private final PartnershipApplications applications;
	private final Partnerships partnerships;
	private final Mechanics mechanics;
	private final Markdown markdown;

	MechanicPartnershipPagesController(PartnershipPrograms programs, PartnershipApplications applications,
			Partnerships partnerships, Mechanics mechanics, Markdown markdown) {
		this.programs = programs;
		this.applications = applications;
		this.partnerships = partnerships;
		this.mechanics = mechanics;
		this.markdown = markdown;
	}

	@GetMapping("/mechanic/partnerships/browse")
	String browse(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String text,
			@RequestParam(required = false) String type, @RequestParam(required = false) Integer maxDistanceKm,
			@RequestParam(required = false) String province, @RequestParam(required = false) String city,
			@RequestParam(required = false) String maxHourlyRate, @RequestParam(required = false) String maxMonthlyFee,
			@RequestParam(required = false) Integer minMechanicSharePercent, @RequestParam(required = false) String service,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "1") Integer page,
			@RequestParam(required = false) String after, Model model) {
		var query = new BrowseQuery(text, lookup(ProgramType.class, type), maxDistanceKm, province, city, maxHourlyRate,
				maxMonthlyFee, minMechanicSharePercent, service, lookup(BrowseQuery.Sort.class, sort), page, 12, after);
		model.addAttribute("query", query);
		model.addAttribute("types", ProgramType.values());
		model.addAttribute("provinces", Province.values());
		model.addAttribute("mechanic", mechanics.mine(user.id()));
		try {
			model.addAttribute("results", programs.browse(mechanics.mine(user.id()), query));
			model.addAttribute("errors", FormErrors.none());
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("results", null);
			model.addAttribute("errors", FormErrors.of(refused));
		}
		return "partnerships/browse";
	}

	@GetMapping("/mechanic/partnerships/programs/{id}")
	String program(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model) {
		var programId = new ProgramId(id);
		showProgram(user, programId, model);
		model.addAttribute("errors", FormErrors.none());
		return "partnerships/program";
	}

	@PostMapping("/mechanic/partnerships/programs/{id}/apply")
	String apply(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam(defaultValue = "") String message,
			Model model, RedirectAttributes redirect) {
		var programId = new ProgramId(id);
		try {
			var application = applications.apply(user.id(), programId, message);
			redirect.addFlashAttribute("flash", "Your application to \u201C" + application.programTitle() + "\u201D is sent. "
					+ application.workshopName() + " aims to decide within 48 hours.");
			return "redirect:/mechanic/partnerships/applications";
		}
		catch (BusinessRuleException refused) {
			showProgram(user, programId, model);
			model.addAttribute("errors", FormErrors.of(refused));
			model.addAttribute("message", message);
			return "partnerships/program";
		}
	}

	@GetMapping("/mechanic/partnerships/applications")
	String applications(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("applications", applications.ofMechanic(user.id()));
		model.addAttribute("partnerships", partnerships.ofMechanic(user.id()));
		return "partnerships/mechanic-applications";
	}

	@PostMapping("/mechanic/partnerships/applications/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			applications.withdraw(user.id(), new ApplicationId(id));
			redirect.addFlashAttribute("flash", "Your application is withdrawn.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/mechanic/partnerships/applications";
	}

	private void showProgram(PlatformUser user, ProgramId programId, Model model) {
		var program = programs.visible(programId);
		model.addAttribute("program", program);
		model.addAttribute("offeredBays", programs.offeredBays(program));
		model.addAttribute("termsHtml", markdown.toHtml(program.terms()));
		model.addAttribute("eligibility", applications.eligibility(user.id(), programId));
	}

	private static <E extends Enum<E>> E lookup(Class<E> type, String raw) {
		return raw == null ? null : Arrays.stream(type.getEnumConstants())
			.filter(e -> e.name().equals(raw.trim().toUpperCase(Locale.ROOT))).findFirst().orElse(null);
	}
}
