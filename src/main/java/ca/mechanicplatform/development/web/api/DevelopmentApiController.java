package ca.mechanicplatform.development.web.api;

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
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.development.ProfessionalDevelopment;
import ca.mechanicplatform.development.TrainingForm;
import ca.mechanicplatform.development.web.api.Representations.DevelopmentView;
import ca.mechanicplatform.development.web.api.Representations.TrainingView;
import ca.mechanicplatform.kernel.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic professional development", description = "Your certifications with their expiry status and reminders, "
		+ "your training log and hours per year. Another mechanic's training is 404.")
class DevelopmentApiController {

	private final ProfessionalDevelopment development;

	DevelopmentApiController(ProfessionalDevelopment development) {
		this.development = development;
	}

	@GetMapping("/api/mechanic/development")
	@Operation(summary = "Certifications with expiry status, and hours per year", description = "Each certification has expiryStatus "
			+ "(VALID, EXPIRES_SOON within 60 days, EXPIRED), daysLeft (negative once expired) and its reminders (60 and 14 days "
			+ "before expiry; sent or still to come). hoursPerYear totals the training log by calendar year, newest first.")
	DevelopmentView overview(@AuthenticationPrincipal PlatformUser user) {
		return DevelopmentView.of(development.overview(user.id()));
	}

	@GetMapping("/api/mechanic/development/training")
	@Operation(summary = "Your training log, most recently completed first")
	List<TrainingView> trainings(@AuthenticationPrincipal PlatformUser user) {
		return development.trainings(user.id()).stream().map(TrainingView::of).toList();
	}

	@PostMapping("/api/mechanic/development/training")
	@Operation(summary = "Record a completed training", description = "Body: title, provider, completedOn (YYYY-MM-DD, today or "
			+ "earlier), hours (more than 0, at most 1000, up to two decimals, e.g. 7.5), category (MANUFACTURER, "
			+ "HYBRID_AND_ELECTRIC, DIAGNOSTICS, SAFETY_AND_COMPLIANCE, TRADE_UPGRADING, BUSINESS, OTHER), optional note and "
			+ "documentUrl (http or https address of the completion certificate). 201; 400 with every field at fault.")
	ResponseEntity<TrainingView> record(@AuthenticationPrincipal PlatformUser user, @RequestBody(required = false) TrainingForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(TrainingView.of(development.record(user.id(), form)));
	}

	@GetMapping("/api/mechanic/development/training/{id}")
	TrainingView training(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
		return TrainingView.of(development.training(user.id(), trainingId(id)));
	}

	@PutMapping("/api/mechanic/development/training/{id}")
	@Operation(summary = "Change a training", description = "Body: every field, as when recording it.")
	TrainingView update(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
			@RequestBody(required = false) TrainingForm form) {
		return TrainingView.of(development.update(user.id(), trainingId(id), form));
	}

	@DeleteMapping("/api/mechanic/development/training/{id}")
	@Operation(summary = "Delete a training", description = "204.")
	ResponseEntity<Void> delete(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
		development.delete(user.id(), trainingId(id));
		return ResponseEntity.noContent().build();
	}

	/** A path id; anything but a positive number is "not found", like an id that does not exist. */
	static long trainingId(String raw) {
		try {
			long id = Long.parseLong(raw);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// falls through
		}
		throw new NotFoundException("Training " + raw + " was not found");
	}
}
