package ca.mechanicplatform.crm.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.crm.Client;
import ca.mechanicplatform.crm.ClientDetails;
import ca.mechanicplatform.crm.ClientForm;
import ca.mechanicplatform.crm.ClientId;
import ca.mechanicplatform.crm.ClientSearch;
import ca.mechanicplatform.crm.Clients;
import ca.mechanicplatform.crm.FollowUpForm;
import ca.mechanicplatform.crm.VehicleForm;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.web.FormErrors;

/**
 * The mechanic's CRM pages: the client list with search, filters, paging and today's follow-ups (results reload with
 * htmx as the search changes), and a client's page with history, vehicles, notes, tags and follow-ups. Every form posts
 * and redirects; a refused form is shown again with its messages and nothing changed.
 */
@Controller
class MechanicClientPagesController {

	private final Clients clients;

	MechanicClientPagesController(Clients clients) {
		this.clients = clients;
	}

	/** The search form as typed; the lifetime value in dollars. */
	record SearchFields(String q, String vehicle, String tag, String lastVisitAfter, String lastVisitBefore, String minValue,
			String sort, Integer page) {

		ClientSearch toSearch(FormErrors errors) {
			Long cents = null;
			if (minValue != null && !minValue.isBlank()) {
				try {
					cents = Money.ofDollars(minValue.trim().replace("$", "").replace(",", "")).cents();
				}
				catch (IllegalArgumentException e) {
					errors.field("minValue", "Enter an amount in dollars, like 250");
				}
			}
			return new ClientSearch(q, vehicle, tag, lastVisitAfter, lastVisitBefore, cents, sort, page, 25);
		}

		/** The query string of this search on another page. */
		String query(int otherPage) {
			Map<String, String> p = new LinkedHashMap<>();
			p.put("q", q);
			p.put("vehicle", vehicle);
			p.put("tag", tag);
			p.put("lastVisitAfter", lastVisitAfter);
			p.put("lastVisitBefore", lastVisitBefore);
			p.put("minValue", minValue);
			p.put("sort", sort);
			StringBuilder s = new StringBuilder("?page=").append(otherPage);
			p.forEach((k, v) -> {
				if (v != null && !v.isBlank()) {
					s.append('&').append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
				}
			});
			return s.toString();
		}
	}

	@GetMapping("/mechanic/clients")
	String list(@AuthenticationPrincipal PlatformUser user, SearchFields search,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		results(user, search, model);
		if (htmx != null && !model.containsAttribute("addForm")) {
			return "crm/clients :: results";
		}
		page(user, model, new ClientForm("", "", ""), FormErrors.none());
		return "crm/clients";
	}

	@PostMapping("/mechanic/clients")
	String create(@AuthenticationPrincipal PlatformUser user, ClientForm form, Model model, RedirectAttributes redirect) {
		try {
			Client client = clients.create(user.id(), form);
			redirect.addFlashAttribute("flash", "Added " + client.name() + ".");
			return "redirect:/mechanic/clients/" + client.id();
		}
		catch (BusinessRuleException refused) {
			results(user, new SearchFields(null, null, null, null, null, null, null, null), model);
			page(user, model, form, FormErrors.of(refused));
			return "crm/clients";
		}
	}

	private void results(PlatformUser user, SearchFields search, Model model) {
		FormErrors errors = FormErrors.none();
		SearchFields s = search == null ? new SearchFields(null, null, null, null, null, null, null, null) : search;
		ClientSearch criteria = s.toSearch(errors);
		if (errors.any()) {
			criteria = new ClientSearch(s.q(), s.vehicle(), s.tag(), s.lastVisitAfter(), s.lastVisitBefore(), null, s.sort(), s.page(), 25);
		}
		try {
			model.addAttribute("results", clients.search(user.id(), criteria));
		}
		catch (BusinessRuleException refused) {
			errors.add(refused);
			model.addAttribute("results", clients.search(user.id(), ClientSearch.all()));
		}
		model.addAttribute("search", s);
		model.addAttribute("searchErrors", errors);
	}

	private void page(PlatformUser user, Model model, ClientForm form, FormErrors errors) {
		model.addAttribute("tags", clients.tags(user.id()));
		model.addAttribute("due", clients.dueFollowUps(user.id()));
		model.addAttribute("today", clients.today());
		model.addAttribute("addForm", form);
		model.addAttribute("errors", errors);
	}

	// --- a client ------------------------------------------------------------------------------------------------

	@GetMapping("/mechanic/clients/{id}")
	String client(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, Model model) {
		return show(user, clientId(id), model, null, FormErrors.none(), Map.of());
	}

	private String show(PlatformUser user, ClientId id, Model model, String failed, FormErrors errors, Map<String, Object> typed) {
		ClientDetails details = clients.details(user.id(), id);
		model.addAttribute("d", details);
		model.addAttribute("c", details.client());
		model.addAttribute("today", clients.today());
		model.addAttribute("failed", failed == null ? "" : failed);
		model.addAttribute("errors", errors);
		model.addAttribute("typed", typed);
		long paid = details.history().stream().filter(v -> !v.isRefunded()).mapToLong(v -> v.gross().cents()).sum();
		long earned = details.history().stream().filter(v -> !v.isRefunded()).mapToLong(v -> v.mechanic().cents()).sum();
		model.addAttribute("paidCents", paid);
		model.addAttribute("earnedCents", earned);
		return "crm/client";
	}

