package ca.mechanicplatform.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The public home page and the redirect from {@code /dashboard} to the signed-in person's own dashboard. */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "web/home";
	}

	@GetMapping("/dashboard")
	String dashboard(Authentication authentication) {
		String role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_")).findFirst().orElse("");
		return switch (role) {
			case "ROLE_MECHANIC" -> "redirect:/mechanic/dashboard";
			case "ROLE_WORKSHOP_ADMIN" -> "redirect:/workshop/dashboard";
			case "ROLE_PLATFORM_ADMIN" -> "redirect:/admin/dashboard";
			case "ROLE_CUSTOMER" -> "redirect:/customer/dashboard";
			default -> "redirect:/";
		};
	}
}
