package ca.mechanicplatform.audit.web.api;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.Account;
import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.audit.AuditEntry;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.audit.AuditPage;
import ca.mechanicplatform.audit.AuditQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Audit log (operators)", description = "Every recorded change to money, verification and agreements")
class AuditApiController {

	private final AuditLog audit;
	private final Accounts accounts;
	private final ZoneId zone;

	AuditApiController(AuditLog audit, Accounts accounts, @Value("${platform.accounting.time-zone:America/Toronto}") String zone) {
		this.audit = audit;
		this.accounts = accounts;
		this.zone = ZoneId.of(zone);
	}

	record EntryView(long id, Instant occurredAt, Long actorUserId, String action, String subject, String before, String after) {

		static EntryView of(AuditEntry entry) {
			return new EntryView(entry.id(), entry.occurredAt(), entry.actor() == null ? null : entry.actor().value(),
					entry.action(), entry.subject(), entry.before(), entry.after());
		}
	}

	record PageView(List<EntryView> entries, long total, int page, int size, boolean hasNext) {

		static PageView of(AuditPage page) {
			return new PageView(page.entries().stream().map(EntryView::of).toList(), page.total(), page.page(), page.size(),
					page.hasNext());
		}
	}

	@GetMapping("/api/admin/audit")
	@Operation(summary = "Search the audit log, newest first", description = "Filters are optional: actor (platform, a user "
			+ "id or an e-mail address), action and subject (prefixes), from and to (days yyyy-mm-dd in the accounting time "
			+ "zone, both included); page from 0, size 1–200 (default 50). Unreadable filters are 400 with every field at fault.")
	PageView search(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String page,
			@RequestParam(required = false) String size) {
		return PageView.of(audit.search(AuditQuery.parse(actor, action, subject, from, to, page, size, zone,
				email -> accounts.findByEmail(email).map(Account::id))));
	}
}
