package ca.mechanicplatform.mechanics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.NewAccount;
import ca.mechanicplatform.accounts.Role;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.internal.MechanicCertificationRows;
import ca.mechanicplatform.mechanics.internal.MechanicInsurancePolicyRows;
import ca.mechanicplatform.mechanics.internal.MechanicRows;
import ca.mechanicplatform.mechanics.internal.MechanicShiftRows;
import ca.mechanicplatform.mechanics.internal.MechanicTierChangeRows;

/**
 * Signs mechanics up and reads and changes their profiles: service tier, employment by a workshop, shifts and
 * availability. Onboarding lives in {@link MechanicOnboarding}, verification in {@link MechanicVerification}.
 */
@Service
public class Mechanics {

	private final Accounts accounts;
	private final MechanicRows mechanics;
	private final MechanicTierChangeRows tierChanges;
	private final MechanicCertificationRows certifications;
	private final MechanicInsurancePolicyRows insurance;
	private final MechanicShiftRows shifts;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Mechanics(Accounts accounts, MechanicRows mechanics, MechanicTierChangeRows tierChanges,
			MechanicCertificationRows certifications, MechanicInsurancePolicyRows insurance, MechanicShiftRows shifts,
			ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.mechanics = mechanics;
		this.tierChanges = tierChanges;
		this.certifications = certifications;
		this.insurance = insurance;
		this.shifts = shifts;
		this.events = events;
		this.clock = clock;
	}

	/** Opens the account and the profile together; a refusal of either stores neither. */
	@Transactional
	public Mechanic register(MechanicSignUp form) {
		NewAccount account = new NewAccount(form.name(), form.email(), form.password(), Role.MECHANIC);
		InputCheck check = new InputCheck();
		accounts.check(account, check);
		PostalCode postalCode = check.parse("postalCode", form.postalCode(), PostalCode::parse);
		check.throwIfInvalid();
		UserId userId = accounts.register(account);
		MechanicId id = mechanics.insert(userId, postalCode, Province.ofPostalCode(postalCode), clock.instant());
		events.publishEvent(new MechanicRegistered(id, userId));
		return get(id);
	}

	public Mechanic get(MechanicId id) {
		return mechanics.find(id).orElseThrow(() -> NotFoundException.of("Mechanic", id));
	}

	public Optional<Mechanic> ofUser(UserId userId) {
		return mechanics.findByUser(userId);
	}

	/** The signed-in mechanic's own profile. */
	public Mechanic mine(UserId userId) {
		return ofUser(userId).orElseThrow(() -> new NotFoundException("This account has no mechanic profile"));
	}

	/** The mechanic's certifications in every state, most recently submitted first. */
	public List<Certification> certifications(MechanicId id) {
		return certifications.of(id);
	}

	/**
	 * Approved certifications of every mechanic that expire from {@code from} to {@code to} (both included), soonest
	 * first: what expiry reminders are sent for.
	 */
	public List<Certification> approvedCertificationsExpiring(LocalDate from, LocalDate to) {
		return certifications.approvedExpiringBetween(from, to);
	}

	/**
	 * Chooses the service tier. Virtual only can be chosen by anyone who is not a workshop partner already; workshop
	 * partner has the requirements of {@link #upgradeToWorkshopPartner}; licensed mobile service cannot be chosen yet.
	 *
	 * @throws BusinessRuleException on field {@code serviceTier} (400) for no tier or licensed mobile, and for the
	 *                               request as a whole (409) when the tier's requirements are not met
	 */
	@Transactional
	public Mechanic chooseTier(MechanicId id, ServiceTier tier) {
		if (tier == null) {
			throw new BusinessRuleException("serviceTier", "Choose a service tier");
		}
		if (!tier.selectable()) {
			throw new BusinessRuleException("serviceTier", tier.label() + " is not available yet");
		}
		Mechanic mechanic = get(id);
		if (mechanic.serviceTier() == tier) {
			return mechanic;
		}
		if (tier == ServiceTier.WORKSHOP_PARTNER) {
			return upgradeToWorkshopPartner(id);
		}
		if (mechanic.serviceTier() == ServiceTier.WORKSHOP_PARTNER) {
			throw new BusinessRuleException("You are a workshop partner already, which includes virtual consultations");
		}
		return changeTier(mechanic, tier);
	}

