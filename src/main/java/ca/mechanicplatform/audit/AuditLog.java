package ca.mechanicplatform.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.audit.internal.AuditRows;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.UserId;

/**
 * Records changes in the append-only {@code audit_log}. A change and its audit entry are stored in the same
 * transaction, so there is never a change without its entry (nor an entry for a change that was rolled back).
 */
@Service
public class AuditLog {

	static final int MAX_TEXT = 2000;

	private final AuditRows rows;
	private final Clock clock;

	AuditLog(AuditRows rows, Clock clock) {
		this.rows = rows;
		this.clock = clock;
	}

	/**
	 * Records a change. Must run inside the transaction making the change.
	 *
	 * @param actor   who made it, {@code null} for the platform itself
	 * @param action  what was done, e.g. {@code fee-rule.added}
	 * @param subject what it was done to; entries are looked up by subject prefix
	 * @param before  the value before, as text (cut to 2,000 characters), or {@code null}
	 * @param after   the value after, as text (cut to 2,000 characters), or {@code null}
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(UserId actor, String action, String subject, String before, String after) {
		rows.insert(clock.instant(), actor, action, subject, cut(before), cut(after));
	}

	/** The most recent entries whose subject starts with {@code subjectPrefix}, newest first. */
	public List<AuditEntry> history(String subjectPrefix, int limit) {
		return rows.bySubjectPrefix(subjectPrefix, Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * Entries matching every filter of the query, newest first, one page at a time.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming each bad filter (page below 0, size outside
	 *                                                          1–200, filters over 200 characters, from not before until)
	 */
	public AuditPage search(AuditQuery query) {
		InputCheck check = new InputCheck();
		String action = check.optionalText("action", query.action(), 80);
		String subject = check.optionalText("subject", query.subject(), 200);
		check.require(query.page() >= 0 && query.page() <= AuditQuery.MAX_PAGE_NUMBER, "page", "Pages start at 0");
		check.require(query.size() >= 1 && query.size() <= AuditQuery.MAX_SIZE, "size", "Ask for 1 to " + AuditQuery.MAX_SIZE
				+ " entries a page");
		check.require(query.from() == null || query.until() == null || query.from().isBefore(query.until()), "from",
				"Start before the end of the period");
		check.throwIfInvalid();
		Long actor = query.actor();
		long total = rows.count(actor, query.platformOnly(), action, subject, query.from(), query.until());
		var entries = rows.search(actor, query.platformOnly(), action, subject, query.from(), query.until(),
				query.page() * query.size(), query.size());
		return new AuditPage(entries, total, query.page(), query.size());
	}

	private static String cut(String text) {
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
	}
}
