package ca.mechanicplatform.workshops;

/** The services a workshop offers, from a fixed list so mechanics and customers can filter on them. */
public enum WorkshopService {

	OIL_AND_MAINTENANCE("Oil changes and maintenance"),
	BRAKES("Brakes"),
	TIRES("Tires and seasonal changeover"),
	ALIGNMENT("Wheel alignment"),
	DIAGNOSTICS("Diagnostics"),
	ENGINE_REPAIR("Engine repair"),
	TRANSMISSION("Transmission"),
	ELECTRICAL("Electrical"),
	HEATING_AND_AIR_CONDITIONING("Heating and air conditioning"),
	EXHAUST_AND_EMISSIONS("Exhaust and emissions"),
	SUSPENSION_AND_STEERING("Suspension and steering"),
	SAFETY_INSPECTIONS("Safety inspections"),
	HYBRID_AND_ELECTRIC("Hybrid and electric vehicles"),
	BODY_AND_COLLISION("Body and collision");

	private final String label;

	WorkshopService(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