	/**
	 * Makes the mechanic a workshop partner. Requires an approved, unexpired trade certification and valid liability
	 * insurance. Everything from the virtual-only period (history, certifications, earnings) stays; the change is
	 * recorded in the tier history.
	 *
	 * @throws BusinessRuleException (409) naming what is missing, or when the mechanic is a workshop partner already
	 */
	@Transactional
	public Mechanic upgradeToWorkshopPartner(MechanicId id) {
		Mechanic mechanic = get(id);
		if (mechanic.serviceTier() == ServiceTier.WORKSHOP_PARTNER) {
			throw new BusinessRuleException("You are a workshop partner already");
		}
		LocalDate today = LocalDate.now(clock);
		List<String> missing = new ArrayList<>();
		if (certifications.of(id).stream().noneMatch(c -> c.isValidOn(today))) {
			missing.add("a trade certification verified by the platform");
		}
		if (insurance.latest(id).filter(policy -> policy.isValidOn(today)).isEmpty()) {
			missing.add("valid liability insurance (certificate and expiry date)");
		}
		if (!missing.isEmpty()) {
			throw new BusinessRuleException("To become a workshop partner you still need " + String.join(" and ", missing));
		}
		return changeTier(mechanic, ServiceTier.WORKSHOP_PARTNER);
	}

	/** Every tier the mechanic has had, oldest first. */
	public List<TierChange> tierHistory(MechanicId id) {
		return tierChanges.of(id);
	}

	private Mechanic changeTier(Mechanic mechanic, ServiceTier tier) {
		mechanics.updateTier(mechanic.id(), tier);
		tierChanges.insert(mechanic.id(), mechanic.serviceTier(), tier, clock.instant());
		events.publishEvent(new ServiceTierChosen(mechanic.id(), mechanic.serviceTier(), tier));
		return get(mechanic.id());
	}

	/**
	 * Marks a mechanic verified without the certification and background-check flow, for mechanics whose checks
	 * were done outside the platform. Decisions in {@link MechanicVerification} set the flag for everyone else.
	 */
	@Transactional
	public void markVerified(MechanicId id) {
		get(id);
		mechanics.updateVerified(id, true, clock.instant());
	}

	/** Makes an independent mechanic an employee of a workshop (after they accepted its invitation). */
	@Transactional
	public Mechanic becomeEmployeeOf(MechanicId id, WorkshopId workshop) {
		Mechanic mechanic = get(id);
		if (mechanic.isEmployee()) {
			throw new BusinessRuleException("This mechanic is already employed by a workshop");
		}
		mechanics.updateEmployment(id, MechanicType.WORKSHOP_EMPLOYEE, workshop);
		return get(id);
	}

	/** The workshop's employees with their shift status, by name. */
	public List<Employee> employeesOf(WorkshopId workshop) {
		return mechanics.employeesOf(workshop).stream()
			.map(m -> new Employee(m, shifts.openShiftStart(m.id()).orElse(null), shifts.lastClockOut(m.id()).orElse(null)))
			.toList();
	}

	/**
	 * The workshop's admin clocks an employee in: the employee is on shift, sessions they take are the workshop's, and
	 * they are available for consultations if verified.
	 *
	 * @param admin who clocked them in, recorded on the shift
	 * @throws NotFoundException     if the mechanic is not this workshop's employee
	 * @throws BusinessRuleException if they are on shift already
	 */
	@Transactional
	public Employee clockIn(WorkshopId workshop, MechanicId employee, UserId admin) {
		Mechanic mechanic = employeeOf(workshop, employee);
		if (mechanic.clockedInByAdmin()) {
			throw new BusinessRuleException(mechanic.name() + " is on shift already");
		}
		mechanics.updateShift(employee, true, mechanic.verified());
		shifts.clockIn(employee, workshop, clock.instant(), admin);
		events.publishEvent(new ShiftChanged(employee, workshop, true));
		return employee(employee);
	}

