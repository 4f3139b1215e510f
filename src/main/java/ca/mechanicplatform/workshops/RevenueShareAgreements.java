package ca.mechanicplatform.workshops;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.agreements.Agreement;
import ca.mechanicplatform.agreements.AgreementCompleted;
import ca.mechanicplatform.agreements.AgreementKind;
import ca.mechanicplatform.agreements.AgreementStatus;
import ca.mechanicplatform.agreements.Agreements;
import ca.mechanicplatform.agreements.NewAgreement;
import ca.mechanicplatform.agreements.Party;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.OffShiftMode;
import ca.mechanicplatform.notifications.Notifications;
import ca.mechanicplatform.workshops.internal.RevenueShareAgreementRows;

/**
 * The employee's off-shift revenue-share agreement (non-compete document, mode 3). The employee requests it from the
 * off-shift panel when their workshop allows local freelancing; the agreement is generated at the workshop's current
 * {@code employee_revenue_share_pct} and both sign it through {@link Agreements} (employee first). When both have
 * signed, the employee's off-shift mode becomes {@code revenue_share} at the signed percentage. Either side can end it
 * at any time, which returns the employee to {@code local_exclusion} (or withdraws the document if not yet signed by
 * both). A mechanic has at most one open agreement (a UNIQUE constraint, so concurrent requests cannot both succeed);
 * every change is audited and the other side notified.
 */
@Service
public class RevenueShareAgreements {

	private final RevenueShareAgreementRows rows;
	private final Workshops workshops;
	private final Mechanics mechanics;
	private final Accounts accounts;
	private final Agreements agreements;
	private final Notifications notifications;
	private final AuditLog audit;
	private final Clock clock;

	RevenueShareAgreements(RevenueShareAgreementRows rows, Workshops workshops, Mechanics mechanics, Accounts accounts,
			Agreements agreements, Notifications notifications, AuditLog audit, Clock clock) {
		this.rows = rows;
		this.workshops = workshops;
		this.mechanics = mechanics;
		this.accounts = accounts;
		this.agreements = agreements;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the signed-in mechanic's off-shift panel shows: their mode, workshop, agreement and whether they may request. */
	public RevenueShareOverview overview(UserId mechanicUser) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		if (!mechanic.isEmployee()) {
			return new RevenueShareOverview(mechanic, null, null, false,
					"Revenue-share agreements are between a workshop and its employees; you are an independent mechanic.");
		}
		Workshop workshop = workshops.get(mechanic.workshopId());
		RevenueShareAgreement agreement = rows.openOf(mechanic.id()).or(() -> rows.latestOf(mechanic.id())).orElse(null);
		String whyNot = refusal(mechanic, workshop, agreement != null && agreement.status().isOpen() ? agreement : null);
		return new RevenueShareOverview(mechanic, workshop, agreement, whyNot == null, whyNot);
	}

	/** The admin's workshop's agreements: open ones first, then the most recent. */
	public List<RevenueShareAgreement> ofWorkshop(UserId admin) {
		return rows.ofWorkshop(workshops.mine(admin).id());
	}

