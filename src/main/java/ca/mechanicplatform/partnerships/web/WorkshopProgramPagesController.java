package ca.mechanicplatform.partnerships.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.partnerships.ApplicationId;
import ca.mechanicplatform.partnerships.ApplicationStatus;
import ca.mechanicplatform.partnerships.PartnershipApplications;
import ca.mechanicplatform.partnerships.PartnershipPrograms;
import ca.mechanicplatform.partnerships.Program;
import ca.mechanicplatform.partnerships.ProgramForm;
import ca.mechanicplatform.partnerships.ProgramId;
import ca.mechanicplatform.partnerships.ProgramStatus;
import ca.mechanicplatform.partnerships.ProgramTemplate;
import ca.mechanicplatform.partnerships.ProgramType;
import ca.mechanicplatform.web.FormErrors;
import ca.mechanicplatform.web.Markdown;

/** The workshop's program dashboard, the create and edit form with its live preview, and application review. */
@Controller
class WorkshopProgramPagesController {

	private final PartnershipPrograms programs;
	private final PartnershipApplications applications;
	private final Markdown markdown;

	WorkshopProgramPagesController(PartnershipPrograms programs, PartnershipApplications applications, Markdown markdown) {
		this.programs = programs;
		this.applications = applications;
		this.markdown = markdown;
	}

	@ModelAttribute
	void choices(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("types", ProgramType.values());
		model.addAttribute("templates", ProgramTemplate.values());
		if (user != null) {
			model.addAttribute("bays", programs.activeBays(user.id()));
		}
	}

	@GetMapping("/workshop/partnership-programs")
	String dashboard(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("programs", programs.mine(user.id()));
		return "partnerships/workshop-programs";
	}

	@GetMapping("/workshop/partnership-programs/create")
	String createForm(@RequestParam(required = false) String template, Model model) {
		ProgramForm form = Arrays.stream(ProgramTemplate.values()).filter(t -> t.name().equalsIgnoreCase(template == null ? "" : template))
			.findFirst().map(ProgramTemplate::form)
			.orElse(new ProgramForm("BAY_RENTAL", "", "", "", 3, "", "", "", "", 0, false, "", ""));
		model.addAttribute("form", form);
		model.addAttribute("errors", FormErrors.none());
		return "partnerships/program-form";
	}

	@PostMapping("/workshop/partnership-programs/create")
	String create(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") ProgramForm form,
			@RequestParam(defaultValue = "false") boolean publish, Model model, RedirectAttributes redirect) {
		try {
			Program program = programs.create(user.id(), form);
			if (publish) {
				programs.changeStatus(user.id(), program.id(), ProgramStatus.PUBLISHED);
			}
			redirect.addFlashAttribute("flash", "\u201C" + program.title() + "\u201D " + (publish ? "is published." : "is saved as a draft."));
			return "redirect:/workshop/partnership-programs";
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("errors", FormErrors.of(refused));
			return "partnerships/program-form";
		}
	}

	@GetMapping("/workshop/partnership-programs/{id}/edit")
	String editForm(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, Model model) {
		Program p = programs.own(user.id(), new ProgramId(id));
		model.addAttribute("program", p);
		model.addAttribute("form", new ProgramForm(p.type().name(), p.title(), p.description(), p.terms(), p.capacity(),
				plain(p.hourlyRate()), plain(p.dailyRate()), p.workshopShare() == null ? "" : p.workshopShare().value().toPlainString(),
				plain(p.monthlyFee()), p.minYearsExperience(), p.requiresInsurance(), String.join(", ", p.requiredCertifications()),
				String.join(", ", p.services()), programs.chosenBays(p)));
		model.addAttribute("errors", FormErrors.none());
		return "partnerships/program-form";
	}

	@PostMapping("/workshop/partnership-programs/{id}/edit")
	String edit(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @ModelAttribute("form") ProgramForm form, Model model,
			RedirectAttributes redirect) {
		try {
			Program program = programs.update(user.id(), new ProgramId(id), form);
			redirect.addFlashAttribute("flash", "Changes to \u201C" + program.title() + "\u201D are saved.");
			return "redirect:/workshop/partnership-programs";
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("program", programs.own(user.id(), new ProgramId(id)));
			model.addAttribute("errors", FormErrors.of(refused));
			return "partnerships/program-form";
		}
	}