	/**
	 * The workshop's admin clocks an employee out: off shift they are unavailable until they turn availability on
	 * themselves, under their off-shift mode.
	 *
	 * @throws NotFoundException     if the mechanic is not this workshop's employee
	 * @throws BusinessRuleException if they are off shift already
	 */
	@Transactional
	public Employee clockOut(WorkshopId workshop, MechanicId employee, UserId admin) {
		Mechanic mechanic = employeeOf(workshop, employee);
		if (!mechanic.clockedInByAdmin()) {
			throw new BusinessRuleException(mechanic.name() + " is off shift already");
		}
		mechanics.updateShift(employee, false, false);
		shifts.clockOut(employee, clock.instant(), admin);
		events.publishEvent(new ShiftChanged(employee, workshop, false));
		return employee(employee);
	}

	/**
	 * The mechanic turns their availability for virtual consultations on or off. Turning it on needs a verified
	 * mechanic; an employee on shift follows the workshop's clock, and an employee whose off-shift mode is blocked
	 * cannot be available off shift. Turning it off is always allowed.
	 *
	 * @throws BusinessRuleException (409) when turning it on is not allowed
	 */
	@Transactional
	public Mechanic setAvailability(MechanicId id, boolean available) {
		mechanics.lock(id);
		Mechanic mechanic = get(id);
		if (available) {
			if (!mechanic.verified()) {
				throw new BusinessRuleException("You can take consultations once the platform has verified your certification and background check");
			}
			if (mechanic.isOnShift()) {
				throw new BusinessRuleException("You are on shift: your workshop's clock decides your availability until you are clocked out");
			}
			if (mechanic.isEmployee() && mechanic.offShiftMode() == OffShiftMode.BLOCKED) {
				throw new BusinessRuleException("Your off-shift mode is blocked, so you cannot take sessions off shift");
			}
		}
		mechanics.updateAvailability(id, available);
		return get(id);
	}

	/**
	 * Puts the workshop's employee under the revenue-share agreement both have signed: off shift they see every
	 * request, and the workshop gets {@code workshopSharePct} of what remains after the platform fee.
	 *
	 * @throws NotFoundException     if the mechanic is not this workshop's employee
	 * @throws BusinessRuleException (409) if their off-shift mode is blocked
	 */
	@Transactional
	public Mechanic startRevenueShare(WorkshopId workshop, MechanicId employee, int workshopSharePct) {
		Mechanic mechanic = employeeOf(workshop, employee);
		if (workshopSharePct < 20 || workshopSharePct > 40) {
			throw new IllegalArgumentException("A workshop's revenue share is 20% to 40%, was " + workshopSharePct);
		}
		if (mechanic.offShiftMode() == OffShiftMode.BLOCKED) {
			throw new BusinessRuleException(mechanic.name() + "'s off-shift mode is blocked");
		}
		mechanics.updateOffShiftMode(employee, OffShiftMode.REVENUE_SHARE, workshopSharePct);
		return get(employee);
	}

	/**
	 * Ends the employee's revenue share: off shift they are back in local exclusion. Does nothing to another mode.
	 *
	 * @throws NotFoundException if the mechanic is not this workshop's employee
	 */
	@Transactional
	public Mechanic endRevenueShare(WorkshopId workshop, MechanicId employee) {
		Mechanic mechanic = employeeOf(workshop, employee);
		if (mechanic.offShiftMode() == OffShiftMode.REVENUE_SHARE) {
			mechanics.updateOffShiftMode(employee, OffShiftMode.LOCAL_EXCLUSION, 0);
		}
		return get(employee);
	}

	private Mechanic employeeOf(WorkshopId workshop, MechanicId employee) {
		mechanics.lock(employee);
		return mechanics.find(employee).filter(m -> m.isEmployee() && workshop.equals(m.workshopId()))
			.orElseThrow(() -> NotFoundException.of("Employee", employee));
	}

	private Employee employee(MechanicId id) {
		Mechanic mechanic = get(id);
		return new Employee(mechanic, shifts.openShiftStart(id).orElse(null), shifts.lastClockOut(id).orElse(null));
	}
}
