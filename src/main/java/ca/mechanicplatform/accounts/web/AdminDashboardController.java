package ca.mechanicplatform.accounts.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.Role;

/** The operator's landing page: who is on the platform. */
@Controller
class AdminDashboardController {

	private final Accounts accounts;

	AdminDashboardController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/admin/dashboard")
	String dashboard(Model model) {
		var counts = accounts.countByRole();
		model.addAttribute("counts", counts);
		model.addAttribute("roles", Role.values());
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		return "accounts/admin-dashboard";
	}
}
