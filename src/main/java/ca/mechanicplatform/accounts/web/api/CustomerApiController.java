package ca.mechanicplatform.accounts.web.api;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.Customer;
import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.accounts.CustomerSignUp;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Customer profile")
class CustomerApiController {

	private final Accounts accounts;

	CustomerApiController(Accounts accounts) {
		this.accounts = accounts;
	}

	record CustomerResponse(long id, long userId, String name, String email, String postalCode, String phone) {

		static CustomerResponse of(Customer c) {
			return new CustomerResponse(c.id().value(), c.userId().value(), c.name(), c.email(), c.postalCode().value(), c.phone());
		}
	}

	/** The sign-up request: the form's fields and an optional referral code from a mechanic's referral link. */
	record CustomerSignUpRequest(String name, String email, String password, String postalCode, String phone,
			String referralCode) {
	}

	@PostMapping("/api/signup/customer")
	@SecurityRequirements
	@Operation(summary = "Open a vehicle owner's account", description = "Then POST /api/auth/token to get a bearer token. "
			+ "referralCode (optional) is a mechanic's referral code: the new customer is attributed to that mechanic. "
			+ "An unknown or malformed code is ignored, never an error, so a stale referral link cannot stop a sign-up.")
	ResponseEntity<CustomerResponse> signUp(@RequestBody CustomerSignUpRequest request) {
		CustomerSignUp form = new CustomerSignUp(request.name(), request.email(), request.password(), request.postalCode(),
				request.phone());
		return ResponseEntity.created(URI.create("/api/customer/profile"))
			.body(CustomerResponse.of(accounts.registerCustomer(form, request.referralCode())));
	}

	@GetMapping("/api/customer/profile")
	@Operation(summary = "The signed-in customer's profile")
	CustomerResponse profile(@AuthenticationPrincipal PlatformUser user) {
		return CustomerResponse.of(accounts.customerOf(user.id()).orElseThrow(() -> new NotFoundException("No customer profile")));
	}
}
