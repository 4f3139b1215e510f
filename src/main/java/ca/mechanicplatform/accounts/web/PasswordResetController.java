package ca.mechanicplatform.accounts.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.mechanicplatform.accounts.PasswordResets;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Forgot your password?": the form that asks for a link, the page that says it was sent (the same whether or not the
 * address has an account), and the form the link opens to choose a new password.
 */
@Controller
class PasswordResetController {

	private final PasswordResets resets;

	PasswordResetController(PasswordResets resets) {
		this.resets = resets;
	}

	@GetMapping("/password/forgot")
	String forgotForm(Model model) {
		model.addAttribute("email", "");
		model.addAttribute("errors", FormErrors.none());
		return "accounts/password-forgot";
	}

	@PostMapping("/password/forgot")
	String forgot(@RequestParam(required = false) String email, Model model, HttpServletResponse response) {
		try {
			resets.request(email);
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("email", email == null ? "" : email);
			model.addAttribute("errors", FormErrors.of(refused));
			return "accounts/password-forgot";
		}
		model.addAttribute("email", email.trim());
		return "accounts/password-sent";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		model.addAttribute("token", token == null ? "" : token);
		model.addAttribute("errors", FormErrors.none());
		boolean open = resets.isOpen(token);
		model.addAttribute("open", open);
		if (!open) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return "accounts/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
			@RequestParam(required = false) String confirmation, Model model, HttpServletResponse response) {
		try {
			resets.reset(token, password, confirmation);
		}
		catch (BusinessRuleException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			FormErrors errors = FormErrors.of(refused);
			model.addAttribute("token", token == null ? "" : token);
			model.addAttribute("errors", errors);
			model.addAttribute("open", !errors.has("token"));
			return "accounts/password-reset";
		}
		return "redirect:/login?passwordChanged";
	}
}
