package ca.mechanicplatform.profiles;

import java.time.Instant;
import java.util.List;

import ca.mechanicplatform.consultations.Review;
import ca.mechanicplatform.kernel.MechanicId;

/**
 * What anyone may see of a verified mechanic. It holds no private data by construction: no e-mail address, phone,
 * street address or postal code (only the province and the first three characters), payout or tax details.
 *
 * @param path              the canonical page path, {@code /mechanic/public/<id>-<name-slug>}
 * @param initials          shown in place of a photo (the platform keeps no mechanic photos yet)
 * @param serviceArea       province and forward sortation area, e.g. {@code Ontario · M6H}
 * @param averageRating     rounded to one decimal, or {@code null} before the first rating
 * @param yearsOfExperience {@code null} when not given
 */
public record PublicProfile(MechanicId id, String name, String path, String initials, String bio, Integer yearsOfExperience,
		List<String> specialties, List<String> vehicleMakes, List<String> languages, String serviceArea, String province,
		String fsa, List<Badge> badges, Double averageRating, long ratings, long completedSessions, List<Review> reviews,
		List<PartnerWorkshop> partnerWorkshops, Instant memberSince) {

	public PublicProfile {
		specialties = List.copyOf(specialties);
		vehicleMakes = List.copyOf(vehicleMakes);
		languages = List.copyOf(languages);
		badges = List.copyOf(badges);
		reviews = List.copyOf(reviews);
		partnerWorkshops = List.copyOf(partnerWorkshops);
	}

	/** A verified, unexpired trade certification. */
	public record Badge(String credential, String trade, String issuingProvince) {
	}

	/** A workshop the mechanic has an active partnership with: its name and town, never its street address. */
	public record PartnerWorkshop(String name, String city, String province) {
	}

	/** The average rating as whole stars, 0 before the first rating. */
	public int stars() {
		return averageRating == null ? 0 : (int) Math.round(averageRating);
	}

	/** One line for link previews and search results. */
	public String summary() {
		StringBuilder text = new StringBuilder(name).append(", verified mechanic");
		if (!badges.isEmpty()) {
			text.append(" (").append(badges.get(0).trade()).append(")");
		}
		text.append(" in ").append(serviceArea);
		if (averageRating != null) {
			text.append(". Rated ").append(averageRating).append("/5 by ").append(ratings).append(ratings == 1 ? " customer" : " customers");
		}
		if (!specialties.isEmpty()) {
			text.append(". ").append(String.join(", ", specialties));
		}
		return text.append('.').toString();
	}
}
