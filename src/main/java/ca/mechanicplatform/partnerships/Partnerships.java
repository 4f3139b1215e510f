package ca.mechanicplatform.partnerships;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.agreements.AgreementCompleted;
import ca.mechanicplatform.agreements.AgreementKind;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.notifications.Notifications;
import ca.mechanicplatform.partnerships.internal.PartnershipRows;
import ca.mechanicplatform.workshops.Workshops;

/** Partnerships between mechanics and workshops; a partnership is active once both have signed its agreement. */
@Service
public class Partnerships {

	private final PartnershipRows partnerships;
	private final Mechanics mechanics;
	private final Workshops workshops;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Partnerships(PartnershipRows partnerships, Mechanics mechanics, Workshops workshops, Notifications notifications,
			ApplicationEventPublisher events, Clock clock) {
		this.partnerships = partnerships;
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	public List<Partnership> ofMechanic(UserId mechanicUser) {
		return partnerships.ofMechanic(mechanics.mine(mechanicUser).id());
	}

	public List<Partnership> ofWorkshop(UserId admin) {
		return partnerships.ofWorkshop(workshops.mine(admin).id());
	}

	public Partnership get(PartnershipId id) {
		return partnerships.find(id).orElseThrow(() -> NotFoundException.of("Partnership", id));
	}

	/** The active partnership between a mechanic and a workshop, if any: what allows booking its bays. */
	public Optional<Partnership> activeBetween(MechanicId mechanic, WorkshopId workshop) {
		return partnerships.activeBetween(mechanic, workshop);
	}

	/** The mechanic's ACTIVE partnerships, for their public profile's partner workshops. */
	public List<Partnership> activeOf(MechanicId mechanic) {
		return partnerships.ofMechanic(mechanic).stream().filter(Partnership::isActive).toList();
	}

	/** Every ACTIVE membership partnership, oldest first: those charged a monthly fee. */
	public List<Partnership> activeMemberships() {
		return partnerships.activeOfType(ProgramType.MEMBERSHIP);
	}

	/** Activates the partnership whose agreement both parties have now signed (safe to receive twice). */
	@ApplicationModuleListener
	void on(AgreementCompleted completed) {
		if (completed.kind() != AgreementKind.PARTNERSHIP || !completed.subjectRef().startsWith("partnership:")) {
			return;
		}
		activate(new PartnershipId(Long.parseLong(completed.subjectRef().substring("partnership:".length()))));
	}

	@Transactional
	void activate(PartnershipId id) {
		if (!partnerships.activate(id, clock.instant())) {
			return;
		}
		Partnership partnership = get(id);
		var mechanicUser = mechanics.get(partnership.mechanicId()).userId();
		var adminUser = workshops.get(partnership.workshopId()).adminUserId();
		for (UserId user : List.of(mechanicUser, adminUser)) {
			notifications.notify(user, "Partnership active: " + partnership.programTitle(),
					partnership.mechanicName() + " and " + partnership.workshopName() + " are now partners."
							+ " Bays can be booked from today.", user.equals(mechanicUser) ? "/mechanic/partnerships/applications"
									: "/workshop/partnerships/applications");
		}
		events.publishEvent(new PartnershipActivated(id, partnership.mechanicId(), partnership.workshopId(), partnership.type()));
	}
}
