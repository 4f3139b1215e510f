package ca.mechanicplatform.partnerships;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.agreements.AgreementKind;
import ca.mechanicplatform.agreements.Agreements;
import ca.mechanicplatform.agreements.NewAgreement;
import ca.mechanicplatform.agreements.Party;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.notifications.Notifications;
import ca.mechanicplatform.revenue.FeeRules;
import ca.mechanicplatform.revenue.MechanicRelationship;
import ca.mechanicplatform.revenue.ServiceKind;
import ca.mechanicplatform.partnerships.internal.ApplicationRows;
import ca.mechanicplatform.partnerships.internal.PartnershipRows;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

/**
 * Applications from the mechanic's side (apply, withdraw) and the workshop's side (review, approve, reject).
 * Applying and approving lock the program row, so eligibility and capacity are checked against a program nobody else
 * is changing at the same moment. Approval creates the partnership and generates the agreement to sign.
 */
@Service
public class PartnershipApplications {

	/** The Phase 3 plan's target for a workshop's decision. */
	public static final Duration DECISION_TARGET = Duration.ofHours(48);

	private final ApplicationRows applications;
	private final PartnershipRows partnerships;
	private final PartnershipPrograms programs;
	private final Mechanics mechanics;
	private final MechanicOnboarding onboarding;
	private final Workshops workshops;
	private final Accounts accounts;
	private final Agreements agreements;
	private final Notifications notifications;
	private final FeeRules feeRules;
	private final Clock clock;

	PartnershipApplications(ApplicationRows applications, PartnershipRows partnerships, PartnershipPrograms programs,
			Mechanics mechanics, MechanicOnboarding onboarding, Workshops workshops, Accounts accounts, Agreements agreements,
			Notifications notifications, FeeRules feeRules, Clock clock) {
		this.applications = applications;
		this.partnerships = partnerships;
		this.programs = programs;
		this.mechanics = mechanics;
		this.onboarding = onboarding;
		this.workshops = workshops;
		this.accounts = accounts;
		this.agreements = agreements;
		this.notifications = notifications;
		this.feeRules = feeRules;
		this.clock = clock;
	}

