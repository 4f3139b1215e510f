package ca.mechanicplatform.workshops.web.api;

import java.time.Instant;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.workshops.EmployeeInvitation;
import ca.mechanicplatform.workshops.WorkshopEmployees;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic invitations")
class MechanicInvitationsApiController {

	private final WorkshopEmployees employees;

	MechanicInvitationsApiController(WorkshopEmployees employees) {
		this.employees = employees;
	}

	record MechanicInvitationView(String token, long workshopId, String workshopName, String workshopCity, String status,
			Instant createdAt, Instant respondedAt) {

		static MechanicInvitationView of(EmployeeInvitation i) {
			return new MechanicInvitationView(i.token(), i.workshopId().value(), i.workshopName(), i.workshopCity(),
					i.status().name(), i.createdAt(), i.respondedAt());
		}
	}

	@GetMapping("/api/mechanic/invitations")
	@Operation(summary = "Workshops' invitations to the signed-in mechanic's e-mail address")
	List<MechanicInvitationView> list(@AuthenticationPrincipal PlatformUser user) {
		return employees.invitationsFor(user.id()).stream().map(MechanicInvitationView::of).toList();
	}

	@PostMapping("/api/mechanic/invitations/{token}/accept")
	@Operation(summary = "Accept an invitation and become the workshop's employee",
			description = "Someone else's invitation is 404; an answered one, or a mechanic employed already, 409.")
	MechanicInvitationView accept(@AuthenticationPrincipal PlatformUser user, @PathVariable String token) {
		return MechanicInvitationView.of(employees.accept(user.id(), token));
	}

	@PostMapping("/api/mechanic/invitations/{token}/decline")
	@Operation(summary = "Decline an invitation")
	MechanicInvitationView decline(@AuthenticationPrincipal PlatformUser user, @PathVariable String token) {
		return MechanicInvitationView.of(employees.decline(user.id(), token));
	}
}
