package ca.mechanicplatform.workshops.web.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.workshops.Bay;
import ca.mechanicplatform.workshops.BayForm;
import ca.mechanicplatform.workshops.WorkshopBays;
import ca.mechanicplatform.workshops.Workshops;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Workshop bays")
class WorkshopBaysApiController {

	private final Workshops workshops;
	private final WorkshopBays bays;

	WorkshopBaysApiController(Workshops workshops, WorkshopBays bays) {
		this.workshops = workshops;
		this.bays = bays;
	}

	record BayView(long id, String name, String type, boolean active) {

		static BayView of(Bay bay) {
			return new BayView(bay.id().value(), bay.name(), bay.type().name(), bay.active());
		}
	}

	@GetMapping("/api/workshop/bays")
	@Operation(summary = "The workshop's bays, inactive ones included")
	List<BayView> list(@AuthenticationPrincipal PlatformUser user) {
		return bays.of(workshops.mine(user.id()).id()).stream().map(BayView::of).toList();
	}

	@PostMapping("/api/workshop/bays")
	@Operation(summary = "Add a bay", description = "name (unique in the workshop) and type: LIFT, ALIGNMENT, DIAGNOSTIC or GENERAL.")
	ResponseEntity<BayView> add(@AuthenticationPrincipal PlatformUser user, @RequestBody BayForm request) {
		Bay bay = bays.add(user.id(), request);
		return ResponseEntity.created(URI.create("/api/workshop/bays/" + bay.id())).body(BayView.of(bay));
	}

	@GetMapping("/api/workshop/bays/{id}")
	@Operation(summary = "One of the workshop's bays")
	BayView get(@AuthenticationPrincipal PlatformUser user, @PathVariable long id) {
		return BayView.of(bays.get(workshops.mine(user.id()).id(), bayId(id)));
	}

	@PutMapping("/api/workshop/bays/{id}")
	@Operation(summary = "Rename, retype, activate or deactivate a bay", description = "Another workshop's bay is 404.")
	BayView update(@AuthenticationPrincipal PlatformUser user, @PathVariable long id, @RequestBody BayForm request) {
		return BayView.of(bays.update(user.id(), bayId(id), request));
	}

	private static BayId bayId(long id) {
		if (id <= 0) {
			throw NotFoundException.of("Bay", id);
		}
		return new BayId(id);
	}
}
