package ca.mechanicplatform.profiles.web.api;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.profiles.PublicProfile;
import ca.mechanicplatform.profiles.PublicProfiles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Public mechanic profiles", description = "What anyone may see of a verified mechanic; no token needed")
class PublicProfileApiController {

	private final PublicProfiles profiles;

	PublicProfileApiController(PublicProfiles profiles) {
		this.profiles = profiles;
	}

	record BadgeResponse(String credential, String trade, String issuingProvince) {
	}

	record ReviewResponse(int rating, String comment, Instant ratedAt, String vehicle) {
	}

	record PartnerWorkshopResponse(String name, String city, String province) {
	}

	record ServiceArea(String province, String fsa, String label) {
	}

	record PublicProfileResponse(long id, String name, String url, String initials, String bio, Integer yearsOfExperience,
			List<String> specialties, List<String> vehicleMakes, List<String> languages, ServiceArea serviceArea,
			List<BadgeResponse> certifications, Double averageRating, long ratings, long completedConsultations,
			List<ReviewResponse> recentReviews, List<PartnerWorkshopResponse> partnerWorkshops, Instant memberSince) {
	}

	@GetMapping("/api/public/mechanics/{id}")
	@SecurityRequirements
	@Operation(summary = "A verified mechanic's public profile",
			description = "404 for a mechanic who does not exist or is not verified. Never contains contact, address, payout "
					+ "or tax data: the service area is the province and the postal code's first three characters.")
	PublicProfileResponse profile(@PathVariable long id) {
		PublicProfile p = profiles.of(new MechanicId(id));
		return new PublicProfileResponse(p.id().value(), p.name(), profiles.baseUrl() + p.path(), p.initials(), p.bio(),
				p.yearsOfExperience(), p.specialties(), p.vehicleMakes(), p.languages(),
				new ServiceArea(p.province(), p.fsa(), p.serviceArea()),
				p.badges().stream().map(b -> new BadgeResponse(b.credential(), b.trade(), b.issuingProvince())).toList(),
				p.averageRating(), p.ratings(), p.completedSessions(),
				p.reviews().stream().map(r -> new ReviewResponse(r.rating(), r.comment(), r.ratedAt(), r.vehicle())).toList(),
				p.partnerWorkshops().stream().map(w -> new PartnerWorkshopResponse(w.name(), w.city(), w.province())).toList(),
				p.memberSince());
	}
}
