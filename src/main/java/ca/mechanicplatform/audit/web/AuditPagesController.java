package ca.mechanicplatform.audit.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.mechanicplatform.accounts.Account;
import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.audit.AuditPage;
import ca.mechanicplatform.audit.AuditQuery;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.web.FormErrors;

/** The operators' audit log page: every recorded change, newest first, filtered by actor, action, subject and days. */
@Controller
class AuditPagesController {

	private final AuditLog audit;
	private final Accounts accounts;
	private final ZoneId zone;

	AuditPagesController(AuditLog audit, Accounts accounts,
			@Value("${platform.accounting.time-zone:America/Toronto}") String zone) {
		this.audit = audit;
		this.accounts = accounts;
		this.zone = ZoneId.of(zone);
	}

	record Filters(String actor, String action, String subject, String from, String to) {
	}

	@GetMapping("/admin/audit")
	String auditLog(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page, Model model) {
		model.addAttribute("filters", new Filters(actor, action, subject, from, to));
		model.addAttribute("zone", zone);
		try {
			AuditPage found = audit.search(AuditQuery.parse(actor, action, subject, from, to, page, null, zone,
					email -> accounts.findByEmail(email).map(Account::id)));
			model.addAttribute("result", found);
			model.addAttribute("actors", actorNames(found));
			model.addAttribute("errors", FormErrors.none());
		}
		catch (InvalidInputException refused) {
			model.addAttribute("result", null);
			model.addAttribute("actors", Map.of());
			model.addAttribute("errors", FormErrors.of(refused));
		}
		return "audit/audit-log";
	}

	private Map<Long, String> actorNames(AuditPage page) {
		Map<Long, String> names = new LinkedHashMap<>();
		page.entries().stream().filter(e -> e.actor() != null).map(e -> e.actor().value()).distinct()
			.forEach(id -> names.put(id, accounts.find(new UserId(id)).map(Account::email).orElse("user " + id)));
		return names;
	}
}
