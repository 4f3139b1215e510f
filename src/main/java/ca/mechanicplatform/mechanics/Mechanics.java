package ca.mechanicplatform.mechanics;

import java.time.Clock;
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
import ca.mechanicplatform.mechanics.internal.MechanicRows;

/** Signs mechanics up and reads and changes their profiles. */
@Service
public class Mechanics {

	private final Accounts accounts;
	private final MechanicRows mechanics;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Mechanics(Accounts accounts, MechanicRows mechanics, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.mechanics = mechanics;
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

	/** Chooses the service tier; licensed mobile service cannot be chosen yet. */
	@Transactional
	public Mechanic chooseTier(MechanicId id, ServiceTier tier) {
		if (tier == null) {
			throw new BusinessRuleException("serviceTier", "Choose a service tier");
		}
		if (!tier.selectable()) {
			throw new BusinessRuleException("serviceTier", tier.label() + " is not available yet");
		}
		get(id);
		mechanics.updateTier(id, tier);
		return get(id);
	}

	/** Records that the platform verified the mechanic's trade certification. */
	@Transactional
	public void markVerified(MechanicId id) {
		get(id);
		mechanics.updateVerified(id, true);
	}

	/**
	 * Turns the mechanic's availability for consultations on or off (off shift, for an employee: on shift the workshop's
	 * clock-in decides).
	 */
	@Transactional
	public Mechanic setAvailable(MechanicId id, boolean available) {
		get(id);
		mechanics.updateAvailable(id, available);
		return get(id);
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
}
