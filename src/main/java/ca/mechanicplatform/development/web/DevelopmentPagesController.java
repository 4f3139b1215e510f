package ca.mechanicplatform.development.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.development.DevelopmentOverview;
import ca.mechanicplatform.development.ProfessionalDevelopment;
import ca.mechanicplatform.development.TrainingCategory;
import ca.mechanicplatform.development.TrainingEntry;
import ca.mechanicplatform.development.TrainingForm;
import ca.mechanicplatform.development.YearlyHours;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.web.FormErrors;

/**
 * The mechanic's professional development page: certifications with their expiry status and reminders, the training log
 * with its add, edit and delete forms, and hours per year. Every form posts and redirects; a refused form is shown again
 * with its messages next to the fields and nothing changed.
 */
@Controller
class DevelopmentPagesController {

	/** A reminder still to come, with the certificate it is about. */
	record Upcoming(String certificate, int thresholdDays, LocalDate dueOn) {
	}

	private static final String PAGE = "/mechanic/development";

	private final ProfessionalDevelopment development;

	DevelopmentPagesController(ProfessionalDevelopment development) {
		this.development = development;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal PlatformUser user, Model model) {
		return show(user, model, TrainingForm.empty(), null, FormErrors.none());
	}

	@PostMapping(PAGE + "/training")
	String record(@AuthenticationPrincipal PlatformUser user, TrainingForm form, Model model, RedirectAttributes redirect) {
		try {
			TrainingEntry entry = development.record(user.id(), form);
			redirect.addFlashAttribute("flash", "Added “" + entry.title() + "” (" + hours(entry) + " h) to your training log.");
			return "redirect:" + PAGE + "#training-log";
		}
		catch (BusinessRuleException refused) {
			return show(user, model, form, null, FormErrors.of(refused));
		}
	}

	@PostMapping(PAGE + "/training/{id}")
	String update(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, TrainingForm form, Model model,
			RedirectAttributes redirect) {
		long trainingId = trainingId(id);
		try {
			TrainingEntry entry = development.update(user.id(), trainingId, form);
			redirect.addFlashAttribute("flash", "Saved “" + entry.title() + "”.");
			return "redirect:" + PAGE + "#training-log";
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("editForm", form);
			return show(user, model, TrainingForm.empty(), trainingId, FormErrors.of(refused));
		}
	}

	@PostMapping(PAGE + "/training/{id}/delete")
	String delete(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, RedirectAttributes redirect) {
		long trainingId = trainingId(id);
		TrainingEntry entry = development.training(user.id(), trainingId);
		development.delete(user.id(), trainingId);
		redirect.addFlashAttribute("flash", "Deleted “" + entry.title() + "” from your training log.");
		return "redirect:" + PAGE + "#training-log";
	}

	private String show(PlatformUser user, Model model, TrainingForm addForm, Long failedEdit, FormErrors errors) {
		DevelopmentOverview overview = development.overview(user.id());
		int thisYear = overview.today().getYear();
		model.addAttribute("o", overview);
		model.addAttribute("thisYear", overview.hoursPerYear().stream().filter(y -> y.year() == thisYear).findFirst()
			.orElse(new YearlyHours(thisYear, java.math.BigDecimal.ZERO.setScale(2), 0)));
		model.addAttribute("categories", List.of(TrainingCategory.values()));
		model.addAttribute("addForm", addForm);
		model.addAttribute("failedEdit", failedEdit);
		model.addAttribute("errors", errors);
		model.addAttribute("upcoming", overview.certifications().stream()
			.flatMap(c -> c.reminders().stream().filter(r -> !r.isSent())
				.map(r -> new Upcoming(c.certification().credential().label() + " " + c.certification().certificateNumber(),
						r.thresholdDays(), r.dueOn())))
			.sorted(Comparator.comparing(Upcoming::dueOn))
			.toList());
		return "development/development";
	}

	private static String hours(TrainingEntry entry) {
		return entry.hours().stripTrailingZeros().toPlainString();
	}

	/** A path id; anything but a positive number is "not found". */
	private static long trainingId(String raw) {
		try {
			long id = Long.parseLong(raw);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// falls through
		}
		throw new NotFoundException("Training " + raw + " was not found");
	}
}
