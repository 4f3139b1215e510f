package ca.mechanicplatform.profiles.web.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.profiles.MarketingTools;
import ca.mechanicplatform.profiles.ReferralSummary;
import ca.mechanicplatform.profiles.Referrals;
import ca.mechanicplatform.profiles.ShareKit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Mechanic marketing and referrals", description = "Share links and QR code of the public profile; the referral "
		+ "code, the customers who signed up with it and their conversions")
class MechanicMarketingApiController {

	private final MarketingTools tools;
	private final Referrals referrals;

	MechanicMarketingApiController(MarketingTools tools, Referrals referrals) {
		this.tools = tools;
		this.referrals = referrals;
	}

	record ShareLinks(String facebook, String x, String linkedIn, String email) {
	}

	record ShareResponse(String profileUrl, boolean published, ShareLinks shareLinks, String qrCode, String referralCode,
			String referralLink) {
	}

	record ReferralResponse(long id, String customer, Instant signedUpAt, boolean converted, Instant convertedAt,
			String bonus) {
	}

	record ReferralsResponse(String code, String link, long referred, long converted, long conversionPercent,
			String bonusEarned, long bonusEarnedCents, String bonusPerReferral, List<ReferralResponse> referrals) {
	}

	@GetMapping("/api/mechanic/profile/share")
	@Operation(summary = "Your public profile's address, share links and QR code address",
			description = "published is false until you are verified: the profile answers 404 until then.")
	ShareResponse share(@AuthenticationPrincipal PlatformUser user) {
		ShareKit kit = tools.shareKit(user.id());
		ReferralSummary summary = referrals.summary(user.id());
		return new ShareResponse(kit.profileUrl(), kit.published(), new ShareLinks(kit.facebook(), kit.x(), kit.linkedIn(),
				kit.email()), "/api/mechanic/profile/qr.png", summary.code(), summary.link());
	}

	@GetMapping(value = "/api/mechanic/profile/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	@Operation(summary = "A QR code (PNG) of your public profile's address", description = "size in pixels, 128 to 2048.")
	ResponseEntity<byte[]> qr(@AuthenticationPrincipal PlatformUser user,
			@RequestParam(name = "size", defaultValue = "512") int size) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(tools.profileQrCode(user.id(), size));
	}

	@GetMapping("/api/mechanic/referrals")
	@Operation(summary = "Your referral code and link, the customers who signed up with it and their conversions",
			description = "A referral converts when the customer's first paid consultation completes; the platform then pays "
					+ "you the referral bonus once (bonusPerReferral).")
	ReferralsResponse referrals(@AuthenticationPrincipal PlatformUser user) {
		ReferralSummary s = referrals.summary(user.id());
		return new ReferralsResponse(s.code(), s.link(), s.referred(), s.converted(), s.conversionPercent(),
				s.bonusEarned().toString(), s.bonusEarned().cents(), s.bonusPerReferral().toString(),
				s.recent().stream().map(r -> new ReferralResponse(r.id(), r.customerName(), r.signedUpAt(), r.isConverted(),
						r.convertedAt(), r.bonus() == null ? null : r.bonus().toString())).toList());
	}
}
