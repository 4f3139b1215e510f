package ca.mechanicplatform.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

	/** {@code ref} is a mechanic's referral code from a referral link; it rides along in the form. */
	@GetMapping("/signup/customer")
	String customerForm(@RequestParam(name = "ref", required = false) String ref, Model model) {
		model.addAttribute("form", new CustomerSignUp("", "", "", "", ""));
		model.addAttribute("referralCode", referralCode(ref));
		model.addAttribute("errors", FormErrors.none());
		return "accounts/signup-customer";
	}

	@PostMapping("/signup/customer")
	String signUpCustomer(@ModelAttribute("form") CustomerSignUp form,
			@RequestParam(name = "referralCode", required = false) String referralCode, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			accounts.registerCustomer(form, referralCode(referralCode));
		}
		catch (BusinessRuleException refused) {
			model.addAttribute("errors", FormErrors.of(refused));
			model.addAttribute("referralCode", referralCode(referralCode));
			return "accounts/signup-customer";
		}
		signIn.signIn(form.email(), form.password(), request, response);
		return "redirect:/customer/dashboard";
	}

	/** A referral code as it may appear in a link: letters and digits, at most 16; anything else is dropped. */
	static String referralCode(String raw) {
		if (raw == null) {
			return null;
		}
		String code = raw.trim().toUpperCase(java.util.Locale.ROOT);
		return code.matches("[A-Z0-9]{4,16}") ? code : null;
	}
}
