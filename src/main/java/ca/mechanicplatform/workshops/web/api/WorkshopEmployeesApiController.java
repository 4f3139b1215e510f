package ca.mechanicplatform.workshops.web.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.mechanics.Employee;
import ca.mechanicplatform.workshops.EmployeeInvitation;
import ca.mechanicplatform.workshops.WorkshopEmployees;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Workshop employees")
class WorkshopEmployeesApiController {

	private final WorkshopEmployees employees;

	WorkshopEmployeesApiController(WorkshopEmployees employees) {
		this.employees = employees;
	}

	record EmployeeView(long mechanicId, String name, String email, String status, boolean clockedInByAdmin,
			Instant onShiftSince, Instant lastClockedOut, boolean available, String offShiftMode, int exclusionRadiusKm,
			boolean verified) {

		static EmployeeView of(Employee e) {
			var m = e.mechanic();
			return new EmployeeView(m.id().value(), m.name(), m.email(), m.clockedInByAdmin() ? "ON_SHIFT" : "OFF_SHIFT",
					m.clockedInByAdmin(), e.onShiftSince(), e.lastClockedOut(), m.available(), m.offShiftMode().code(),
					m.exclusionRadiusKm(), m.verified());
		}
	}

	record InvitationView(long id, String email, String status, Instant createdAt, Instant respondedAt) {

		static InvitationView of(EmployeeInvitation i) {
			return new InvitationView(i.id(), i.email(), i.status().name(), i.createdAt(), i.respondedAt());
		}
	}

	record EmployeesView(List<EmployeeView> employees, List<InvitationView> invitations) {
	}

	record InviteRequest(String email) {
	}

	@GetMapping("/api/workshop/employees")
	@Operation(summary = "The workshop's employees with their shift status and off-shift mode, and its invitations")
	EmployeesView list(@AuthenticationPrincipal PlatformUser user) {
		return new EmployeesView(employees.employees(user.id()).stream().map(EmployeeView::of).toList(),
				employees.invitations(user.id()).stream().map(InvitationView::of).toList());
	}

	@PostMapping("/api/workshop/employees/invitations")
	@Operation(summary = "Invite a mechanic by e-mail to join as a workshop employee",
			description = "The mechanic with that address accepts it in the app. 409 if one is pending already.")
	ResponseEntity<InvitationView> invite(@AuthenticationPrincipal PlatformUser user, @RequestBody InviteRequest request) {
		EmployeeInvitation invitation = employees.invite(user.id(), request.email());
		return ResponseEntity.created(URI.create("/api/workshop/employees/invitations/" + invitation.id()))
			.body(InvitationView.of(invitation));
	}

	@DeleteMapping("/api/workshop/employees/invitations/{id}")
	@Operation(summary = "Withdraw a pending invitation")
	InvitationView revoke(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return InvitationView.of(employees.revoke(user.id(), id));
	}

	@PostMapping("/api/workshop/employees/{mechanicId}/clock-in")
	@Operation(summary = "Clock an employee in", description = "Someone else's employee is 404; on shift already is 409.")
	EmployeeView clockIn(@AuthenticationPrincipal PlatformUser user, @PathVariable long mechanicId) {
		return EmployeeView.of(employees.clockIn(user.id(), mechanicId(mechanicId)));
	}

	@PostMapping("/api/workshop/employees/{mechanicId}/clock-out")
	@Operation(summary = "Clock an employee out", description = "Someone else's employee is 404; off shift already is 409.")
	EmployeeView clockOut(@AuthenticationPrincipal PlatformUser user, @PathVariable long mechanicId) {
		return EmployeeView.of(employees.clockOut(user.id(), mechanicId(mechanicId)));
	}

	private static MechanicId mechanicId(long id) {
		if (id <= 0) {
			throw NotFoundException.of("Employee", id);
		}
		return new MechanicId(id);
	}
}
