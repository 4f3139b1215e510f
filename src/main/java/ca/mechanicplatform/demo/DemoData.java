package ca.mechanicplatform.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.CustomerSignUp;
import ca.mechanicplatform.consultations.ConsultationRequest;
import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicSignUp;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.partnerships.PartnershipPrograms;
import ca.mechanicplatform.partnerships.ProgramForm;
import ca.mechanicplatform.partnerships.ProgramStatus;
import ca.mechanicplatform.partnerships.ProgramTemplate;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopSignUp;
import ca.mechanicplatform.workshops.Workshops;

/** Loads the demo data once, in one transaction, when the database has none yet. */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo-password";
	static final String ADMIN = "admin@demo.local";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Environment environment;
	private final Accounts accounts;
	private final Mechanics mechanics;
	private final Workshops workshops;
	private final PartnershipPrograms programs;
	private final Consultations consultations;
	private final TransactionTemplate transaction;

	DemoData(Environment environment, Accounts accounts, Mechanics mechanics, Workshops workshops,
			PartnershipPrograms programs, Consultations consultations, TransactionTemplate transaction) {
		this.environment = environment;
		this.accounts = accounts;
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.programs = programs;
		this.consultations = consultations;
		this.transaction = transaction;
	}

	/** Explicit {@code platform.demo-data} wins; otherwise demo data goes only into the embedded H2 database. */
	boolean wanted() {
		String setting = environment.getProperty("platform.demo-data", "");
		if (!setting.isBlank()) {
			return Boolean.parseBoolean(setting.trim());
		}
		return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!wanted() || accounts.findByEmail(ADMIN).isPresent()) {
			return;
		}
		transaction.executeWithoutResult(status -> load());
		log.info("Demo data loaded: log in as {} (and the other demo accounts) with password '{}'", ADMIN, PASSWORD);
	}

	private void load() {
		accounts.ensurePlatformAdmin(ADMIN, PASSWORD, "Pat Operator");

		Workshop toronto = workshop("workshop@demo.local", "Morgan Chen", "AutoFix Toronto Inc.", "450 King St W", "Toronto", "ON", "M5V 1K4", "America/Toronto", "416-555-0142");
		workshop("mississauga@demo.local", "Priya Natarajan", "Square One Auto Care", "100 City Centre Dr", "Mississauga", "ON", "L5B 2C9", "America/Toronto", "905-555-0117");
		workshop("vancouver@demo.local", "Liam O'Connor", "Gastown Garage Ltd.", "88 Water St", "Vancouver", "BC", "V6B 1A4", "America/Vancouver", "604-555-0190");
		workshop("montreal@demo.local", "Camille Tremblay", "Garage Ville-Marie", "1000 Rue de la Gauchetière O", "Montréal", "QC", "H3B 4W5", "America/Toronto", "514-555-0166");
		workshop("calgary@demo.local", "Ethan Running", "Bow Valley Motors", "225 7 Ave SW", "Calgary", "AB", "T2P 1J9", "America/Edmonton", "403-555-0128");
		workshop("stjohns@demo.local", "Siobhan Walsh", "Harbourside Auto", "155 Water St", "St. John's", "NL", "A1C 1B1", "America/St_Johns", "709-555-0101");

		publish("workshop@demo.local", ProgramTemplate.REVENUE_SHARE, "Downtown revenue share", null);
		publish("workshop@demo.local", ProgramTemplate.BAY_RENTAL, "King West bays by the hour", "40.00");
		publish("workshop@demo.local", ProgramTemplate.MEMBERSHIP, "AutoFix monthly membership", null);
		publish("mississauga@demo.local", ProgramTemplate.BAY_RENTAL, "Square One weekend bays", "38.00");
		publish("vancouver@demo.local", ProgramTemplate.REVENUE_SHARE, "Gastown revenue share", null);
		publish("montreal@demo.local", ProgramTemplate.BAY_RENTAL, "Baies à l'heure — Ville-Marie", "42.00");
		publish("calgary@demo.local", ProgramTemplate.MEMBERSHIP, "Bow Valley membership", null);
		publish("stjohns@demo.local", ProgramTemplate.REVENUE_SHARE, "Harbourside partners", null);

		Mechanic partner = mechanics.register(new MechanicSignUp("Alex Moreau", "mechanic@demo.local", PASSWORD, "M6H 2N4"));
		mechanics.chooseTier(partner.id(), ServiceTier.WORKSHOP_PARTNER);
		mechanics.markVerified(partner.id());

		Mechanic virtual = mechanics.register(new MechanicSignUp("Jordan Blake", "virtual@demo.local", PASSWORD, "B3H 1A1"));
		mechanics.chooseTier(virtual.id(), ServiceTier.VIRTUAL_ONLY);

		// The non-compete document's scenario: the Toronto workshop's employee lives in Mississauga.
		Mechanic employee = mechanics.register(new MechanicSignUp("Mike Johnson", "employee@demo.local", PASSWORD, "L5B 3C2"));
		mechanics.chooseTier(employee.id(), ServiceTier.VIRTUAL_ONLY);
		mechanics.markVerified(employee.id());
		mechanics.becomeEmployeeOf(employee.id(), toronto.id());

		customers().forEach(accounts::registerCustomer);

		// Consultations: a finished, rated session for the partner mechanic, and open requests across Canada that the
		// Toronto employee (off shift, local exclusion) partly cannot see. Open requests expire 30 minutes after start-up.
		mechanics.setAvailable(partner.id(), true);
		mechanics.setAvailable(employee.id(), true);
		var done = consultations.request(user("customer.halifax@demo.local"), new ConsultationRequest("CHAT", "2014", "Subaru",
				"Outback", null, "Check engine light with code P0420 after a long highway drive.", null, null));
		consultations.accept(user("mechanic@demo.local"), done.id());
		consultations.send(user("customer.halifax@demo.local"), done.id(), "The light came on yesterday; the car drives normally.");
		consultations.send(user("mechanic@demo.local"), done.id(),
				"P0420 is catalyst efficiency. Check for exhaust leaks before the O2 sensor first; it is often not the converter.");
		consultations.complete(user("mechanic@demo.local"), done.id());
		consultations.rate(user("customer.halifax@demo.local"), done.id(), 5, "Saved me a trip to the dealer.");
		request("customer@demo.local", "CHAT", "2016", "Honda", "Civic", "Grinding noise from the front wheels when braking.");
		request("customer.mississauga@demo.local", "VIDEO", "2019", "Ford", "F-150", "Shudder at 80 km/h, steering wheel vibrates.");
		request("customer.vancouver@demo.local", "CHAT", "2012", "Toyota", "Prius", "Hybrid warning light and weak acceleration.");
		request("customer.montreal@demo.local", "CHAT", "2017", "Mazda", "CX-5", "Clunk from the rear suspension over bumps.");
		request("customer.calgary@demo.local", "VIDEO", "2015", "Chevrolet", "Silverado", "Won't start on cold mornings below −20 °C.");
	}

	private ca.mechanicplatform.kernel.UserId user(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	private void request(String customerEmail, String kind, String year, String make, String model, String problem) {
		consultations.request(user(customerEmail), new ConsultationRequest(kind, year, make, model, null, problem, null, null));
	}

	private Workshop workshop(String email, String admin, String name, String street, String city, String province,
			String postalCode, String zone, String phone) {
		return workshops.register(new WorkshopSignUp(admin, email, PASSWORD, name, street, city, province, postalCode, zone, phone));
	}

	private void publish(String adminEmail, ProgramTemplate template, String title, String hourlyRate) {
		var admin = accounts.findByEmail(adminEmail).orElseThrow().id();
		ProgramForm t = template.form();
		var program = programs.create(admin, new ProgramForm(t.type(), title, t.description(), t.terms(), t.capacity(),
				hourlyRate == null ? t.hourlyRate() : hourlyRate, t.dailyRate(), t.workshopSharePercent(), t.monthlyFee(),
				t.minYearsExperience(), t.requiresInsurance(), t.requiredCertifications(), t.services()));
		programs.changeStatus(admin, program.id(), ProgramStatus.PUBLISHED);
	}

	private static List<CustomerSignUp> customers() {
		return List.of(
				new CustomerSignUp("Sam Patel", "customer@demo.local", PASSWORD, "M4W 1A8", "416-555-0199"),
				new CustomerSignUp("Grace Lee", "customer.mississauga@demo.local", PASSWORD, "L5B 1M2", null),
				new CustomerSignUp("Noah Singh", "customer.vancouver@demo.local", PASSWORD, "V6B 2W9", null),
				new CustomerSignUp("Chloé Gagnon", "customer.montreal@demo.local", PASSWORD, "H2X 1Y4", null),
				new CustomerSignUp("Owen Fraser", "customer.calgary@demo.local", PASSWORD, "T2P 2M5", null),
				new CustomerSignUp("Ava MacDonald", "customer.halifax@demo.local", PASSWORD, "B3J 1S9", null),
				new CustomerSignUp("Lucas Dubois", "customer.winnipeg@demo.local", PASSWORD, "R3C 4T3", null),
				new CustomerSignUp("Emma Kowalski", "customer.edmonton@demo.local", PASSWORD, "T5J 2Z2", null),
				new CustomerSignUp("Mia Thompson", "customer.stjohns@demo.local", PASSWORD, "A1C 5M2", null));
	}
}
