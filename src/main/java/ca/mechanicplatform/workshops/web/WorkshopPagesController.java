package ca.mechanicplatform.workshops.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.accounts.SignIn;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.workshops.CanadianTimeZones;
import ca.mechanicplatform.workshops.WorkshopBays;
import ca.mechanicplatform.workshops.WorkshopEmployees;
import ca.mechanicplatform.workshops.WorkshopSignUp;
import ca.mechanicplatform.workshops.Workshops;
import ca.mechanicplatform.web.FormErrors;

/** Workshop sign-up and the workshop admin's dashboard. */
@Controller
class WorkshopPagesController {

	private final Workshops workshops;
	private final WorkshopBays bays;
	private final WorkshopEmployees employees;
	private final SignIn signIn;

	WorkshopPagesController(Workshops workshops, WorkshopBays bays, WorkshopEmployees employees, SignIn signIn) {
		this.workshops = workshops;
		this.bays = bays;
		this.employees = employees;
		this.signIn = signIn;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("provinces", Province.values());
		model.addAttribute("timeZones", CanadianTimeZones.IDS);
	}

	@GetMapping("/signup/workshop")
	String signUpForm(Model model) {
		model.addAttribute("form", new WorkshopSignUp("", "", "", "", "", "", "ON", "", "America/Toronto", ""));
		model.addAttribute("errors", FormErrors.none());
		return "workshops/signup";
	}

	@PostMapping("/signup/workshop")
	String signUp(@ModelAttribute("form") WorkshopSignUp form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			workshops.register(form);
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("errors", FormErrors.of(refused));
			return "workshops/signup";
		}
		signIn.signIn(form.email(), form.password(), request, response);
		return "redirect:/workshop/dashboard";
	}

	@GetMapping("/workshop/dashboard")
	String dashboard(@AuthenticationPrincipal PlatformUser user, Model model) {
		var workshop = workshops.mine(user.id());
		model.addAttribute("workshop", workshop);
		model.addAttribute("hours", workshops.openingHours(workshop.id()));
		model.addAttribute("days", java.time.DayOfWeek.values());
		model.addAttribute("bays", bays.of(workshop.id()));
		model.addAttribute("employees", employees.employees(user.id()));
		model.addAttribute("services", workshops.services(workshop.id()));
		model.addAttribute("section", "overview");
		return "workshops/dashboard";
	}
}
