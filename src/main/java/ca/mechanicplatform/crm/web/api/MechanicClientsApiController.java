package ca.mechanicplatform.crm.web.api;

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
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.crm.ClientForm;
import ca.mechanicplatform.crm.ClientId;
import ca.mechanicplatform.crm.ClientSearch;
import ca.mechanicplatform.crm.Clients;
import ca.mechanicplatform.crm.FollowUpForm;
import ca.mechanicplatform.crm.VehicleForm;
import ca.mechanicplatform.crm.web.api.Representations.ClientDetailsView;
import ca.mechanicplatform.crm.web.api.Representations.ClientPageView;
import ca.mechanicplatform.crm.web.api.Representations.ClientView;
import ca.mechanicplatform.crm.web.api.Representations.DoneBody;
import ca.mechanicplatform.crm.web.api.Representations.FollowUpView;
import ca.mechanicplatform.crm.web.api.Representations.NoteBody;
import ca.mechanicplatform.crm.web.api.Representations.NoteView;
import ca.mechanicplatform.crm.web.api.Representations.TagBody;
import ca.mechanicplatform.crm.web.api.Representations.VehicleView;
import ca.mechanicplatform.crm.web.api.Representations.VisitView;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic clients (CRM)", description = "Your clients: search and filters, contact details, vehicles, notes, tags, "
		+ "follow-up reminders and service history. Another mechanic's client is 404.")
class MechanicClientsApiController {

	private final Clients clients;

	MechanicClientsApiController(Clients clients) {
		this.clients = clients;
	}

