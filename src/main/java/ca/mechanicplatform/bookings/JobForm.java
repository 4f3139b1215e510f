package ca.mechanicplatform.bookings;

/**
 * A job as a form or API request; amounts in cents. Every field is checked on the server.
 *
 * @param customerId      a platform customer's id, optional
 * @param customerName    who the job is for, required
 * @param customerContact e-mail or telephone, optional
 * @param vehicle         e.g. "2016 Honda Civic", required
 * @param description     the work, required
 * @param labourCents     what the customer pays for labour, in cents
 * @param partsCents      what the customer pays for parts, in cents
 */
public record JobForm(Long customerId, String customerName, String customerContact, String vehicle, String description,
		Long labourCents, Long partsCents) {

	/** Whether nothing at all was given (an empty JSON body), which means "keep the attached job". */
	public boolean isEmpty() {
		return customerId == null && customerName == null && customerContact == null && vehicle == null && description == null
				&& labourCents == null && partsCents == null;
	}
}
