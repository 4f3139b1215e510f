package ca.mechanicplatform.partnerships;

/** The three starting points a workshop can create a program from, one per type. */
public enum ProgramTemplate {

	BAY_RENTAL(new ProgramForm("BAY_RENTAL", "Bay rental by the hour or day",
			"Rent one of our fully equipped bays when you need it. Book in the platform, bring your customers, keep what you earn.",
			"""
			## What's included
			- A two-post lift bay with compressed air, shop lighting and a parts-washer station
			- Access to our diagnostic scan tool and torque wrenches on request
			- Customer parking while you work

			## House rules
			- Bring your own hand tools; shop equipment stays in the bay
			- Leave the bay clean; dispose of fluids in the marked containers
			- Bookings start and end on time; late finishes are billed in 15-minute steps
			""", 5, "45.00", "300.00", "", "", 3, true, "RED_SEAL", "brakes, suspension, diagnostics")),
	REVENUE_SHARE(new ProgramForm("REVENUE_SHARE", "Revenue share partner",
			"No bay fees: we provide the bay and equipment and share in each job's revenue. Ideal for mechanics building a customer base.",
			"""
			## How it works
			- Book any open bay during opening hours at no charge
			- We keep the agreed share of each job after the platform fee; you receive the rest
			- Parts ordered through our supplier accounts are billed at cost

			## Expectations
			- Jobs are recorded in the platform so splits are exact
			- Customer vehicles are not stored overnight without our approval
			""", 8, "", "", "25", "", 2, true, "", "general repair, maintenance")),
	MEMBERSHIP(new ProgramForm("MEMBERSHIP", "Monthly membership",
			"A predictable monthly fee for regular bay access and a reduced revenue share. For mechanics who work here every week.",
			"""
			## Membership benefits
			- Priority booking up to 30 days ahead
			- Reduced revenue share on every job
			- A personal storage locker for your tools

			## Billing
			- The monthly fee is charged on the 1st; the first month is prorated by day
			- Cancel with 30 days' notice
			""", 4, "", "", "10", "199.00", 5, true, "RED_SEAL", "engine, transmission, electrical"));

	private final ProgramForm form;

	ProgramTemplate(ProgramForm form) {
		this.form = form;
	}

	public ProgramForm form() {
		return form;
	}
}
