package ca.mechanicplatform.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
import ca.mechanicplatform.accounts.Customer;
import ca.mechanicplatform.accounts.CustomerSignUp;
import ca.mechanicplatform.consultations.ConsultationRequest;
import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.development.CertificationReminders;
import ca.mechanicplatform.development.ProfessionalDevelopment;
import ca.mechanicplatform.development.TrainingForm;
import ca.mechanicplatform.documents.Upload;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.BackgroundCheckConsent;
import ca.mechanicplatform.mechanics.Certification;
import ca.mechanicplatform.mechanics.CertificationSubmission;
import ca.mechanicplatform.mechanics.InsuranceSubmission;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.MechanicSignUp;
import ca.mechanicplatform.mechanics.MechanicVerification;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.PayoutDetailsForm;
import ca.mechanicplatform.mechanics.ProfileDetailsForm;
import ca.mechanicplatform.mechanics.ServiceTier;
import ca.mechanicplatform.workshops.BayForm;
import ca.mechanicplatform.workshops.DayHours;
import ca.mechanicplatform.partnerships.PartnershipPrograms;
import ca.mechanicplatform.partnerships.ProgramForm;
import ca.mechanicplatform.partnerships.ProgramStatus;
import ca.mechanicplatform.partnerships.ProgramTemplate;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopBays;
import ca.mechanicplatform.workshops.WorkshopEmployees;
import ca.mechanicplatform.workshops.WorkshopProfileForm;
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
	private final MechanicOnboarding onboarding;
	private final MechanicVerification verification;
	private final Workshops workshops;
	private final WorkshopBays bays;
	private final WorkshopEmployees employees;
	private final PartnershipPrograms programs;
	private final Consultations consultations;
	private final TransactionTemplate transaction;
	private final DemoMoney money;
	private final ProfessionalDevelopment development;
	private final CertificationReminders reminders;
	private final DemoPartnership partnership;

	DemoData(Environment environment, Accounts accounts, Mechanics mechanics, MechanicOnboarding onboarding,
			MechanicVerification verification, Workshops workshops, WorkshopBays bays, WorkshopEmployees employees,
			PartnershipPrograms programs, Consultations consultations, TransactionTemplate transaction, DemoMoney money,
			ProfessionalDevelopment development, CertificationReminders reminders, DemoPartnership partnership) {
		this.partnership = partnership;
		this.environment = environment;
		this.accounts = accounts;
		this.mechanics = mechanics;
		this.onboarding = onboarding;
		this.verification = verification;
		this.workshops = workshops;
		this.bays = bays;
		this.employees = employees;
		this.programs = programs;
		this.consultations = consultations;
		this.transaction = transaction;
		this.money = money;
		this.development = development;
		this.reminders = reminders;
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
		DemoMoney.People people = transaction.execute(status -> load());
		money.load(people);
		// Today's partnership and its bookings, each step committed as the person's own request would be.
		partnership.load(people.partner(), people.toronto(), people.customers().get(0));
		// The partner mechanic's provincial certificate expires within 60 days: its reminder is sent now, as the daily run would.
		reminders.sendDue();
		log.info("Demo data loaded: log in as {} (and the other demo accounts) with password '{}'", ADMIN, PASSWORD);
	}

	private DemoMoney.People load() {
		UserId operator = accounts.ensurePlatformAdmin(ADMIN, PASSWORD, "Pat Operator");

		Workshop toronto = workshop("workshop@demo.local", "Morgan Chen", "AutoFix Toronto Inc.", "450 King St W", "Toronto", "ON", "M5V 1K4", "America/Toronto", "416-555-0142");
		workshop("mississauga@demo.local", "Priya Natarajan", "Square One Auto Care", "100 City Centre Dr", "Mississauga", "ON", "L5B 2C9", "America/Toronto", "905-555-0117");
		workshop("vancouver@demo.local", "Liam O'Connor", "Gastown Garage Ltd.", "88 Water St", "Vancouver", "BC", "V6B 1A4", "America/Vancouver", "604-555-0190");
		workshop("montreal@demo.local", "Camille Tremblay", "Garage Ville-Marie", "1000 Rue de la Gauchetière O", "Montréal", "QC", "H3B 4W5", "America/Toronto", "514-555-0166");
		workshop("calgary@demo.local", "Ethan Running", "Bow Valley Motors", "225 7 Ave SW", "Calgary", "AB", "T2P 1J9", "America/Edmonton", "403-555-0128");
		workshop("stjohns@demo.local", "Siobhan Walsh", "Harbourside Auto", "155 Water St", "St. John's", "NL", "A1C 1B1", "America/St_Johns", "709-555-0101");
		setUpToronto(toronto);

		publish("workshop@demo.local", ProgramTemplate.REVENUE_SHARE, "Downtown revenue share", null);
		publish("workshop@demo.local", ProgramTemplate.BAY_RENTAL, "King West bays by the hour", "40.00");
		publish("workshop@demo.local", ProgramTemplate.MEMBERSHIP, "AutoFix monthly membership", null);
		publish("mississauga@demo.local", ProgramTemplate.BAY_RENTAL, "Square One weekend bays", "38.00");
		publish("vancouver@demo.local", ProgramTemplate.REVENUE_SHARE, "Gastown revenue share", null);
		publish("montreal@demo.local", ProgramTemplate.BAY_RENTAL, "Baies à l'heure — Ville-Marie", "42.00");
		publish("calgary@demo.local", ProgramTemplate.MEMBERSHIP, "Bow Valley membership", null);
		publish("stjohns@demo.local", ProgramTemplate.REVENUE_SHARE, "Harbourside partners", null);

		// Fully onboarded: verified on the virtual-only path, insured, then upgraded to workshop partner.
		Mechanic partner = mechanics.register(new MechanicSignUp("Alex Moreau", "mechanic@demo.local", PASSWORD, "M6H 2N4"));
		onboardVirtualOnly(partner, "ON", List.of("Engine diagnostics", "Electrical systems", "Hybrid and electric vehicles"),
				List.of("Toyota", "Honda", "Ford"), List.of("English", "French"), "15", "ON-310S-208114");
		verify(partner, operator);
		onboarding.submitInsurance(partner.id(), new InsuranceSubmission("Intact Insurance", "CGL-4471-0925", "2,000,000",
				LocalDate.now().plusMonths(10).toString()), sample("sample-liability-insurance.pdf", "intact-liability-certificate.pdf"));
		mechanics.upgradeToWorkshopPartner(partner.id());
		professionalDevelopment(partner, operator);

		// Mid-onboarding: profile and certificate done, background check consented, payout still to come; the
		// certificate waits in the operators' verification queue.
		Mechanic virtual = mechanics.register(new MechanicSignUp("Jordan Blake", "virtual@demo.local", PASSWORD, "B3H 1A1"));
		mechanics.chooseTier(virtual.id(), ServiceTier.VIRTUAL_ONLY);
		onboarding.updateProfile(virtual.id(), new ProfileDetailsForm("Jordan Blake",
				"Retired dealership technician in Halifax. I help owners make sense of warning lights and repair quotes.", "27",
				List.of("Engine diagnostics", "Pre-purchase inspections"), List.of("Subaru", "Toyota"), List.of("English"), "NS",
				"B3H 1A1"));
		onboarding.submitCertification(virtual.id(), new CertificationSubmission("RED_SEAL", "AUTOMOTIVE_SERVICE_TECHNICIAN",
				"NS-AST-55012", "NS", LocalDate.now().plusYears(3).toString()), sample("sample-trade-certificate.pdf", "red-seal-scan.pdf"));
		onboarding.consentToBackgroundCheck(virtual.id(), new BackgroundCheckConsent(true, "Jordan Blake"));

		// The non-compete document's scenario: the Toronto workshop's employee lives in Mississauga.
		Mechanic employee = mechanics.register(new MechanicSignUp("Mike Johnson", "employee@demo.local", PASSWORD, "L5B 3C2"));
		onboardVirtualOnly(employee, "ON", List.of("Brakes", "Suspension and steering"), List.of("Honda", "Hyundai", "Kia"),
				List.of("English", "Punjabi"), "8", "ON-310S-377651");
		verify(employee, operator);
		var hired = employees.invite(toronto.adminUserId(), "employee@demo.local");
		employees.accept(employee.userId(), hired.token());
		employees.invite(toronto.adminUserId(), "virtual@demo.local");

		List<Customer> customers = customers().stream().map(accounts::registerCustomer).toList();

		// Consultations: a finished, rated session for the partner mechanic, and open requests across Canada that the
		// Toronto employee (off shift, local exclusion) partly cannot see. Open requests expire 30 minutes after start-up.
		mechanics.setAvailability(partner.id(), true);
		mechanics.setAvailability(employee.id(), true);
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
		return new DemoMoney.People(partner, virtual, employee, toronto, customers);
	}

	private ca.mechanicplatform.kernel.UserId user(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	private void request(String customerEmail, String kind, String year, String make, String model, String problem) {
		consultations.request(user(customerEmail), new ConsultationRequest(kind, year, make, model, null, problem, null, null));
	}

	/** Hours (Mon–Fri 08:00–18:00, Sat 09:00–14:00), three bays and services for the Toronto workshop. */
	private void setUpToronto(Workshop toronto) {
		UserId admin = toronto.adminUserId();
		workshops.updateProfile(admin, new WorkshopProfileForm(toronto.name(), toronto.streetAddress(), toronto.city(), "ON",
				toronto.postalCode().value(), "America/Toronto", toronto.phone(), List.of("OIL_AND_MAINTENANCE", "BRAKES", "TIRES",
						"ALIGNMENT", "DIAGNOSTICS", "ELECTRICAL", "HYBRID_AND_ELECTRIC")));
		List<DayHours> week = new java.util.ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
			week.add(new DayHours(day.name(), "08:00", "18:00"));
		}
		week.add(new DayHours("SATURDAY", "09:00", "14:00"));
		workshops.setOpeningHours(admin, week);
		bays.add(admin, new BayForm("Bay 1", "LIFT", null));
		bays.add(admin, new BayForm("Bay 2", "LIFT", null));
		bays.add(admin, new BayForm("Alignment bay", "ALIGNMENT", null));
	}

	/** Every step of virtual-only onboarding, submitted for verification. */
	private void onboardVirtualOnly(Mechanic mechanic, String province, List<String> specialties, List<String> makes,
			List<String> languages, String years, String certificateNumber) {
		mechanics.chooseTier(mechanic.id(), ServiceTier.VIRTUAL_ONLY);
		onboarding.updateProfile(mechanic.id(), new ProfileDetailsForm(mechanic.name(),
				"Licensed automotive service technician. I explain what's wrong, what it should cost and what can wait.", years,
				specialties, makes, languages, province, mechanic.postalCode().value()));
		onboarding.submitCertification(mechanic.id(), new CertificationSubmission("RED_SEAL", "AUTOMOTIVE_SERVICE_TECHNICIAN",
				certificateNumber, province, LocalDate.now().plusYears(2).toString()),
				sample("sample-trade-certificate.pdf", "red-seal-certificate.pdf"));
		onboarding.consentToBackgroundCheck(mechanic.id(), new BackgroundCheckConsent(true, mechanic.name()));
		onboarding.savePayout(mechanic.id(), new PayoutDetailsForm(mechanic.name(), "004", "10452", "5200198344"));
		onboarding.submit(mechanic.id());
	}

	/** A provincial certificate that expires within 60 days, and a training log over three years. */
	private void professionalDevelopment(Mechanic mechanic, UserId operator) {
		LocalDate today = development.today();
		Certification provincial = onboarding.submitCertification(mechanic.id(), new CertificationSubmission("PROVINCIAL",
				"AUTOMOTIVE_SERVICE_TECHNICIAN", "310S-0044817", "ON", today.plusDays(45).toString()),
				sample("sample-trade-certificate.pdf", "ontario-310s-certificate.pdf"));
		verification.approve(provincial.id(), operator);
		training(mechanic, "Hybrid and EV high-voltage safety", "Toyota Canada", today.minusDays(20), "7.5", "HYBRID_AND_ELECTRIC",
				"Isolation testing and service plug procedures on 4th and 5th generation hybrids.");
		training(mechanic, "ADAS camera and radar calibration", "Bosch Automotive Service Solutions", today.minusDays(140), "6",
				"DIAGNOSTICS", null);
		training(mechanic, "Ford F-150 PowerBoost service", "Ford Motor Company of Canada", today.minusYears(1).minusDays(35), "12",
				"MANUFACTURER", null);
		training(mechanic, "WHMIS 2015 refresher", "Workplace Safety & Prevention Services", today.minusYears(1).minusDays(200), "2.5",
				"SAFETY_AND_COMPLIANCE", null);
		training(mechanic, "Running a mobile diagnostic business", "CARS (Canadian Automotive Repair and Service)",
				today.minusYears(2).minusDays(60), "4", "BUSINESS", "Pricing diagnostic time and writing clear estimates.");
	}

	private void training(Mechanic mechanic, String title, String provider, LocalDate completedOn, String hours, String category,
			String note) {
		development.record(mechanic.userId(), new TrainingForm(title, provider, completedOn.toString(), hours, category, note, null));
	}

	/** An operator approves the mechanic's certificate and records a clear background check. */
	private void verify(Mechanic mechanic, UserId operator) {
		var state = onboarding.of(mechanic.id());
		Certification certification = state.latestCertification();
		verification.approve(certification.id(), operator);
		verification.recordBackgroundCheck(state.backgroundCheck().id(), operator, "CLEAR", "Demo data: manual check");
	}

	private static Upload sample(String resource, String shownName) {
		try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing demo document " + resource);
			}
			return Upload.of(shownName, in.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
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
