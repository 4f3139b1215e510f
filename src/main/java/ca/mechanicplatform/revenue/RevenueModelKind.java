package ca.mechanicplatform.revenue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The name of each revenue model, as the API and the database spell it, with what the model implies: the service
 * sold, the mechanic's relationship (which picks the fee rule), and whether the workshop takes a percentage or a bay
 * fee. The models themselves are the {@link RevenueModel} records.
 */
public enum RevenueModelKind {

	VIRTUAL_INDEPENDENT("Virtual consultation by an independent mechanic", ServiceKind.VIRTUAL_CONSULTATION,
			MechanicRelationship.INDEPENDENT, false, 0, 0),
	EMPLOYEE_ON_SHIFT("Workshop employee on shift", ServiceKind.VIRTUAL_CONSULTATION,
			MechanicRelationship.WORKSHOP_EMPLOYEE, false, 0, 0),
	EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION("Workshop employee off shift, local exclusion", ServiceKind.VIRTUAL_CONSULTATION,
			MechanicRelationship.WORKSHOP_EMPLOYEE, false, 0, 0),
	EMPLOYEE_OFF_SHIFT_REVENUE_SHARE("Workshop employee off shift, revenue share", ServiceKind.VIRTUAL_CONSULTATION,
			MechanicRelationship.WORKSHOP_EMPLOYEE, true, 20, 40),
	BAY_RENTAL("Partnership job, bay rental", ServiceKind.WORKSHOP_JOB, MechanicRelationship.INDEPENDENT, false, 0, 0),
	REVENUE_SHARE("Partnership job, revenue share", ServiceKind.WORKSHOP_JOB, MechanicRelationship.INDEPENDENT, true, 0, 100),
	MEMBERSHIP("Partnership job, membership", ServiceKind.WORKSHOP_JOB, MechanicRelationship.INDEPENDENT, true, 0, 100);

	private final String label;
	private final ServiceKind serviceKind;
	private final MechanicRelationship relationship;
	private final boolean workshopShare;
	private final int minSharePercent;
	private final int maxSharePercent;

	RevenueModelKind(String label, ServiceKind serviceKind, MechanicRelationship relationship, boolean workshopShare,
			int minSharePercent, int maxSharePercent) {
		this.label = label;
		this.serviceKind = serviceKind;
		this.relationship = relationship;
		this.workshopShare = workshopShare;
		this.minSharePercent = minSharePercent;
		this.maxSharePercent = maxSharePercent;
	}

	public String label() {
		return label;
	}

	public ServiceKind serviceKind() {
		return serviceKind;
	}

	/** The relationship whose fee rule applies to this model's sales. */
	public MechanicRelationship relationship() {
		return relationship;
	}

	/** Whether the workshop takes a percentage of what remains after the platform fee. */
	public boolean hasWorkshopShare() {
		return workshopShare;
	}

	/** Whether the mechanic pays the workshop a bay fee out of the job. */
	public boolean hasBayFee() {
		return this == BAY_RENTAL;
	}

	/** Whether a workshop is a party to the model's sales. */
	public boolean hasWorkshop() {
		return this != VIRTUAL_INDEPENDENT;
	}

	/**
	 * The smallest workshop percentage the model allows: 20 for an employee's off-shift revenue share (the
	 * non-compete document's 20–40%), 0 for partnership programs.
	 */
	public int minSharePercent() {
		return minSharePercent;
	}

	/** The largest workshop percentage the model allows. */
	public int maxSharePercent() {
		return maxSharePercent;
	}

	/** Reads the API spelling in any case; empty for an unknown name. */
	public static Optional<RevenueModelKind> fromName(String name) {
		if (name == null) {
			return Optional.empty();
		}
		String wanted = name.trim().toUpperCase(Locale.ROOT);
		return Arrays.stream(values()).filter(kind -> kind.name().equals(wanted)).findFirst();
	}

	/** Every name, comma-separated, for error messages. */
	public static String names() {
		return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
	}
}
