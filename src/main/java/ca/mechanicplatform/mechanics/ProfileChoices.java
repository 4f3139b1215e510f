package ca.mechanicplatform.mechanics;

import java.util.List;

/**
 * The specialties, vehicle makes and languages a mechanic picks from. Fixed lists keep profiles comparable, so
 * customers and workshops can filter on them.
 */
public final class ProfileChoices {

	public static final List<String> SPECIALTIES = List.of(
			"Engine diagnostics", "Electrical systems", "Brakes", "Suspension and steering", "Transmission and drivetrain",
			"Heating and air conditioning", "Hybrid and electric vehicles", "Diesel engines", "Emissions and fuel systems",
			"Tires and wheel alignment", "Pre-purchase inspections", "Safety inspections", "Performance and tuning",
			"Classic cars", "Light trucks and vans", "Fleet maintenance");

	public static final List<String> VEHICLE_MAKES = List.of(
			"Acura", "Audi", "BMW", "Buick", "Cadillac", "Chevrolet", "Chrysler", "Dodge", "Ford", "GMC", "Honda",
			"Hyundai", "Infiniti", "Jeep", "Kia", "Land Rover", "Lexus", "Lincoln", "Mazda", "Mercedes-Benz", "Mini",
			"Mitsubishi", "Nissan", "Porsche", "Ram", "Subaru", "Tesla", "Toyota", "Volkswagen", "Volvo");

	public static final List<String> LANGUAGES = List.of(
			"English", "French", "Arabic", "Cantonese", "German", "Gujarati", "Hindi", "Italian", "Korean", "Mandarin",
			"Persian", "Polish", "Portuguese", "Punjabi", "Russian", "Spanish", "Tagalog", "Tamil", "Ukrainian", "Urdu",
			"Vietnamese");

	private ProfileChoices() {
	}
}
