package ca.mechanicplatform.profiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.consultations.Consultations;
import ca.mechanicplatform.consultations.MechanicStats;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Certification;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.MechanicOnboarding;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.mechanics.ProfileDetails;
import ca.mechanicplatform.partnerships.Partnerships;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

/**
 * Verified mechanics' public profiles. A mechanic who is not verified (or does not exist) has no public profile:
 * "not found", the same answer for both, so the page reveals nothing about unverified accounts.
 */
@Service
public class PublicProfiles {

	static final int REVIEWS_SHOWN = 5;

	private final Mechanics mechanics;
	private final MechanicOnboarding onboarding;
	private final Consultations consultations;
	private final Partnerships partnerships;
	private final Workshops workshops;
	private final Clock clock;
	private final String baseUrl;

	PublicProfiles(Mechanics mechanics, MechanicOnboarding onboarding, Consultations consultations, Partnerships partnerships,
			Workshops workshops, Clock clock, @Value("${platform.base-url:http://localhost:8080}") String baseUrl) {
		this.mechanics = mechanics;
		this.onboarding = onboarding;
		this.consultations = consultations;
		this.partnerships = partnerships;
		this.workshops = workshops;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/**
	 * The public profile of a verified mechanic.
	 * @throws NotFoundException if there is no such mechanic or the mechanic is not verified
	 */
	@Transactional(readOnly = true)
	public PublicProfile of(MechanicId id) {
		Mechanic mechanic;
		try {
			mechanic = mechanics.get(id);
		}
		catch (NotFoundException missing) {
			throw notFound(id);
		}
		if (!mechanic.verified()) {
			throw notFound(id);
		}
		ProfileDetails details = onboarding.details(id);
		LocalDate today = LocalDate.now(clock);
		List<PublicProfile.Badge> badges = onboarding.of(id).certifications().stream()
			.filter(c -> c.isValidOn(today))
			.map(PublicProfiles::badge)
			.distinct()
			.toList();
		MechanicStats stats = consultations.statsOf(id);
		List<PublicProfile.PartnerWorkshop> partners = partnerships.activeOf(id).stream()
			.map(p -> workshops.get(p.workshopId()))
			.map(PublicProfiles::partner)
			.distinct()
			.toList();
		String province = mechanic.province() == null ? null : mechanic.province().displayName();
		String fsa = mechanic.postalCode() == null ? null : mechanic.postalCode().fsa().code();
		String area = province == null ? "Canada" : fsa == null ? province : province + " · " + fsa;
		Double average = stats.averageRating() == null ? null : Math.round(stats.averageRating() * 10) / 10.0;
		return new PublicProfile(id, mechanic.name(), ProfileAddress.path(id, mechanic.name()),
				ProfileAddress.initials(mechanic.name()), details.bio(), details.yearsOfExperience(), details.specialties(),
				details.vehicleMakes(), details.languages(), area, province, fsa, badges, average, stats.ratings(),
				stats.completed(), consultations.reviewsOf(id, REVIEWS_SHOWN), partners, mechanic.createdAt());
	}

	/** Whether the mechanic has a public profile now (is verified). */
	public boolean isPublic(MechanicId id) {
		return mechanics.get(id).verified();
	}

	/** The signed-in mechanic's profile address, absolute, whether or not it is public yet. */
	public String urlOf(UserId mechanicUser) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		return url(mechanic.id(), mechanic.name());
	}

	/** The absolute address of a profile, for share links, the QR code and OpenGraph tags. */
	public String url(MechanicId id, String name) {
		return baseUrl + ProfileAddress.path(id, name);
	}

	/** The platform's address, without a trailing slash. */
	public String baseUrl() {
		return baseUrl;
	}

	private static PublicProfile.Badge badge(Certification c) {
		return new PublicProfile.Badge(c.credential().label(), c.trade().label(), c.issuingProvince().displayName());
	}

	private static PublicProfile.PartnerWorkshop partner(Workshop w) {
		return new PublicProfile.PartnerWorkshop(w.name(), w.city(), w.province().displayName());
	}

	private static NotFoundException notFound(MechanicId id) {
		return new NotFoundException("There is no public profile for mechanic " + id.value());
	}
}
