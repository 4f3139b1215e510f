package ca.mechanicplatform.consultations.web.api;

import java.time.Instant;

import ca.mechanicplatform.consultations.Consultation;
import ca.mechanicplatform.consultations.ConsultationMessage;
import ca.mechanicplatform.consultations.ConsultationSplit;
import ca.mechanicplatform.consultations.FeedAccess;
import ca.mechanicplatform.consultations.FeedCard;

/** What the consultation API returns. Amounts are integer cents. */
final class Representations {

	private Representations() {
	}

	record SplitView(long grossCents, long platformFeeCents, long workshopCents, long mechanicCents) {

		static SplitView of(ConsultationSplit s) {
			return s == null ? null : new SplitView(s.gross().cents(), s.platformFee().cents(), s.workshop().cents(), s.mechanic().cents());
		}
	}

	record ConsultationView(long id, String kind, String status, int vehicleYear, String vehicleMake, String vehicleModel,
			String vin, String problem, String postalCode, long priceCents, Instant requestedAt, Instant expiresAt,
			Long mechanicId, String mechanicName, Instant acceptedAt, String revenueMode, Long workshopId,
			Integer workshopSharePercent, SplitView split, Instant videoScheduledAt, String videoUrl, Instant completedAt,
			Instant closedAt, Integer rating, String ratingComment) {

		static ConsultationView of(Consultation c, String videoBaseUrl) {
			return new ConsultationView(c.id().value(), c.kind().name(), c.status().name(), c.vehicleYear(), c.vehicleMake(),
					c.vehicleModel(), c.vin() == null ? null : c.vin().value(), c.problem(), c.postalCode().value(),
					c.price().cents(), c.requestedAt(), c.expiresAt(), c.mechanicId() == null ? null : c.mechanicId().value(),
					c.mechanicName(), c.acceptedAt(), c.revenueMode() == null ? null : c.revenueMode().name(),
					c.workshopId() == null ? null : c.workshopId().value(), c.workshopSharePct(), SplitView.of(c.split()),
					c.videoScheduledAt(), c.videoRoom() == null ? null : videoBaseUrl + "/" + c.videoRoom(), c.completedAt(),
					c.closedAt(), c.rating(), c.ratingComment());
		}
	}

	record MessageView(long id, boolean fromCustomer, String senderName, String body, String photoUrl, Instant sentAt) {

		/** @param base the consultation's API path, under which its photos are served */
		static MessageView of(ConsultationMessage m, String base) {
			return new MessageView(m.id(), m.fromCustomer(), m.senderName(), m.body(),
					m.hasPhoto() ? base + "/photos/" + m.id() : null, m.sentAt());
		}
	}

	record AccessView(boolean canTake, String scope, String revenueMode, Integer exclusionRadiusKm, Integer workshopSharePercent,
			String reason) {

		static AccessView of(FeedAccess a) {
			return new AccessView(a.canTake(), a.scope().name(), a.mode() == null ? null : a.mode().name(),
					a.scope() == FeedAccess.Scope.OUTSIDE_EXCLUSION_RADIUS ? a.exclusionRadiusKm() : null,
					a.workshopShare() == null ? null : a.workshopShare().value().intValue(), a.reason());
		}
	}

	record CardView(long id, String kind, String vehicle, String problem, String area, String distanceBand, long priceCents,
			long earningsCents, SplitView split, Instant requestedAt, Instant expiresAt) {

		static CardView of(FeedCard c) {
			return new CardView(c.id().value(), c.kind().name(), c.vehicle(), c.problem(), c.area(), c.distanceBand(),
					c.price().cents(), c.earnings().cents(), SplitView.of(c.split()), c.requestedAt(), c.expiresAt());
		}
	}
}
