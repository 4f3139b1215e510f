package ca.mechanicplatform.revenue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.audit.AuditEntry;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.revenue.internal.FeeRuleRows;

/**
 * The platform fee rules: effective-dated rows per service kind and mechanic relationship, added by operators and
 * never edited, each addition audited. A sale is charged the rule in force when it happened.
 */
@Service
public class FeeRules {

	static final String AUDIT_SUBJECT = "fee-rules/";

	/** The highest platform fee a rule (or a preview) may set: a guard against a typed 150 meaning 15. */
	public static final int MAX_PERCENT = 50;

	private final FeeRuleRows rules;
	private final AuditLog audit;
	private final AccountingCalendar calendar;
	private final ApplicationEventPublisher events;

	FeeRules(FeeRuleRows rules, AuditLog audit, AccountingCalendar calendar, ApplicationEventPublisher events) {
		this.rules = rules;
		this.audit = audit;
		this.calendar = calendar;
		this.events = events;
	}

	/**
	 * The rule in force at an instant: the one with the latest start not after it.
	 *
	 * @throws IllegalStateException if no rule covers the instant (the shipped defaults start in 2000)
	 */
	public FeeRule inForce(ServiceKind kind, MechanicRelationship relationship, Instant at) {
		return rules.inForce(kind, relationship, at).orElseThrow(() -> new IllegalStateException(
				"No fee rule for " + kind + "/" + relationship + " at " + at));
	}

	/** The rule in force now for a revenue model's sales. */
	public FeeRule inForce(RevenueModelKind model) {
		return inForce(model.serviceKind(), model.relationship(), calendar.now());
	}

	/** The rule in force now for every service kind and relationship, in enum order. */
	public Map<String, FeeRule> allInForce() {
		Map<String, FeeRule> inForce = new LinkedHashMap<>();
		Instant now = calendar.now();
		for (ServiceKind kind : ServiceKind.values()) {
			for (MechanicRelationship relationship : MechanicRelationship.values()) {
				rules.inForce(kind, relationship, now).ifPresent(rule -> inForce.put(kind + "/" + relationship, rule));
			}
		}
		return inForce;
	}

	/** Every rule ever added, newest first, including those not yet in force. */
	public List<FeeRule> history() {
		return rules.all();
	}

	/** The audit trail of fee rule changes, newest first. */
	public List<AuditEntry> auditTrail() {
		return audit.history(AUDIT_SUBJECT, 100);
	}

	/**
	 * Adds a rule. It supersedes the rule in force from its start; sales already recorded keep the fee they were
	 * charged. A start of today means now; a start in the past is refused.
	 *
	 * @throws ca.mechanicplatform.kernel.InvalidInputException naming every field at fault; nothing is stored
	 */
	@Transactional
	public FeeRule add(UserId operator, NewFeeRule form) {
		InputCheck check = new InputCheck();
		ServiceKind kind = parseEnum(check, "serviceKind", form.serviceKind(), ServiceKind.class, "Choose a service kind");
		MechanicRelationship relationship = parseEnum(check, "relationship", form.relationship(),
				MechanicRelationship.class, "Choose the mechanic relationship");
		Percentage percentage = check.parse("percentage", form.percentage(), Percentage::of);
		check.require(percentage == null || percentage.isBetween(0, MAX_PERCENT), "percentage",
				"A platform fee must be between 0% and " + MAX_PERCENT + "%");
		LocalDate start = check.parse("effectiveFrom", form.effectiveFrom(), FeeRules::date);
		LocalDate today = calendar.today();
		check.require(start == null || !start.isBefore(today), "effectiveFrom",
				"A rule cannot start in the past: sales already recorded keep the fee they were charged");
		check.require(start == null || !start.isAfter(today.plusYears(2)), "effectiveFrom",
				"Choose a start within the next two years");
		String reason = check.text("reason", form.reason(), 300, "Say why the fee changes; it is kept in the history");
		check.throwIfInvalid();

		Instant effectiveFrom = start.equals(today) ? calendar.now() : calendar.startOf(start);
		FeeRule superseded = rules.latest(kind, relationship).orElse(null);
		FeeRule added = rules.insert(kind, relationship, percentage, effectiveFrom, operator, calendar.now(), reason);
		audit.record(operator, "fee-rule.added", AUDIT_SUBJECT + kind + "/" + relationship,
				superseded == null ? null : superseded.describe(), added.describe() + ": " + reason);
		events.publishEvent(new FeeRuleAdded(added.id(), kind, relationship, percentage, effectiveFrom, operator));
		return added;
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Choose the day the rule starts");
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Enter a date as yyyy-mm-dd, like 2026-12-01");
		}
	}

	static <E extends Enum<E>> E parseEnum(InputCheck check, String field, String value, Class<E> type, String missing) {
		if (value == null || value.isBlank()) {
			check.require(false, field, missing);
			return null;
		}
		E found = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equalsIgnoreCase(value.trim())).findFirst()
			.orElse(null);
		check.require(found != null, field, missing);
		return found;
	}
}
