package ca.mechanicplatform.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.ApiTokens;
import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.BusinessRuleException;

/** Where anyone signed in creates and revokes personal API tokens. */
@Controller
class ApiTokensPageController {

	private final ApiTokens tokens;

	ApiTokensPageController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/account/tokens")
	String list(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("tokens", tokens.of(user.id()));
		return "accounts/tokens";
	}

	@PostMapping("/account/tokens")
	String issue(@AuthenticationPrincipal PlatformUser user, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		try {
			var issued = tokens.issue(user.id(), name);
			redirect.addFlashAttribute("issued", issued);
		}
		catch (BusinessRuleException refused) {
			redirect.addFlashAttribute("tokenError", refused.getMessage());
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, RedirectAttributes redirect) {
		tokens.revoke(user.id(), id);
		redirect.addFlashAttribute("flash", "Token revoked. Requests using it are now refused.");
		return "redirect:/account/tokens";
	}
}
