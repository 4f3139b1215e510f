package ca.mechanicplatform.profiles.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.profiles.MarketingTools;
import ca.mechanicplatform.profiles.Referrals;

/** The mechanic's marketing tools: share links, the profile's QR code and a printable page with it. */
@Controller
class MarketingPagesController {

	private final MarketingTools tools;
	private final Referrals referrals;

	MarketingPagesController(MarketingTools tools, Referrals referrals) {
		this.tools = tools;
		this.referrals = referrals;
	}

	@GetMapping("/mechanic/profile/share")
	String share(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("kit", tools.shareKit(user.id()));
		model.addAttribute("referrals", referrals.summary(user.id()));
		return "profiles/share";
	}

	@GetMapping("/mechanic/profile/qr/print")
	String print(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("kit", tools.shareKit(user.id()));
		return "profiles/qr-print";
	}

	@GetMapping("/mechanic/profile/qr.png")
	@ResponseBody
	ResponseEntity<byte[]> qr(@AuthenticationPrincipal PlatformUser user,
			@RequestParam(name = "size", defaultValue = "512") int size,
			@RequestParam(name = "download", defaultValue = "false") boolean download) {
		var response = ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache());
		if (download) {
			response.header("Content-Disposition", "attachment; filename=\"profile-qr-code.png\"");
		}
		return response.body(tools.profileQrCode(user.id(), size));
	}
}