	/** Whether the signed-in mechanic may apply to the program, and why not. */
	public Eligibility eligibility(UserId mechanicUser, ProgramId programId) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		Program program = programs.visible(programId);
		return PartnershipEligibility.check(mechanic, qualifications(mechanic), program,
				applications.hasOpenOrApproved(programId, mechanic.id()), partnerships.placesTaken(programId));
	}

	@Transactional
	public Application apply(UserId mechanicUser, ProgramId programId, String message) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		InputCheck check = new InputCheck();
		String text = check.text("message", message, 2000, "Tell the workshop why you'd like to join");
		check.throwIfInvalid();
		programs.visible(programId);
		Program program = programs.locked(programId);
		Eligibility eligibility = PartnershipEligibility.check(mechanic, qualifications(mechanic),
				program, applications.hasOpenOrApproved(programId, mechanic.id()), partnerships.placesTaken(programId));
		if (!eligibility.eligible()) {
			throw new BusinessRuleException(String.join(". ", eligibility.reasons()) + ".");
		}
		ApplicationId id;
		try {
			id = applications.insert(programId, mechanic.id(), text, clock.instant());
		}
		catch (DuplicateKeyException e) {
			throw new BusinessRuleException("You already have an open or approved application to this program.");
		}
		Workshop workshop = workshops.get(program.workshopId());
		notifications.notify(workshop.adminUserId(), "New application: " + program.title(),
				mechanic.name() + " applied to " + program.title() + ". Review it within 48 hours.", "/workshop/partnerships/applications");
		return applications.find(id).orElseThrow();
	}

	@Transactional
	public Application withdraw(UserId mechanicUser, ApplicationId id) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		Application application = applications.lock(id).filter(a -> a.mechanicId().equals(mechanic.id()))
			.orElseThrow(() -> NotFoundException.of("Application", id));
		if (application.status() != ApplicationStatus.SUBMITTED) {
			throw new BusinessRuleException("Only a pending application can be withdrawn; this one is "
					+ application.status().name().toLowerCase(Locale.ROOT));
		}
		applications.withdraw(id, clock.instant());
		notifications.notify(workshops.get(application.workshopId()).adminUserId(), "Application withdrawn: " + application.programTitle(),
				application.mechanicName() + " withdrew their application.", "/workshop/partnerships/applications");
		return applications.find(id).orElseThrow();
	}

	public List<Application> ofMechanic(UserId mechanicUser) {
		return applications.ofMechanic(mechanics.mine(mechanicUser).id());
	}

	/** Applications to the admin's workshop's programs, optionally with one status. */
	public List<Application> forReview(UserId admin, ApplicationStatus status) {
		return applications.ofWorkshop(workshops.mine(admin).id(), status);
	}

	@Transactional
	public Application approve(UserId admin, ApplicationId id) {
		Application application = ownForReview(admin, id);
		Program program = programs.locked(application.programId());
		if (partnerships.placesTaken(program.id()) >= program.capacity()) {
			throw new BusinessRuleException("The program is full: raise its capacity or end a partnership first");
		}
		Instant now = clock.instant();
		applications.decide(id, ApplicationStatus.APPROVED, null, now);
		PartnershipId partnership = partnerships.insert(id, program, application.mechanicId(), now);
		Workshop workshop = workshops.get(program.workshopId());
		Mechanic mechanic = mechanics.get(application.mechanicId());
		String adminName = accounts.get(workshop.adminUserId()).displayName();
		LocalDate today = LocalDate.ofInstant(now, workshop.timeZone());
		var agreement = agreements.prepare(new NewAgreement(AgreementKind.PARTNERSHIP, subjectRef(partnership),
				program.type().label() + " partnership — " + workshop.name(),
				Map.ofEntries(Map.entry("agreement.date", today.format(DateTimeFormatter.ISO_LOCAL_DATE)),
						Map.entry("mechanic.name", mechanic.name()), Map.entry("mechanic.email", mechanic.email()),
						Map.entry("mechanic.province", mechanic.province().displayName()),
						Map.entry("workshop.name", workshop.name()), Map.entry("workshop.address", workshop.address()),
						Map.entry("workshop.adminName", adminName), Map.entry("program.title", program.title()),
						Map.entry("program.type", program.type().label()), Map.entry("program.economics", program.economics()),
						Map.entry("program.terms", program.terms()), Map.entry("platform.fee", feeRules.inForce(ServiceKind.WORKSHOP_JOB, MechanicRelationship.INDEPENDENT, now).percentage().toString()),
						Map.entry("partnership.startDate", today.format(DateTimeFormatter.ISO_LOCAL_DATE)),
						Map.entry("governingProvince", workshop.province().displayName())),
				new Party(mechanic.userId(), mechanic.name(), "Mechanic"), new Party(workshop.adminUserId(), adminName, "Workshop")));
		partnerships.attachAgreement(partnership, agreement.id());
		notifications.notify(mechanic.userId(), "Application approved: " + program.title(),
				workshop.name() + " approved your application. Sign the partnership agreement to activate it.",
				"/agreements/" + agreement.id());
		return applications.find(id).orElseThrow();
	}

	@Transactional
	public Application reject(UserId admin, ApplicationId id, String reason) {
		InputCheck check = new InputCheck();
		String why = check.text("reason", reason, 1000, "Tell the mechanic why the application is rejected");
		check.throwIfInvalid();
		Application application = ownForReview(admin, id);
		applications.decide(id, ApplicationStatus.REJECTED, why, clock.instant());
		notifications.notify(mechanics.get(application.mechanicId()).userId(), "Application not accepted: " + application.programTitle(),
				application.workshopName() + " did not accept your application: " + why, "/mechanic/partnerships/applications");
		return applications.find(id).orElseThrow();
	}

	/** How quickly workshops decide, over the last {@code days} days, against the 48-hour target. */
	public DecisionTimes decisionTimes(int days) {
		return applications.decisionTimes(clock.instant().minus(Duration.ofDays(days)), DECISION_TARGET.toSeconds());
	}

	private PartnershipEligibility.Qualifications qualifications(Mechanic mechanic) {
		return PartnershipEligibility.Qualifications.of(onboarding.of(mechanic.id()), LocalDate.now(clock));
	}

	static String subjectRef(PartnershipId id) {
		return "partnership:" + id.value();
	}

	private Application ownForReview(UserId admin, ApplicationId id) {
		Workshop workshop = workshops.mine(admin);
		Application application = applications.lock(id).filter(a -> a.workshopId().equals(workshop.id()))
			.orElseThrow(() -> NotFoundException.of("Application", id));
		if (application.status() != ApplicationStatus.SUBMITTED) {
			throw new BusinessRuleException("This application is already " + application.status().name().toLowerCase(Locale.ROOT));
		}
		return application;
	}
}
