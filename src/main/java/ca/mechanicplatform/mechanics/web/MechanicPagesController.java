package ca.mechanicplatform.mechanics.web;

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
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.MechanicSignUp;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.web.FormErrors;

/** Mechanic sign-up and the mechanic's dashboard. */
@Controller
class MechanicPagesController {

	private final Mechanics mechanics;
	private final MechanicOnboarding onboarding;
	private final SignIn signIn;

	MechanicPagesController(Mechanics mechanics, MechanicOnboarding onboarding, SignIn signIn) {
		this.mechanics = mechanics;
		this.onboarding = onboarding;
		this.signIn = signIn;
	}

	@GetMapping("/signup/mechanic")
	String signUpForm(Model model) {
		model.addAttribute("form", new MechanicSignUp("", "", "", ""));
		model.addAttribute("errors", FormErrors.none());
		return "mechanics/signup";
	}

	@PostMapping("/signup/mechanic")
	String signUp(@ModelAttribute("form") MechanicSignUp form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			mechanics.register(form);
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("errors", FormErrors.of(refused));
			return "mechanics/signup";
		}
		signIn.signIn(form.email(), form.password(), request, response);
		return "redirect:/mechanic/dashboard";
	}

	@GetMapping("/mechanic/dashboard")
	String dashboard(@AuthenticationPrincipal PlatformUser user, Model model) {
		var mechanic = mechanics.mine(user.id());
		model.addAttribute("mechanic", mechanic);
		model.addAttribute("completion", onboarding.completion(mechanic.id()));
		return "mechanics/dashboard";
	}
}
