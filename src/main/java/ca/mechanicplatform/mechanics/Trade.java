package ca.mechanicplatform.mechanics;

/** The motive-power trades the platform verifies, as named by the Red Seal program. */
public enum Trade {

	AUTOMOTIVE_SERVICE_TECHNICIAN("Automotive Service Technician"),
	TRUCK_AND_TRANSPORT_MECHANIC("Truck and Transport Mechanic"),
	HEAVY_DUTY_EQUIPMENT_TECHNICIAN("Heavy Duty Equipment Technician"),
	AUTO_BODY_AND_COLLISION_TECHNICIAN("Auto Body and Collision Technician"),
	MOTORCYCLE_TECHNICIAN("Motorcycle Technician"),
	RECREATION_VEHICLE_SERVICE_TECHNICIAN("Recreation Vehicle Service Technician"),
	AGRICULTURAL_EQUIPMENT_TECHNICIAN("Agricultural Equipment Technician");

	private final String label;

	Trade(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
