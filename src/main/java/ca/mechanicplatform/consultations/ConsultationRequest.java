package ca.mechanicplatform.consultations;

/**
 * A customer's request for a consultation, as typed. Every field is checked by {@link Consultations#request}.
 *
 * @param kind             {@code CHAT} or {@code VIDEO}
 * @param vehicleYear      the model year, e.g. {@code "2016"}
 * @param vin              optional; checked with the North American check digit
 * @param postalCode       optional; the customer's profile postal code when blank
 * @param preferredVideoAt optional, for video: local date and time {@code yyyy-MM-ddTHH:mm} in the customer's province
 */
public record ConsultationRequest(String kind, String vehicleYear, String vehicleMake, String vehicleModel, String vin,
		String problem, String postalCode, String preferredVideoAt) {
}
