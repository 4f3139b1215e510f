package ca.mechanicplatform.workshops.web.api;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopSignUp;
import ca.mechanicplatform.workshops.Workshops;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Workshop profile")
class WorkshopProfileApiController {

	private final Workshops workshops;

	WorkshopProfileApiController(Workshops workshops) {
		this.workshops = workshops;
	}

	record WorkshopProfile(long id, String name, String streetAddress, String city, String province, String postalCode,
			String timeZone, String phone, boolean allowEmployeeLocalFreelance, int employeeRevenueSharePct) {

		static WorkshopProfile of(Workshop w) {
			return new WorkshopProfile(w.id().value(), w.name(), w.streetAddress(), w.city(), w.province().name(),
					w.postalCode().value(), w.timeZone().getId(), w.phone(), w.allowEmployeeLocalFreelance(),
					w.employeeRevenueSharePct());
		}
	}

	@PostMapping("/api/signup/workshop")
	@SecurityRequirements
	@Operation(summary = "Open a workshop and its admin's account", description = "Then POST /api/auth/token to get a bearer token.")
	ResponseEntity<WorkshopProfile> signUp(@RequestBody WorkshopSignUp request) {
		return ResponseEntity.created(URI.create("/api/workshop/profile")).body(WorkshopProfile.of(workshops.register(request)));
	}

	@GetMapping("/api/workshop/profile")
	@Operation(summary = "The signed-in admin's workshop")
	WorkshopProfile profile(@AuthenticationPrincipal PlatformUser user) {
		return WorkshopProfile.of(workshops.mine(user.id()));
	}
}
