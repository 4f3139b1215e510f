package ca.mechanicplatform.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.CustomerSignUp;
import ca.mechanicplatform.accounts.SignIn;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.web.FormErrors;

/** The sign-up chooser and the vehicle owner's sign-up form. */
@Controller
class SignUpController {

	private final Accounts accounts;
	private final SignIn signIn;

	SignUpController(Accounts accounts, SignIn signIn) {
		this.accounts = accounts;
		this.signIn = signIn;
	}

	@GetMapping("/signup")
	String choose() {
		return "accounts/signup";
	}

	@GetMapping("/signup/customer")
	String customerForm(Model model) {
		model.addAttribute("form", new CustomerSignUp("", "", "", "", ""));
		model.addAttribute("errors", FormErrors.none());
		return "accounts/signup-customer";
	}

	@PostMapping("/signup/customer")
	String signUpCustomer(@ModelAttribute("form") CustomerSignUp form, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			accounts.registerCustomer(form);
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("errors", FormErrors.of(refused));
			return "accounts/signup-customer";
		}
		signIn.signIn(form.email(), form.password(), request, response);
		return "redirect:/customer/dashboard";
	}
}
