package ca.mechanicplatform.partnerships.web.api;

import java.time.Instant;
import java.util.List;

import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.Percentage;
import ca.mechanicplatform.partnerships.Application;
import ca.mechanicplatform.partnerships.OfferedBays;
import ca.mechanicplatform.partnerships.Partnership;
import ca.mechanicplatform.partnerships.Program;
import ca.mechanicplatform.partnerships.ProgramCard;
import ca.mechanicplatform.workshops.Bay;

/** What the partnership API returns. Amounts are integer cents; percentages are numbers such as 30 or 12.5. */
final class Representations {

	private Representations() {
	}

	record ProgramView(long id, long workshopId, String workshopName, String city, String province, String type, String title,
			String description, String terms, String status, int capacity, Long hourlyRateCents, Long dailyRateCents,
			Double workshopSharePercent, Double mechanicSharePercent, Long monthlyFeeCents, int minYearsExperience,
			boolean requiresInsurance, List<String> requiredCertifications, List<String> services, String economics,
			Instant publishedAt, Double distanceKm, Boolean everyActiveBay, List<BayView> offeredBays) {

		static ProgramView of(Program p) {
			return of(p, (Double) null);
		}

		/** One program in full, with the bays it offers (lists leave the bays out). */
		static ProgramView of(Program p, OfferedBays bays) {
			ProgramView v = of(p);
			return new ProgramView(v.id, v.workshopId, v.workshopName, v.city, v.province, v.type, v.title, v.description, v.terms,
					v.status, v.capacity, v.hourlyRateCents, v.dailyRateCents, v.workshopSharePercent, v.mechanicSharePercent,
					v.monthlyFeeCents, v.minYearsExperience, v.requiresInsurance, v.requiredCertifications, v.services, v.economics,
					v.publishedAt, v.distanceKm, bays.everyActiveBay(), bays.bays().stream().map(BayView::of).toList());
		}

		static ProgramView of(ProgramCard card) {
			return of(card.program(), card.distanceKm() == null ? null : Math.round(card.distanceKm() * 10) / 10.0);
		}

		static ProgramView of(Program p, Double distance) {
			return new ProgramView(p.id().value(), p.workshopId().value(), p.workshopName(), p.city(), p.province(),
					p.type().name(), p.title(), p.description(), p.terms(), p.status().name(), p.capacity(), cents(p.hourlyRate()),
					cents(p.dailyRate()), percent(p.workshopShare()), percent(p.mechanicShare()), cents(p.monthlyFee()),
					p.minYearsExperience(), p.requiresInsurance(), p.requiredCertifications(), p.services(), p.economics(),
					p.publishedAt(), distance, null, null);
		}
	}

	record BayView(long id, String name, String type) {

		static BayView of(Bay bay) {
			return new BayView(bay.id().value(), bay.name(), bay.type().name());
		}
	}

	record ApplicationView(long id, long programId, String programTitle, String programType, long workshopId, String workshopName,
			long mechanicId, String mechanicName, boolean mechanicVerified, String mechanicTier, String message, String status,
			String rejectionReason, Instant submittedAt, Instant decidedAt, Double hoursToDecision, Long partnershipId) {

		static ApplicationView of(Application a) {
			return new ApplicationView(a.id().value(), a.programId().value(), a.programTitle(), a.programType().name(),
					a.workshopId().value(), a.workshopName(), a.mechanicId().value(), a.mechanicName(), a.mechanicVerified(),
					a.mechanicTier(), a.message(), a.status().name(), a.rejectionReason(), a.submittedAt(), a.decidedAt(),
					a.timeToDecision() == null ? null : Math.round(a.timeToDecision().toMinutes() / 6.0) / 10.0,
					a.partnershipId() == null ? null : a.partnershipId().value());
		}
	}

	record PartnershipView(long id, long programId, String programTitle, long workshopId, String workshopName, long mechanicId,
			String mechanicName, String type, Long hourlyRateCents, Long dailyRateCents, Double workshopSharePercent,
			Long monthlyFeeCents, String status, Long agreementId, Instant createdAt, Instant activatedAt) {

		static PartnershipView of(Partnership p) {
			return new PartnershipView(p.id().value(), p.programId().value(), p.programTitle(), p.workshopId().value(),
					p.workshopName(), p.mechanicId().value(), p.mechanicName(), p.type().name(), cents(p.hourlyRate()),
					cents(p.dailyRate()), percent(p.workshopShare()), cents(p.monthlyFee()), p.status().name(),
					p.agreementId() == null ? null : p.agreementId().value(), p.createdAt(), p.activatedAt());
		}
	}

	static Long cents(Money money) {
		return money == null ? null : money.cents();
	}

	static Double percent(Percentage percentage) {
		return percentage == null ? null : percentage.value().doubleValue();
	}
}
