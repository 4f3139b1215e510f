package ca.mechanicplatform.profiles.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.profiles.Referrals;

/** The mechanic's referral code and link, the customers who signed up with it and their conversions. */
@Controller
class ReferralPagesController {

	private final Referrals referrals;

	ReferralPagesController(Referrals referrals) {
		this.referrals = referrals;
	}

	@GetMapping("/mechanic/referrals")
	String referrals(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("summary", referrals.summary(user.id()));
		return "profiles/referrals";
	}
}
