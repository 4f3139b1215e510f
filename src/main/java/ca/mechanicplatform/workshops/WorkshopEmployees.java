package ca.mechanicplatform.workshops;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Employee;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.notifications.Notifications;
import ca.mechanicplatform.workshops.internal.EmployeeInvitationRows;

/**
 * A workshop's employees, as in the non-compete document: the admin invites a mechanic by e-mail, the mechanic with
 * that address accepts and becomes a workshop employee, and the admin clocks employees in and out. Another
 * workshop's employees and invitations, and invitations to someone else, are "not found". The invited address and,
 * on acceptance, the workshop's admin are notified.
 */
@Service
public class WorkshopEmployees {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
	private static final SecureRandom RANDOM = new SecureRandom();

	private final Workshops workshops;
	private final Mechanics mechanics;
	private final EmployeeInvitationRows invitations;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	WorkshopEmployees(Workshops workshops, Mechanics mechanics, EmployeeInvitationRows invitations,
			Notifications notifications, ApplicationEventPublisher events, Clock clock) {
		this.workshops = workshops;
		this.mechanics = mechanics;
		this.invitations = invitations;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/** The admin's workshop's employees with their shift status. */
	public List<Employee> employees(UserId admin) {
		return mechanics.employeesOf(workshops.mine(admin).id());
	}

	/** Every invitation the admin's workshop sent, newest first. */
	public List<EmployeeInvitation> invitations(UserId admin) {
		return invitations.ofWorkshop(workshops.mine(admin).id());
	}

	/**
	 * The admin invites the mechanic with this e-mail address to join as a workshop employee.
	 *
	 * @throws InvalidInputException on {@code email} if it is not an e-mail address
	 * @throws BusinessRuleException (409) if an invitation to it is pending already or it is already an employee's
	 */
	@Transactional
	public EmployeeInvitation invite(UserId admin, String email) {
		Workshop workshop = workshops.mine(admin);
		String address = Accounts.normaliseEmail(email);
		InputCheck check = new InputCheck();
		check.require(!address.isEmpty(), "email", "Enter the mechanic's e-mail address");
		check.require(address.isEmpty() || (address.length() <= 254 && EMAIL.matcher(address).matches()), "email",
				"Enter a valid e-mail address, like name@example.ca");
		check.throwIfInvalid();
		if (invitations.pendingExists(workshop.id(), address)) {
			throw new BusinessRuleException("An invitation to " + address + " is waiting for an answer already");
		}
		boolean alreadyEmployee = mechanics.employeesOf(workshop.id()).stream()
			.anyMatch(employee -> employee.mechanic().email().equals(address));
		if (alreadyEmployee) {
			throw new BusinessRuleException(address + " is one of your employees already");
		}
		long id = invitations.insert(workshop.id(), address, newToken(), admin, clock.instant());
		EmployeeInvitation invitation = invitations.find(id).orElseThrow();
		events.publishEvent(new EmployeeInvited(workshop.id(), id, address));
		notifications.notifyAddress(address, workshop.name() + " invites you to join as an employee",
				workshop.name() + " (" + workshop.city() + ") invites you to join the Independent Mechanic Platform as one of its "
						+ "workshop employees. On shift, the sessions you take are the workshop's; off shift you may freelance for "
						+ "customers outside its local area and keep what remains after the platform fee.\n\nSign in (or sign up "
						+ "as a mechanic) with this e-mail address to accept or decline.",
				"/mechanic/invitations");
		return invitation;
	}

	/**
	 * The admin withdraws a pending invitation.
	 *
	 * @throws NotFoundException     if it is not the admin's workshop's
	 * @throws BusinessRuleException (409) if it was answered already
	 */
	@Transactional
	public EmployeeInvitation revoke(UserId admin, long invitationId) {
		Workshop workshop = workshops.mine(admin);
		EmployeeInvitation invitation = invitations.find(invitationId)
			.filter(found -> found.workshopId().equals(workshop.id()))
			.orElseThrow(() -> NotFoundException.of("Invitation", invitationId));
		if (!invitations.respond(invitation.id(), InvitationStatus.REVOKED, clock.instant(), null)) {
			throw new BusinessRuleException("This invitation was " + invitation.status().label().toLowerCase(java.util.Locale.ROOT) + " already");
		}
		return invitations.find(invitationId).orElseThrow();
	}

	/** The invitations addressed to the signed-in mechanic's e-mail address, newest first. */
	public List<EmployeeInvitation> invitationsFor(UserId mechanicUser) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		return invitations.toEmail(mechanic.email());
	}

