package ca.mechanicplatform.accounts.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.Province;

@Controller
class CustomerDashboardController {

	private final Accounts accounts;

	CustomerDashboardController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/customer/dashboard")
	String dashboard(@AuthenticationPrincipal PlatformUser user, Model model) {
		var customer = accounts.customerOf(user.id()).orElseThrow(() -> new NotFoundException("No customer profile"));
		model.addAttribute("customer", customer);
		model.addAttribute("province", Province.ofPostalCode(customer.postalCode()));
		return "accounts/customer-dashboard";
	}
}
