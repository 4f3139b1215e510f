package ca.mechanicplatform.crm;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.Customer;
import ca.mechanicplatform.bookings.BayBookings;
import ca.mechanicplatform.bookings.Booking;
import ca.mechanicplatform.bookings.Job;
import ca.mechanicplatform.bookings.JobCompleted;
import ca.mechanicplatform.consultations.Consultation;
import ca.mechanicplatform.consultations.ConsultationCompleted;
import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.revenue.PaymentRefunded;
import ca.mechanicplatform.revenue.RecordedSale;
import ca.mechanicplatform.revenue.Revenue;

/**
 * Turns completed consultations and bay jobs into clients and their service history. Runs after the completing
 * transaction commits, in its own, through the event publication registry (so a crash only delays it); the amounts
 * come from the sale revenue recorded for the completion, so they agree with the ledger to the cent. Deliveries may
 * repeat: {@link Clients#record} adds each completion once.
 */
@Component
class ServiceHistory {

	private static final Logger log = LoggerFactory.getLogger(ServiceHistory.class);

	private final Clients clients;
	private final Consultations consultations;
	private final BayBookings bookings;
	private final Revenue revenue;
	private final Accounts accounts;

	ServiceHistory(Clients clients, Consultations consultations, BayBookings bookings, Revenue revenue, Accounts accounts) {
		this.clients = clients;
		this.consultations = consultations;
		this.bookings = bookings;
		this.revenue = revenue;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(ConsultationCompleted completed) {
		clients.record(completionOf(completed));
	}

	/** What the CRM records of a completed consultation: its customer, vehicle and the sale's amounts. */
	Clients.Completion completionOf(ConsultationCompleted completed) {
		Consultation c = consultations.get(completed.consultationId());
		RecordedSale sale = sale(completed.businessKey());
		Customer customer = accounts.customer(completed.customerId());
		return new Clients.Completion(completed.mechanicId(), customer.id(), customer.name(), customer.email(), customer.phone(),
				ClientSource.CONSULTATION, completed.businessKey(), sale.id(), sale.businessKey(),
				c.completedAt() == null ? sale.occurredAt() : c.completedAt(), sale.description(), c.vehicle(), c.vehicleYear(),
				c.vehicleMake(), c.vehicleModel(), c.vin() == null ? null : c.vin().value(), sale.split().grossCents(),
				sale.split().mechanicCents());
	}

	@ApplicationModuleListener
	void on(JobCompleted completed) {
		Clients.Completion completion = completionOf(completed);
		if (completion != null) {
			clients.record(completion);
		}
	}

	/** What the CRM records of a completed bay job, or {@code null} when the booking had no job (nothing was sold). */
	Clients.Completion completionOf(JobCompleted completed) {
		if (completed.saleKey() == null) {
			return null;
		}
		Booking booking = bookings.get(completed.booking());
		Job job = booking.job();
		if (job == null) {
			return null;
		}
		RecordedSale sale = sale(completed.saleKey());
		String name = job.customerName();
		String email = null;
		String phone = null;
		if (job.customerContact() != null && !job.customerContact().isBlank()) {
			if (job.customerContact().contains("@")) {
				email = job.customerContact().trim();
			}
			else {
				phone = job.customerContact().trim();
			}
		}
		if (job.customerId() != null) {
			Customer customer = accounts.customer(job.customerId());
			name = customer.name();
			email = customer.email();
			phone = customer.phone() != null ? customer.phone() : phone;
		}
		Vehicle v = Vehicle.parse(job.vehicle());
		return new Clients.Completion(completed.mechanic(), job.customerId(), name, email, phone, ClientSource.JOB,
				"bay-booking:" + completed.booking().value(), sale.id(), sale.businessKey(),
				booking.completedAt() == null ? sale.occurredAt() : booking.completedAt(), sale.description(), job.vehicle(), v.year(),
				v.make(), v.model(), null, sale.split().grossCents(), sale.split().mechanicCents());
	}

	@ApplicationModuleListener
	void on(PaymentRefunded refunded) {
		if (refunded.reversedSaleId() != null) {
			int visits = clients.refunded(refunded.reversedSaleId());
			if (visits > 0) {
				log.info("Sale {} was refunded; {} client visit(s) no longer count towards lifetime value", refunded.reversedSaleId(), visits);
			}
		}
	}

	private RecordedSale sale(String key) {
		return revenue.sale(key).orElseThrow(() -> new IllegalStateException("No sale recorded under " + key + " yet"));
	}

	/** A job's vehicle as typed ("2016 Honda Civic"): year and make when the text starts with them, else all of it as the model. */
	record Vehicle(Integer year, String make, String model) {

		static Vehicle parse(String text) {
			if (text == null || text.isBlank()) {
				return new Vehicle(null, null, null);
			}
			String t = text.trim().replaceAll("\\s+", " ");
			var m = java.util.regex.Pattern.compile("^((?:19|20)\\d\\d) (\\S+) (.+)$").matcher(t);
			if (m.matches()) {
				return new Vehicle(Integer.valueOf(m.group(1)), m.group(2), m.group(3));
			}
			return new Vehicle(null, null, t);
		}
	}
}
