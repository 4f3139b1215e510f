package ca.mechanicplatform.partnerships.web.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.partnerships.ApplicationId;
import ca.mechanicplatform.partnerships.ApplicationStatus;
import ca.mechanicplatform.partnerships.PartnershipApplications;
import ca.mechanicplatform.partnerships.PartnershipPrograms;
import ca.mechanicplatform.partnerships.Program;
import ca.mechanicplatform.partnerships.ProgramForm;
import ca.mechanicplatform.partnerships.ProgramId;
import ca.mechanicplatform.partnerships.ProgramStatus;
import ca.mechanicplatform.partnerships.ProgramTemplate;
import ca.mechanicplatform.partnerships.web.api.Representations.ApplicationView;
import ca.mechanicplatform.partnerships.web.api.Representations.ProgramView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Workshop partnership programs", description = "Programs a workshop publishes and the applications it reviews")
class WorkshopProgramsApiController {

	private final PartnershipPrograms programs;
	private final PartnershipApplications applications;

	WorkshopProgramsApiController(PartnershipPrograms programs, PartnershipApplications applications) {
		this.programs = programs;
		this.applications = applications;
	}

	record StatusChange(String status) {
	}

	record Rejection(String reason) {
	}

	@GetMapping("/api/workshop/partnership-programs")
	@Operation(summary = "Your workshop's programs, newest first")
	List<ProgramView> list(@AuthenticationPrincipal PlatformUser user) {
		return programs.mine(user.id()).stream().map(ProgramView::of).toList();
	}

	@GetMapping("/api/workshop/partnership-programs/templates")
	@Operation(summary = "The three starting points, one per program type")
	List<ProgramForm> templates() {
		return java.util.Arrays.stream(ProgramTemplate.values()).map(ProgramTemplate::form).toList();
	}

	@PostMapping("/api/workshop/partnership-programs")
	@Operation(summary = "Create a draft program", description = "Amounts in dollars as text (\"45.00\"), the share in percent; "
			+ "bayIds lists the workshop's active bays the program offers (omit or leave empty for every active bay).")
	ResponseEntity<ProgramView> create(@AuthenticationPrincipal PlatformUser user, @RequestBody ProgramForm form) {
		var program = programs.create(user.id(), form);
		return ResponseEntity.created(URI.create("/api/workshop/partnership-programs/" + program.id())).body(full(program));
	}

	@GetMapping("/api/workshop/partnership-programs/{id}")
	@Operation(summary = "One of your programs")
	ProgramView get(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return full(programs.own(user.id(), new ProgramId(id)));
	}

	@PutMapping("/api/workshop/partnership-programs/{id}")
	@Operation(summary = "Change one of your programs (not once closed)")
	ProgramView update(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody ProgramForm form) {
		return full(programs.update(user.id(), new ProgramId(id), form));
	}

	@PostMapping("/api/workshop/partnership-programs/{id}/status")
	@Operation(summary = "Publish, pause, reopen or close a program")
	ProgramView status(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody StatusChange change) {
		return full(programs.changeStatus(user.id(), new ProgramId(id), status(change.status())));
	}

	private ProgramView full(Program program) {
		return ProgramView.of(program, programs.offeredBays(program));
	}

	@DeleteMapping("/api/workshop/partnership-programs/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a program nobody has applied to (otherwise close it)")
	void delete(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		programs.delete(user.id(), new ProgramId(id));
	}

	@GetMapping("/api/workshop/partnerships/applications")
	@Operation(summary = "Applications to your programs, optionally by status (SUBMITTED, WITHDRAWN, APPROVED, REJECTED)")
	List<ApplicationView> applications(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String status) {
		ApplicationStatus wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = ApplicationStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInputException(java.util.Map.of("status", "Status is SUBMITTED, WITHDRAWN, APPROVED or REJECTED"));
			}
		}
		return applications.forReview(user.id(), wanted).stream().map(ApplicationView::of).toList();
	}

	@PostMapping("/api/workshop/partnerships/{id}/approve")
	@Operation(summary = "Approve an application: creates the partnership and the agreement both parties sign")
	ApplicationView approve(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return ApplicationView.of(applications.approve(user.id(), new ApplicationId(id)));
	}

	@PostMapping("/api/workshop/partnerships/{id}/reject")
	@Operation(summary = "Reject an application with a reason the mechanic sees")
	ApplicationView reject(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody Rejection rejection) {
		return ApplicationView.of(applications.reject(user.id(), new ApplicationId(id), rejection == null ? null : rejection.reason()));
	}

	private static ProgramStatus status(String raw) {
		try {
			return ProgramStatus.valueOf(raw == null ? "" : raw.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(java.util.Map.of("status", "Status is DRAFT, PUBLISHED, PAUSED or CLOSED"));
		}
	}
}
