package ca.mechanicplatform.partnerships.web.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.partnerships.DecisionTimes;
import ca.mechanicplatform.partnerships.PartnershipApplications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Operations")
class AdminPartnershipsApiController {

	private final PartnershipApplications applications;

	AdminPartnershipsApiController(PartnershipApplications applications) {
		this.applications = applications;
	}

	@GetMapping("/api/admin/partnerships/decision-times")
	@Operation(summary = "How quickly workshops decide on applications, against the 48-hour target")
	DecisionTimes decisionTimes(@RequestParam(defaultValue = "30") int days) {
		return applications.decisionTimes(Math.max(1, Math.min(days, 365)));
	}
}