	/**
	 * The mechanic accepts an invitation addressed to their e-mail address and becomes the workshop's employee.
	 *
	 * @throws NotFoundException     if there is no such invitation or it is addressed to someone else
	 * @throws BusinessRuleException (409) if it is not pending or the mechanic is employed already
	 */
	@Transactional
	public EmployeeInvitation accept(UserId mechanicUser, String token) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		EmployeeInvitation invitation = addressedTo(mechanic, token);
		if (mechanic.isEmployee()) {
			throw new BusinessRuleException(mechanic.workshopId().equals(invitation.workshopId())
					? "You work for " + invitation.workshopName() + " already"
					: "You are employed by another workshop already; a mechanic works for one workshop at a time");
		}
		if (!invitations.respond(invitation.id(), InvitationStatus.ACCEPTED, clock.instant(), mechanic.id())) {
			throw new BusinessRuleException("This invitation is " + invitation.status().label().toLowerCase(java.util.Locale.ROOT) + "; it can't be accepted");
		}
		mechanics.becomeEmployeeOf(mechanic.id(), invitation.workshopId());
		events.publishEvent(new EmployeeJoined(invitation.workshopId(), mechanic.id()));
		notifications.notify(workshops.get(invitation.workshopId()).adminUserId(),
				mechanic.name() + " joined " + invitation.workshopName() + " as an employee",
				mechanic.name() + " (" + mechanic.email() + ") accepted your invitation and is now one of your workshop employees. "
						+ "Clock them in and out from your employee settings; off shift they work under local exclusion.",
				"/workshop/employees");
		return invitations.find(invitation.id()).orElseThrow();
	}

	/**
	 * The mechanic declines an invitation addressed to them.
	 *
	 * @throws NotFoundException     if there is no such invitation or it is addressed to someone else
	 * @throws BusinessRuleException (409) if it is not pending
	 */
	@Transactional
	public EmployeeInvitation decline(UserId mechanicUser, String token) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		EmployeeInvitation invitation = addressedTo(mechanic, token);
		if (!invitations.respond(invitation.id(), InvitationStatus.DECLINED, clock.instant(), null)) {
			throw new BusinessRuleException("This invitation is " + invitation.status().label().toLowerCase(java.util.Locale.ROOT) + "; it can't be declined");
		}
		return invitations.find(invitation.id()).orElseThrow();
	}

	/**
	 * The admin clocks an employee in.
	 *
	 * @throws NotFoundException     if the mechanic is not this admin's workshop's employee
	 * @throws BusinessRuleException (409) if they are on shift already
	 */
	@Transactional
	public Employee clockIn(UserId admin, MechanicId employee) {
		return mechanics.clockIn(workshops.mine(admin).id(), employee, admin);
	}

	/**
	 * The admin clocks an employee out.
	 *
	 * @throws NotFoundException     if the mechanic is not this admin's workshop's employee
	 * @throws BusinessRuleException (409) if they are off shift already
	 */
	@Transactional
	public Employee clockOut(UserId admin, MechanicId employee) {
		return mechanics.clockOut(workshops.mine(admin).id(), employee, admin);
	}

	private EmployeeInvitation addressedTo(Mechanic mechanic, String token) {
		return invitations.findByToken(token == null ? "" : token)
			.filter(invitation -> invitation.email().equals(mechanic.email()))
			.orElseThrow(() -> new NotFoundException("Invitation was not found"));
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
