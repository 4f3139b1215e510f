package ca.mechanicplatform.partnerships.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ca.mechanicplatform.partnerships.PartnershipApplications;

/** The operator's view of how quickly workshops decide on applications. */
@Controller
class AdminPartnershipPagesController {

	private final PartnershipApplications applications;

	AdminPartnershipPagesController(PartnershipApplications applications) {
		this.applications = applications;
	}

	@GetMapping("/admin/partnerships")
	String decisionTimes(Model model) {
		model.addAttribute("last30", applications.decisionTimes(30));
		model.addAttribute("last365", applications.decisionTimes(365));
		return "partnerships/admin-decision-times";
	}
}
