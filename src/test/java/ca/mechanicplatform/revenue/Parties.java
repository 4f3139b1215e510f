package ca.mechanicplatform.revenue;

import java.util.concurrent.atomic.AtomicInteger;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.Customer;
import ca.mechanicplatform.accounts.CustomerSignUp;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicSignUp;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Unique;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.WorkshopSignUp;
import ca.mechanicplatform.workshops.Workshops;

/** Fresh mechanics, workshops and customers for money tests, signed up through the facades. */
record Parties(Mechanics mechanics, Workshops workshops, Accounts accounts) {

	static final String PASSWORD = "a-long-password";
	private static final AtomicInteger KEYS = new AtomicInteger();

	Mechanic mechanic(String name) {
		return mechanics.register(new MechanicSignUp(name, Unique.email("mechanic"), PASSWORD, "M6H 2N4"));
	}

	Mechanic employeeOf(Workshop workshop, String name) {
		Mechanic mechanic = mechanic(name);
		return mechanics.becomeEmployeeOf(mechanic.id(), workshop.id());
	}

	Workshop workshop(String name) {
		return workshops.register(new WorkshopSignUp("Morgan Chen", Unique.email("workshop"), PASSWORD, name, "450 King St W",
				"Toronto", "ON", "M5V 1K4", "America/Toronto", null));
	}

	Customer customer(String name) {
		return accounts.registerCustomer(new CustomerSignUp(name, Unique.email("customer"), PASSWORD, "M4W 1A8", null));
	}

	/** A business key no other test uses. */
	static String key(String what) {
		return what + "-" + System.nanoTime() + "-" + KEYS.incrementAndGet();
	}
}
