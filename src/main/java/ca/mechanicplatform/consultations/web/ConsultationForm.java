package ca.mechanicplatform.consultations.web;

import ca.mechanicplatform.consultations.ConsultationRequest;

/** The customer's request form, as posted. */
record ConsultationForm(String kind, String vehicleYear, String vehicleMake, String vehicleModel, String vin, String problem,
		String postalCode, String preferredVideoAt) {

	ConsultationRequest toRequest() {
		return new ConsultationRequest(kind, vehicleYear, vehicleMake, vehicleModel, vin, problem, postalCode, preferredVideoAt);
	}
}
