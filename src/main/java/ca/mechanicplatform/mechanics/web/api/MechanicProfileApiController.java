package ca.mechanicplatform.mechanics.web.api;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicSignUp;
import ca.mechanicplatform.mechanics.Mechanics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic profile")
class MechanicProfileApiController {

	private final Mechanics mechanics;

	MechanicProfileApiController(Mechanics mechanics) {
		this.mechanics = mechanics;
	}

	/** A mechanic's profile as the API shows it to the mechanic. */
	record MechanicProfile(long id, String name, String email, String serviceTier, String mechanicType, Long workshopId,
			String postalCode, String province, boolean verified, boolean clockedInByAdmin, boolean available,
			String offShiftMode, int exclusionRadiusKm, int offShiftRevenueSharePct) {

		static MechanicProfile of(Mechanic m) {
			return new MechanicProfile(m.id().value(), m.name(), m.email(),
					m.serviceTier() == null ? null : m.serviceTier().name(), m.type().name(),
					m.workshopId() == null ? null : m.workshopId().value(), m.postalCode().value(), m.province().name(),
					m.verified(), m.clockedInByAdmin(), m.available(), m.offShiftMode().code(), m.exclusionRadiusKm(),
					m.offShiftRevenueSharePct());
		}
	}

	@PostMapping("/api/signup/mechanic")
	@SecurityRequirements
	@Operation(summary = "Open a mechanic's account", description = "Then POST /api/auth/token to get a bearer token.")
	ResponseEntity<MechanicProfile> signUp(@RequestBody MechanicSignUp request) {
		return ResponseEntity.created(URI.create("/api/mechanic/profile")).body(MechanicProfile.of(mechanics.register(request)));
	}

	@GetMapping("/api/mechanic/profile")
	@Operation(summary = "The signed-in mechanic's profile")
	MechanicProfile profile(@AuthenticationPrincipal PlatformUser user) {
		return MechanicProfile.of(mechanics.mine(user.id()));
	}
}