	/** Runs a change; on success redirects back to the client with a message, else shows the page with the form's errors. */
	private String change(PlatformUser user, ClientId id, String form, Map<String, Object> typed, Runnable action, String done,
			Model model, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", done);
			return "redirect:/mechanic/clients/" + id + "#" + form;
		}
		catch (NotFoundException missing) {
			throw missing;
		}
		catch (BusinessRuleException refused) {
			return show(user, id, model, form, FormErrors.of(refused), typed);
		}
	}

	@PostMapping("/mechanic/clients/{id}")
	String update(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, ClientForm form, Model model,
			RedirectAttributes redirect) {
		ClientId client = clientId(id);
		return change(user, client, "contact", typed("name", form.name(), "email", form.email(), "phone", form.phone()),
				() -> clients.update(user.id(), client, form), "Saved the contact details.", model, redirect);
	}

	@PostMapping("/mechanic/clients/{id}/delete")
	String delete(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, RedirectAttributes redirect) {
		ClientId client = clientId(id);
		String name = clients.get(user.id(), client).name();
		clients.delete(user.id(), client);
		redirect.addFlashAttribute("flash", "Deleted " + name + " from your clients.");
		return "redirect:/mechanic/clients";
	}

	@PostMapping("/mechanic/clients/{id}/tags")
	String addTag(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @RequestParam(defaultValue = "") String tag,
			Model model, RedirectAttributes redirect) {
		ClientId client = clientId(id);
		return change(user, client, "tags", typed("tag", tag), () -> clients.addTag(user.id(), client, tag), "Tagged.", model, redirect);
	}

	@PostMapping("/mechanic/clients/{id}/tags/remove")
	String removeTag(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @RequestParam(defaultValue = "") String tag,
			RedirectAttributes redirect) {
		ClientId client = clientId(id);
		clients.removeTag(user.id(), client, tag);
		redirect.addFlashAttribute("flash", "Removed the tag " + tag + ".");
		return "redirect:/mechanic/clients/" + client + "#tags";
	}

	@PostMapping("/mechanic/clients/{id}/vehicles")
	String addVehicle(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, VehicleForm form, Model model,
			RedirectAttributes redirect) {
		ClientId client = clientId(id);
		return change(user, client, "vehicles", typed("year", form.year(), "make", form.make(), "model", form.model(), "vin", form.vin()),
				() -> clients.addVehicle(user.id(), client, form), "Added the vehicle.", model, redirect);
	}

	@PostMapping("/mechanic/clients/{id}/vehicles/{vehicleId}/delete")
	String deleteVehicle(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String vehicleId,
			RedirectAttributes redirect) {
		ClientId client = clientId(id);
		clients.deleteVehicle(user.id(), client, part("Vehicle", vehicleId));
		redirect.addFlashAttribute("flash", "Removed the vehicle.");
		return "redirect:/mechanic/clients/" + client + "#vehicles";
	}

	@PostMapping("/mechanic/clients/{id}/notes")
	String addNote(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @RequestParam(defaultValue = "") String body,
			Model model, RedirectAttributes redirect) {
		ClientId client = clientId(id);
		return change(user, client, "notes", typed("body", body), () -> clients.addNote(user.id(), client, body), "Added the note.",
				model, redirect);
	}

	@PostMapping("/mechanic/clients/{id}/notes/{noteId}")
	String editNote(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String noteId,
			@RequestParam(defaultValue = "") String body, Model model, RedirectAttributes redirect) {
		ClientId client = clientId(id);
		long note = part("Note", noteId);
		return change(user, client, "note-" + note, typed("body", body), () -> clients.editNote(user.id(), client, note, body),
				"Saved the note.", model, redirect);
	}

	@PostMapping("/mechanic/clients/{id}/notes/{noteId}/delete")
	String deleteNote(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String noteId,
			RedirectAttributes redirect) {
		ClientId client = clientId(id);
		clients.deleteNote(user.id(), client, part("Note", noteId));
		redirect.addFlashAttribute("flash", "Deleted the note.");
		return "redirect:/mechanic/clients/" + client + "#notes";
	}

	@PostMapping("/mechanic/clients/{id}/follow-ups")
	String addFollowUp(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, FollowUpForm form, Model model,
			RedirectAttributes redirect) {
		ClientId client = clientId(id);
		return change(user, client, "follow-ups", typed("dueOn", form.dueOn(), "text", form.text()),
				() -> clients.addFollowUp(user.id(), client, form), "Added the follow-up.", model, redirect);
	}

	@PostMapping("/mechanic/clients/{id}/follow-ups/{followUpId}/done")
	String done(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String followUpId,
			@RequestParam(defaultValue = "true") boolean done, @RequestParam(defaultValue = "client") String back,
			RedirectAttributes redirect) {
		ClientId client = clientId(id);
		var followUp = clients.markDone(user.id(), client, part("Follow-up", followUpId), done);
		redirect.addFlashAttribute("flash", (done ? "Done: " : "Open again: ") + followUp.text());
		return "list".equals(back) ? "redirect:/mechanic/clients" : "redirect:/mechanic/clients/" + client + "#follow-ups";
	}

	@PostMapping("/mechanic/clients/{id}/follow-ups/{followUpId}/delete")
	String deleteFollowUp(@AuthenticationPrincipal PlatformUser user, @PathVariable String id, @PathVariable String followUpId,
			RedirectAttributes redirect) {
		ClientId client = clientId(id);
		clients.deleteFollowUp(user.id(), client, part("Follow-up", followUpId));
		redirect.addFlashAttribute("flash", "Deleted the follow-up.");
		return "redirect:/mechanic/clients/" + client + "#follow-ups";
	}

	private static Map<String, Object> typed(String... pairs) {
		Map<String, Object> typed = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			typed.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
		}
		return typed;
	}

	private static ClientId clientId(String raw) {
		return new ClientId(part("Client", raw));
	}

	private static long part(String what, String raw) {
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
}