	/**
	 * The employee asks their workshop for a revenue-share agreement: the document is generated at the workshop's
	 * current percentage and the employee is asked to sign it first; the workshop is told.
	 *
	 * @throws BusinessRuleException (409) if the mechanic is not a workshop employee, the workshop does not allow local
	 *                               freelancing, their off-shift mode is blocked, or they have an open agreement already
	 */
	@Transactional
	public RevenueShareAgreement request(UserId mechanicUser) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		if (!mechanic.isEmployee()) {
			throw new BusinessRuleException(
					"Only a workshop employee can request a revenue-share agreement; you are an independent mechanic");
		}
		Workshop workshop = workshops.get(mechanic.workshopId());
		String refused = refusal(mechanic, workshop, rows.openOf(mechanic.id()).orElse(null));
		if (refused != null) {
			throw new BusinessRuleException(refused);
		}
		Instant now = clock.instant();
		int share = workshop.employeeRevenueSharePct();
		long id;
		try {
			id = rows.insert(mechanic.id(), workshop.id(), share, now);
		}
		catch (DuplicateKeyException concurrent) {
			throw new BusinessRuleException("You already have a revenue-share agreement with " + workshop.name());
		}
		String adminName = accounts.get(workshop.adminUserId()).displayName();
		LocalDate today = LocalDate.ofInstant(now, workshop.timeZone());
		String date = today.format(DateTimeFormatter.ISO_LOCAL_DATE);
		Agreement agreement = agreements.prepare(new NewAgreement(AgreementKind.EMPLOYEE_REVENUE_SHARE,
				RevenueShareAgreement.subjectRef(id), "Off-shift revenue-share agreement — " + workshop.name(),
				Map.ofEntries(Map.entry("agreement.date", date), Map.entry("mechanic.name", mechanic.name()),
						Map.entry("mechanic.email", mechanic.email()), Map.entry("workshop.name", workshop.name()),
						Map.entry("workshop.address", workshop.address()), Map.entry("workshop.adminName", adminName),
						Map.entry("exclusion.radiusKm", String.valueOf(mechanic.exclusionRadiusKm())),
						Map.entry("platform.fee", OffShiftTerms.EMPLOYEE_SESSION_FEE.toString()),
						Map.entry("share.percent", share + "%"), Map.entry("startDate", date),
						Map.entry("governingProvince", workshop.province().displayName())),
				new Party(mechanic.userId(), mechanic.name(), "Employee"), new Party(workshop.adminUserId(), adminName, "Workshop")));
		rows.attachAgreement(id, agreement.id());
		audit.record(mechanicUser, "revenue-share.requested", subject(id), null,
				describe(mechanic, workshop, share) + ", agreement " + agreement.id());
		notifications.notify(workshop.adminUserId(), mechanic.name() + " requests a revenue-share agreement",
				mechanic.name() + " asks to serve your local customers off shift, with " + workshop.name() + " receiving " + share
						+ "% of what remains of each off-shift session after the platform fee. " + mechanic.name()
						+ " signs first; you are asked to sign after, or you can decline by ending it on your employee settings.",
				"/workshop/employees");
		return rows.find(id).orElseThrow();
	}

	/**
	 * The employee ends their open agreement (or withdraws the request before both signed).
	 *
	 * @throws BusinessRuleException (409) if they have no open agreement
	 */
	@Transactional
	public RevenueShareAgreement endByEmployee(UserId mechanicUser) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		RevenueShareAgreement open = rows.openOf(mechanic.id()).flatMap(a -> rows.lock(a.id()))
			.filter(a -> a.status().isOpen())
			.orElseThrow(() -> new BusinessRuleException("You have no revenue-share agreement to end"));
		return end(open, mechanicUser, "Ended by the employee");
	}

	/**
	 * The workshop's admin ends an employee's open agreement (or declines the request before signing).
	 *
	 * @throws NotFoundException     if the mechanic is not this workshop's employee
	 * @throws BusinessRuleException (409) if the employee has no open agreement with the workshop
	 */
	@Transactional
	public RevenueShareAgreement endByWorkshop(UserId admin, MechanicId employee) {
		Workshop workshop = workshops.mine(admin);
		Mechanic mechanic = mechanics.employeesOf(workshop.id()).stream().map(e -> e.mechanic())
			.filter(m -> m.id().equals(employee)).findFirst()
			.orElseThrow(() -> NotFoundException.of("Employee", employee));
		RevenueShareAgreement open = rows.openOf(mechanic.id()).filter(a -> a.workshopId().equals(workshop.id()))
			.flatMap(a -> rows.lock(a.id())).filter(a -> a.status().isOpen())
			.orElseThrow(() -> new BusinessRuleException(mechanic.name() + " has no revenue-share agreement with "
					+ workshop.name() + " to end"));
		return end(open, admin, "Ended by the workshop");
	}

	/** Puts the agreement in force when its document is signed by both (safe to receive twice). */
	@ApplicationModuleListener
	void on(AgreementCompleted completed) {
		if (completed.kind() != AgreementKind.EMPLOYEE_REVENUE_SHARE || !completed.subjectRef().startsWith("revenue-share:")) {
			return;
		}
		activate(Long.parseLong(completed.subjectRef().substring("revenue-share:".length())));
	}

	@Transactional
	void activate(long id) {
		RevenueShareAgreement agreement = rows.lock(id).orElse(null);
		if (agreement == null || agreement.status() != RevenueShareStatus.REQUESTED) {
			return;
		}
		Instant now = clock.instant();
		Mechanic mechanic = mechanics.get(agreement.mechanicId());
		Workshop workshop = workshops.get(agreement.workshopId());
		if (!mechanic.isEmployee() || !workshop.id().equals(mechanic.workshopId()) || mechanic.offShiftMode() == OffShiftMode.BLOCKED) {
			rows.end(id, now, null, "Not put in force: " + mechanic.name() + " is no longer an employee who may freelance off shift");
			audit.record(null, "revenue-share.ended", subject(id), "REQUESTED", "ENDED (employee can no longer freelance)");
			return;
		}
		rows.activate(id, now);
		mechanics.startRevenueShare(workshop.id(), mechanic.id(), agreement.sharePct());
		audit.record(null, "revenue-share.activated", subject(id), OffShiftMode.LOCAL_EXCLUSION.code(),
				OffShiftMode.REVENUE_SHARE.code() + " at " + agreement.sharePct() + "% (" + describe(mechanic, workshop, agreement.sharePct()) + ")");
		notifications.notify(mechanic.userId(), "Revenue share in force with " + workshop.name(),
				"Both of you have signed. Off shift you now see every customer, local ones included, and " + workshop.name()
						+ " receives " + agreement.sharePct() + "% of what remains of each session after the platform fee.",
				"/mechanic/off-shift");
		notifications.notify(workshop.adminUserId(), "Revenue share in force with " + mechanic.name(),
				mechanic.name() + " may now serve your local customers off shift; you receive " + agreement.sharePct()
						+ "% of what remains of each of their off-shift sessions after the platform fee.",
				"/workshop/employees");
	}

	/**
	 * Withdraws the workshop's agreements not yet signed by both when the percentage written in them no longer applies
	 * or local freelancing is no longer allowed. Runs in the policy change's transaction.
	 */
	@EventListener
	void on(OffShiftPolicyChanged changed) {
		if (!changed.withdrawsPendingAgreements()) {
			return;
		}
		for (RevenueShareAgreement pending : rows.requestedAt(changed.workshopId())) {
			if (pending.agreementId() != null) {
				agreements.voidAgreement(pending.agreementId(), "The workshop changed its off-shift policy before both parties signed");
				Agreement document = agreements.get(pending.agreementId(), changed.admin(), true);
				if (document.status() == AgreementStatus.COMPLETED) {
					continue;
				}
			}
			if (rows.end(pending.id(), clock.instant(), changed.admin(), "Withdrawn: the workshop changed its off-shift policy before both signed")) {
				audit.record(changed.admin(), "revenue-share.ended", subject(pending.id()), "REQUESTED", "ENDED (policy changed)");
				notifications.notify(mechanics.get(pending.mechanicId()).userId(), "Revenue-share request withdrawn",
						pending.workshopName() + " changed its off-shift policy before both of you signed, so the agreement at "
								+ pending.sharePct() + "% was withdrawn. You can request a new one if the workshop allows it.",
						"/mechanic/off-shift");
			}
		}
	}

	private RevenueShareAgreement end(RevenueShareAgreement open, UserId by, String reason) {
		Instant now = clock.instant();
		if (!rows.end(open.id(), now, by, reason)) {
			throw new BusinessRuleException("This revenue-share agreement has ended already");
		}
		if (open.status() == RevenueShareStatus.REQUESTED && open.agreementId() != null) {
			agreements.voidAgreement(open.agreementId(), reason + " before both parties signed");
		}
		Mechanic mechanic = mechanics.endRevenueShare(open.workshopId(), open.mechanicId());
		Workshop workshop = workshops.get(open.workshopId());
		audit.record(by, "revenue-share.ended", subject(open.id()), open.status().name(),
				"ENDED (" + reason.toLowerCase(java.util.Locale.ROOT) + "); off-shift mode " + mechanic.offShiftMode().code());
		boolean byEmployee = by.equals(mechanic.userId());
		String what = open.status() == RevenueShareStatus.ACTIVE ? "ended the off-shift revenue-share agreement"
				: "withdrew the off-shift revenue-share request before both signed";
		if (byEmployee) {
			notifications.notify(workshop.adminUserId(), mechanic.name() + " " + what,
					mechanic.name() + " " + what + ". Off shift they are back in local exclusion: your local customers are not shown to them.",
					"/workshop/employees");
		}
		else {
			notifications.notify(mechanic.userId(), workshop.name() + " " + what,
					workshop.name() + " " + what + ". Off shift you are back in local exclusion: customers within "
							+ mechanic.exclusionRadiusKm() + " km of the workshop are not shown to you.",
					"/mechanic/off-shift");
		}
		return rows.find(open.id()).orElseThrow();
	}

	/** Why the mechanic may not request an agreement now, or {@code null} when they may. */
	private static String refusal(Mechanic mechanic, Workshop workshop, RevenueShareAgreement open) {
		if (!workshop.allowEmployeeLocalFreelance()) {
			return workshop.name() + " does not allow local freelancing off shift, so it offers no revenue-share agreement. "
					+ "Ask your workshop if you would like it to.";
		}
		if (mechanic.offShiftMode() == OffShiftMode.BLOCKED) {
			return "Your off-shift mode is blocked, so a revenue-share agreement cannot apply";
		}
		if (open != null) {
			return open.status() == RevenueShareStatus.ACTIVE
					? "Your revenue-share agreement with " + workshop.name() + " is already in force"
					: "You already requested a revenue-share agreement with " + workshop.name() + "; it is waiting for signatures";
		}
		return null;
	}

	private static String subject(long id) {
		return "revenue-share-agreements/" + id;
	}

	private static String describe(Mechanic mechanic, Workshop workshop, int share) {
		return "employee " + mechanic.id() + " (" + mechanic.name() + "), workshop " + workshop.id() + " (" + workshop.name()
				+ "), share " + share + "%";
	}

	Optional<RevenueShareAgreement> find(long id) {
		return rows.find(id);
	}
}