	@GetMapping("/api/mechanic/clients")
	@Operation(summary = "Search your clients", description = "All optional: q (part of the name, e-mail or phone), vehicle (part of "
			+ "a vehicle's year, make, model or VIN), tag, lastVisitAfter and lastVisitBefore (YYYY-MM-DD; after includes the day, "
			+ "before excludes it; clients never seen are left out when either is given), minLifetimeValueCents, sort (recent, name, "
			+ "value), page (from 0) and size (1–100, default 20). 400 with every parameter at fault.")
	ClientPageView search(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) String vehicle, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String lastVisitAfter, @RequestParam(required = false) String lastVisitBefore,
			@RequestParam(required = false) String minLifetimeValueCents, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
		return ClientPageView.of(clients.search(user.id(), new ClientSearch(q, vehicle, tag, lastVisitAfter, lastVisitBefore,
				number("minLifetimeValueCents", minLifetimeValueCents), sort, integer("page", page), integer("size", size))));
	}

	@PostMapping("/api/mechanic/clients")
	@Operation(summary = "Add a client by hand", description = "Body: name, optional email and phone. 201 with the client; 400 with "
			+ "every field at fault. A platform customer's later consultation is added to a client with the same e-mail address.")
	ResponseEntity<ClientView> create(@AuthenticationPrincipal PlatformUser user, @RequestBody(required = false) ClientForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(ClientView.of(clients.create(user.id(), form)));
	}

	@GetMapping("/api/mechanic/clients/{id}")
	@Operation(summary = "A client with vehicles, notes, follow-ups and service history", description = "The history lists each "
			+ "completed consultation and bay job with what the client paid (grossCents) and your share (mechanicCents), as the "
			+ "ledger recorded them; a refunded one is marked and no longer counts towards lifetimeValueCents.")
	ClientDetailsView one(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
		return ClientDetailsView.of(clients.details(user.id(), clientId(id)));
	}

	@PutMapping("/api/mechanic/clients/{id}")
	@Operation(summary = "Change a client's name and contact details", description = "Body: name, optional email and phone.")
	ClientView update(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @RequestBody(required = false) ClientForm form) {
		return ClientView.of(clients.update(user.id(), clientId(id), form));
	}

	@DeleteMapping("/api/mechanic/clients/{id}")
	@Operation(summary = "Delete a client", description = "With their vehicles, notes, tags, follow-ups and the CRM's history (the "
			+ "ledger keeps the sales). 204.")
	ResponseEntity<Void> delete(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
		clients.delete(user.id(), clientId(id));
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/mechanic/clients/{id}/history")
	@Operation(summary = "A client's service history, newest first")
	List<VisitView> history(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
		return clients.history(user.id(), clientId(id)).stream().map(VisitView::of).toList();
	}

	// --- vehicles ------------------------------------------------------------------------------------------------

	@GetMapping("/api/mechanic/clients/{id}/vehicles")
	@Operation(summary = "A client's vehicles")
	List<VehicleView> vehicles(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
		return clients.vehicles(user.id(), clientId(id)).stream().map(VehicleView::of).toList();
	}

	@PostMapping("/api/mechanic/clients/{id}/vehicles")
	@Operation(summary = "Add a vehicle", description = "Body: model, optional year (e.g. \"2016\"), make and vin (17 characters, check "
			+ "digit verified). 201.")
	ResponseEntity<VehicleView> addVehicle(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
			@RequestBody(required = false) VehicleForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(VehicleView.of(clients.addVehicle(user.id(), clientId(id), form)));
	}

	@PutMapping("/api/mechanic/clients/{id}/vehicles/{vehicleId}")
	@Operation(summary = "Change a vehicle", description = "Body: model, optional year, make and vin.")
	VehicleView updateVehicle(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String vehicleId,
			@RequestBody(required = false) VehicleForm form) {
		return VehicleView.of(clients.updateVehicle(user.id(), clientId(id), part("Vehicle", vehicleId), form));
	}

	@DeleteMapping("/api/mechanic/clients/{id}/vehicles/{vehicleId}")
	@Operation(summary = "Remove a vehicle", description = "204.")
	ResponseEntity<Void> deleteVehicle(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String vehicleId) {
		clients.deleteVehicle(user.id(), clientId(id), part("Vehicle", vehicleId));
		return ResponseEntity.noContent().build();
	}

	// --- notes ---------------------------------------------------------------------------------------------------

	@GetMapping("/api/mechanic/clients/{id}/notes")
	@Operation(summary = "A client's notes, newest first")
	List<NoteView> notes(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
		return clients.notes(user.id(), clientId(id)).stream().map(NoteView::of).toList();
	}

	@PostMapping("/api/mechanic/clients/{id}/notes")
	@Operation(summary = "Add a note", description = "Body: body (up to 4,000 characters). 201.")
	ResponseEntity<NoteView> addNote(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
			@RequestBody(required = false) NoteBody body) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(NoteView.of(clients.addNote(user.id(), clientId(id), body == null ? null : body.body())));
	}

	@PutMapping("/api/mechanic/clients/{id}/notes/{noteId}")
	@Operation(summary = "Edit a note", description = "Body: body.")
	NoteView editNote(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String noteId,
			@RequestBody(required = false) NoteBody body) {
		return NoteView.of(clients.editNote(user.id(), clientId(id), part("Note", noteId), body == null ? null : body.body()));
	}

	@DeleteMapping("/api/mechanic/clients/{id}/notes/{noteId}")
	@Operation(summary = "Delete a note", description = "204.")
	ResponseEntity<Void> deleteNote(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String noteId) {
		clients.deleteNote(user.id(), clientId(id), part("Note", noteId));
		return ResponseEntity.noContent().build();
	}

	// --- tags ----------------------------------------------------------------------------------------------------

	@GetMapping("/api/mechanic/clients/tags")
	@Operation(summary = "Every tag you use")
	List<String> tags(@AuthenticationPrincipal PlatformUser user) {
		return clients.tags(user.id());
	}

	@PostMapping("/api/mechanic/clients/{id}/tags")
	@Operation(summary = "Tag a client", description = "Body: tag (letters, digits, spaces, - and _, up to 40; stored in lower case). "
			+ "Adding a tag the client has changes nothing. Returns the client.")
	ClientView addTag(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @RequestBody(required = false) TagBody body) {
		return ClientView.of(clients.addTag(user.id(), clientId(id), body == null ? null : body.tag()));
	}

	@DeleteMapping("/api/mechanic/clients/{id}/tags/{tag}")
	@Operation(summary = "Remove a tag from a client")
	ClientView removeTag(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String tag) {
		return ClientView.of(clients.removeTag(user.id(), clientId(id), tag));
	}

	// --- follow-ups ----------------------------------------------------------------------------------------------

	@GetMapping("/api/mechanic/clients/follow-ups/due")
	@Operation(summary = "Your open follow-ups due today or earlier", description = "Across all clients, oldest due first; today in "
			+ "the platform's accounting time zone.")
	List<FollowUpView> due(@AuthenticationPrincipal PlatformUser user) {
		return clients.dueFollowUps(user.id()).stream().map(FollowUpView::of).toList();
	}

	@GetMapping("/api/mechanic/clients/{id}/follow-ups")
	@Operation(summary = "A client's follow-ups")
	List<FollowUpView> followUps(@AuthenticationPrincipal PlatformUser user, @PathVariable String id) {
		return clients.followUps(user.id(), clientId(id)).stream().map(FollowUpView::of).toList();
	}

	@PostMapping("/api/mechanic/clients/{id}/follow-ups")
	@Operation(summary = "Add a follow-up reminder", description = "Body: dueOn (YYYY-MM-DD), text. 201.")
	ResponseEntity<FollowUpView> addFollowUp(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
			@RequestBody(required = false) FollowUpForm form) {
		return ResponseEntity.status(HttpStatus.CREATED).body(FollowUpView.of(clients.addFollowUp(user.id(), clientId(id), form)));
	}

	@PutMapping("/api/mechanic/clients/{id}/follow-ups/{followUpId}")
	@Operation(summary = "Change a follow-up's day or text", description = "Body: dueOn, text.")
	FollowUpView updateFollowUp(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String followUpId,
			@RequestBody(required = false) FollowUpForm form) {
		return FollowUpView.of(clients.updateFollowUp(user.id(), clientId(id), part("Follow-up", followUpId), form));
	}

	@PostMapping("/api/mechanic/clients/{id}/follow-ups/{followUpId}/done")
	@Operation(summary = "Mark a follow-up done", description = "Optional body {\"done\": false} opens it again.")
	FollowUpView done(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String followUpId,
			@RequestBody(required = false) DoneBody body) {
		return FollowUpView.of(clients.markDone(user.id(), clientId(id), part("Follow-up", followUpId),
				body == null || body.done() == null || body.done()));
	}

	@DeleteMapping("/api/mechanic/clients/{id}/follow-ups/{followUpId}")
	@Operation(summary = "Delete a follow-up", description = "204.")
	ResponseEntity<Void> deleteFollowUp(@AuthenticationPrincipal PlatformUser user, @PathVariable String id,
			@PathVariable String followUpId) {
		clients.deleteFollowUp(user.id(), clientId(id), part("Follow-up", followUpId));
		return ResponseEntity.noContent().build();
	}

	// --- parameters ----------------------------------------------------------------------------------------------

	static ClientId clientId(String raw) {
		return new ClientId(part("Client", raw));
	}

	/** A path id; anything but a positive number is "not found", like an id that does not exist. */
	static long part(String what, String raw) {
		try {
			long id = Long.parseLong(raw);
			if (id > 0) {
				return id;
			}
		}
		catch (NumberFormatException e) {
			// falls through
		}
		throw new NotFoundException(what + " " + raw + " was not found");
	}

	private static Long number(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(raw.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(java.util.Map.of(field, "Enter a whole number of cents"));
		}
	}

	private static Integer integer(String field, String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(java.util.Map.of(field, "Enter a whole number"));
		}
	}
}
