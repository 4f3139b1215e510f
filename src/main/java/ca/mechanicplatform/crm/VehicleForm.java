package ca.mechanicplatform.crm;

/** A vehicle as typed: model required; year (4 digits), make and VIN (17 characters, check digit) optional. */
public record VehicleForm(String year, String make, String model, String vin) {
}
