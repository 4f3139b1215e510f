package ca.mechanicplatform.analytics.web.api;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.analytics.BusinessAnalytics;
import ca.mechanicplatform.analytics.BusinessReport;
import ca.mechanicplatform.web.Downloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic analytics")
class AnalyticsApiController {

	private static final String PERIOD = "Days are calendar days in the platform's accounting time zone, both included; without "
			+ "them, the last 12 months (from the first day of the month eleven months ago to today). A malformed date, from after "
			+ "to or a period longer than 3 years is 400 with the field at fault.";

	private final BusinessAnalytics analytics;

	AnalyticsApiController(BusinessAnalytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/api/mechanic/analytics")
	@Operation(summary = "The signed-in mechanic's business analytics over a period",
			description = "Earnings virtual against physical read from the ledger (the same figures as the earnings breakdown and the "
					+ "monthly statements, in cents), sessions and bay jobs completed per week, the average rating of the period's "
					+ "sessions, new and returning clients, 90-day retention (of the clients with a visit in the period, taking each "
					+ "one's first visit in it, the share who visit again within 90 days; clients whose visit is less than 90 days old "
					+ "are not judged yet) and referral sign-ups and conversions, for the period, per month and per week. " + PERIOD)
	BusinessReport report(@AuthenticationPrincipal PlatformUser user,
			@Parameter(description = "first day, YYYY-MM-DD") @RequestParam(required = false) String from,
			@Parameter(description = "last day, YYYY-MM-DD") @RequestParam(required = false) String to) {
		return analytics.forMechanic(user.id(), analytics.period(from, to));
	}

	@GetMapping("/api/mechanic/analytics.csv")
	@Operation(summary = "The same analytics as CSV", description = "One table with a type column: TOTAL, then MONTH and WEEK rows; "
			+ "amounts in dollars. " + PERIOD)
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		BusinessReport report = analytics.forMechanic(user.id(), analytics.period(from, to));
		return Downloads.csv(analytics.csv(report), BusinessAnalytics.fileName(report));
	}
}
