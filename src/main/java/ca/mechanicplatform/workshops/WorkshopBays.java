package ca.mechanicplatform.workshops;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.kernel.BayId;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.kernel.WorkshopId;
import ca.mechanicplatform.workshops.internal.WorkshopBayRows;

/**
 * A workshop's bays. Only the workshop's admin adds and edits them; a bay is never deleted, only deactivated, so
 * bookings can always refer to it.
 */
@Service
public class WorkshopBays {

	private final Workshops workshops;
	private final WorkshopBayRows bays;
	private final Clock clock;

	WorkshopBays(Workshops workshops, WorkshopBayRows bays, Clock clock) {
		this.workshops = workshops;
		this.bays = bays;
		this.clock = clock;
	}

	/** The workshop's bays by name, inactive ones included. */
	public List<Bay> of(WorkshopId workshop) {
		return bays.of(workshop);
	}

	/**
	 * A bay of the workshop.
	 *
	 * @throws NotFoundException if there is no such bay or it belongs to another workshop
	 */
	public Bay get(WorkshopId workshop, BayId id) {
		return bays.find(id).filter(bay -> bay.workshopId().equals(workshop))
			.orElseThrow(() -> NotFoundException.of("Bay", id));
	}

	/**
	 * The admin adds an active bay.
	 *
	 * @throws InvalidInputException on {@code name} (blank, too long, or used by another of the workshop's bays) or
	 *                               {@code type}
	 */
	@Transactional
	public Bay add(UserId admin, BayForm form) {
		Workshop workshop = workshops.mine(admin);
		InputCheck check = new InputCheck();
		String name = name(check, workshop.id(), form.name(), null);
		BayType type = type(check, form.type());
		check.throwIfInvalid();
		return get(workshop.id(), bays.insert(workshop.id(), name, type, clock.instant()));
	}

	/**
	 * The admin renames, retypes, activates or deactivates one of the workshop's bays.
	 *
	 * @throws NotFoundException     if the bay is not this admin's workshop's
	 * @throws InvalidInputException as for {@link #add}
	 */
	@Transactional
	public Bay update(UserId admin, BayId id, BayForm form) {
		Workshop workshop = workshops.mine(admin);
		Bay bay = get(workshop.id(), id);
		InputCheck check = new InputCheck();
		String name = name(check, workshop.id(), form.name(), id);
		BayType type = type(check, form.type());
		check.throwIfInvalid();
		bays.update(id, name, type, form.active() == null ? bay.active() : form.active());
		return get(workshop.id(), id);
	}

	/** The admin switches a bay between active and inactive. */
	@Transactional
	public Bay setActive(UserId admin, BayId id, boolean active) {
		Workshop workshop = workshops.mine(admin);
		Bay bay = get(workshop.id(), id);
		bays.update(id, bay.name(), bay.type(), active);
		return get(workshop.id(), id);
	}

	private String name(InputCheck check, WorkshopId workshop, String raw, BayId except) {
		String name = check.text("name", raw, 60, "Name the bay, like \"Bay 1\" or \"Alignment\"");
		if (!check.has("name")) {
			check.require(!bays.nameTaken(workshop, name, except), "name", "Another bay is already called \"" + name + "\"");
		}
		return name;
	}

	private static BayType type(InputCheck check, String raw) {
		return check.parse("type", raw, value -> {
			try {
				return BayType.valueOf(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("Choose the bay's type: lift, alignment, diagnostic or general");
			}
		});
	}
}