	/** The live preview beside the form: the card as mechanics will see it and the rendered terms. */
	@PostMapping("/workshop/partnership-programs/preview")
	String preview(@ModelAttribute("form") ProgramForm form, Model model) {
		model.addAttribute("preview", PreviewCard.of(form));
		model.addAttribute("previewTermsHtml", markdown.toHtml(form.terms()));
		return "partnerships/program-form :: preview";
	}

	@PostMapping("/workshop/partnership-programs/{id}/status")
	String status(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam String status,
			RedirectAttributes redirect) {
		try {
			Program program = programs.changeStatus(user.id(), new ProgramId(id), ProgramStatus.valueOf(status.toUpperCase(Locale.ROOT)));
			redirect.addFlashAttribute("flash", "\u201C" + program.title() + "\u201D is now " + program.status().name().toLowerCase(Locale.ROOT) + ".");
		}
		catch (BusinessRuleException | IllegalArgumentException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/workshop/partnership-programs";
	}

	@PostMapping("/workshop/partnership-programs/{id}/delete")
	String delete(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			programs.delete(user.id(), new ProgramId(id));
			redirect.addFlashAttribute("flash", "The program is deleted.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/workshop/partnership-programs";
	}

	@GetMapping("/workshop/partnerships/applications")
	String applications(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String status, Model model) {
		ApplicationStatus wanted = Arrays.stream(ApplicationStatus.values()).filter(s -> s.name().equalsIgnoreCase(status == null ? "" : status))
			.findFirst().orElse(null);
		model.addAttribute("status", wanted);
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("applications", applications.forReview(user.id(), wanted));
		return "partnerships/workshop-applications";
	}

	@PostMapping("/workshop/partnerships/{id}/approve")
	String approve(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			var application = applications.approve(user.id(), new ApplicationId(id));
			redirect.addFlashAttribute("flash", application.mechanicName() + " is approved. The agreement is ready: "
					+ application.mechanicName() + " signs first, then you.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/workshop/partnerships/applications";
	}

	@PostMapping("/workshop/partnerships/{id}/reject")
	String reject(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			var application = applications.reject(user.id(), new ApplicationId(id), reason);
			redirect.addFlashAttribute("flash", application.mechanicName() + "'s application is rejected; they have been told why.");
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("flashError", refused.getMessage());
		}
		return "redirect:/workshop/partnerships/applications";
	}

	private static String plain(Money money) {
		return money == null ? "" : money.plain();
	}

	/** The preview card, computed from whatever has been typed so far (invalid numbers just show as missing). */
	record PreviewCard(String type, String title, String description, String economics, String terms, String services) {

		static PreviewCard of(ProgramForm form) {
			ProgramType type = Arrays.stream(ProgramType.values()).filter(t -> t.name().equals(form.type())).findFirst()
				.orElse(ProgramType.BAY_RENTAL);
			String economics = switch (type) {
				case BAY_RENTAL -> "Bay rate " + join(money(form.hourlyRate(), " per hour"), money(form.dailyRate(), " per day"))
						+ "; you keep every job's amount after the platform fee.";
				case REVENUE_SHARE -> "No bay fee; the workshop takes " + percent(form.workshopSharePercent())
						+ " of each job after the platform fee.";
				case MEMBERSHIP -> money(form.monthlyFee(), " per month") + " plus " + percent(form.workshopSharePercent())
						+ " of each job after the platform fee.";
			};
			return new PreviewCard(type.label(), blank(form.title(), "Program title"), blank(form.description(), "A short description"),
					economics, form.terms() == null ? "" : form.terms(), form.services() == null ? "" : form.services());
		}

		private static String money(String dollars, String unit) {
			try {
				return dollars == null || dollars.isBlank() ? "" : Money.ofDollars(dollars) + unit;
			}
			catch (IllegalArgumentException e) {
				return "";
			}
		}

		private static String percent(String value) {
			try {
				return value == null || value.isBlank() ? "—%" : Percentage.of(value).toString();
			}
			catch (IllegalArgumentException e) {
				return "—%";
			}
		}

		private static String join(String a, String b) {
			String joined = a.isEmpty() ? b : b.isEmpty() ? a : a + " or " + b;
			return joined.isEmpty() ? "to be set" : joined;
		}

		private static String blank(String value, String placeholder) {
			return value == null || value.isBlank() ? placeholder : value;
		}
	}
}
