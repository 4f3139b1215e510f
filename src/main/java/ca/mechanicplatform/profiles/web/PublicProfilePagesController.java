package ca.mechanicplatform.profiles.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.profiles.ProfileAddress;
import ca.mechanicplatform.profiles.PublicProfile;
import ca.mechanicplatform.profiles.PublicProfiles;
import ca.mechanicplatform.profiles.Referrals;

/**
 * A verified mechanic's public profile at {@code /mechanic/public/<id>} and its readable form
 * {@code /mechanic/public/<id>-<name-slug>} (the id decides; the page names the readable form as canonical). Open to
 * everyone, signed in or not.
 */
@Controller
class PublicProfilePagesController {

	/** Where a customer asks for a consultation (log-in first when signed out). */
	static final String REQUEST_CONSULTATION = "/customer/consultations/new";

	private final PublicProfiles profiles;
	private final Referrals referrals;

	PublicProfilePagesController(PublicProfiles profiles, Referrals referrals) {
		this.profiles = profiles;
		this.referrals = referrals;
	}

	@GetMapping(ProfileAddress.PREFIX + "{reference}")
	String profile(@PathVariable String reference, Model model) {
		PublicProfile profile = profiles.of(ProfileAddress.idOf(reference)
			.orElseThrow(() -> new NotFoundException("There is no public profile at this address")));
		String url = profiles.baseUrl() + profile.path();
		model.addAttribute("profile", profile);
		model.addAttribute("profileUrl", url);
		model.addAttribute("requestUrl", REQUEST_CONSULTATION);
		// Someone who creates an account from a mechanic's profile was brought by that mechanic.
		model.addAttribute("signUpUrl", "/signup/customer?ref=" + referrals.codeOf(profile.id()));
		model.addAttribute("socialMeta", new SocialMeta(profile.name() + " · Verified mechanic", profile.summary(), url, "profile"));
		return "profiles/public-profile";
	}
}
