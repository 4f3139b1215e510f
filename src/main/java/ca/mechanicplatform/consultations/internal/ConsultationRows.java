package ca.mechanicplatform.consultations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import ca.mechanicplatform.consultations.Consultation;
import ca.mechanicplatform.consultations.ConsultationId;
import ca.mechanicplatform.consultations.ConsultationKind;
import ca.mechanicplatform.consultations.ConsultationSplit;
import ca.mechanicplatform.consultations.ConsultationStatus;
import ca.mechanicplatform.consultations.FeedAccess;
import ca.mechanicplatform.consultations.MechanicStats;
import ca.mechanicplatform.consultations.RevenueMode;
import ca.mechanicplatform.consultations.Review;
import ca.mechanicplatform.consultations.Vin;
import ca.mechanicplatform.kernel.CustomerId;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.kernel.WorkshopId;

/**
 * The {@code consultations} table. Every state change is one conditional UPDATE whose WHERE clause is the
 * transition's guard, so concurrent requests (on any number of instances) cannot both succeed.
 */
@Repository
public class ConsultationRows {

	private static final String SELECT = """
			SELECT c.*, cuu.display_name AS customer_name, mu.display_name AS mechanic_name
			FROM consultations c
			JOIN customers cu ON cu.id = c.customer_id JOIN users cuu ON cuu.id = cu.user_id
			LEFT JOIN mechanics m ON m.id = c.mechanic_id LEFT JOIN users mu ON mu.id = m.user_id
			""";

	/** The feed's rows: open requests carry no mechanic, and cards show no customer name, so nothing is joined. */
	private static final String FEED_SELECT = """
			SELECT c.*, CAST(NULL AS VARCHAR(120)) AS customer_name, CAST(NULL AS VARCHAR(120)) AS mechanic_name
			FROM consultations c
			""";

	/**
	 * A request is local to a workshop when its FSA is in the precomputed set within the radius, or when its FSA has
	 * no centroid and shares the workshop's region letter (SPEC: when in doubt, protect the workshop).
	 */
	private static final String LOCAL = """
			(EXISTS (SELECT 1 FROM workshop_exclusion_fsas x WHERE x.workshop_id = :workshop AND x.centre_fsa = :centre
			         AND x.radius_km = :radius AND x.fsa = c.fsa)
			 OR (SUBSTRING(c.fsa, 1, 1) = :region AND NOT EXISTS (SELECT 1 FROM fsa_centroids f WHERE f.fsa = c.fsa)))""";

	/** A new request's values. */
	public record NewConsultation(CustomerId customer, ConsultationKind kind, int vehicleYear, String make, String model,
			Vin vin, String problem, PostalCode postalCode, Money price, Instant preferredVideoAt, Instant requestedAt,
			Instant expiresAt) {
	}

	/** What acceptance records. */
	public record Acceptance(MechanicId mechanic, RevenueMode mode, WorkshopId workshop, Integer workshopSharePct,
			ConsultationSplit split, Instant videoScheduledAt, String videoRoom) {
	}

	private final JdbcClient jdbc;

	ConsultationRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ConsultationId insert(NewConsultation c) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO consultations (customer_id, kind, vehicle_year, vehicle_make, vehicle_model, vin, problem, postal_code,
				    fsa, price_cents, preferred_video_at, status, requested_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?)""")
			.params(c.customer().value(), c.kind().name(), c.vehicleYear(), c.make(), c.model(),
					c.vin() == null ? null : c.vin().value(), c.problem(), c.postalCode().value(), c.postalCode().fsa().code(),
					c.price().cents(), SqlTime.of(c.preferredVideoAt()), SqlTime.of(c.requestedAt()), SqlTime.of(c.expiresAt()))
			.update(keys, "id");
		return new ConsultationId(keys.getKey().longValue());
	}

	public Optional<Consultation> find(ConsultationId id) {
		return jdbc.sql(SELECT + " WHERE c.id = ?").param(id.value()).query(ConsultationRows::consultation).optional();
	}

	public List<Consultation> ofCustomer(CustomerId customer) {
		return jdbc.sql(SELECT + " WHERE c.customer_id = ? ORDER BY c.requested_at DESC, c.id DESC LIMIT 100")
			.param(customer.value()).query(ConsultationRows::consultation).list();
	}

	/** The mechanic's sessions: in progress first, then the most recently completed. */
	public List<Consultation> ofMechanic(MechanicId mechanic, int limit) {
		return jdbc.sql(SELECT + """
				 WHERE c.mechanic_id = ?
				ORDER BY CASE WHEN c.status = 'ACCEPTED' THEN 0 ELSE 1 END, c.accepted_at DESC, c.id DESC LIMIT ?""")
			.params(mechanic.value(), limit).query(ConsultationRows::consultation).list();
	}

	/**
	 * One page of open, unexpired requests the access allows, newest first; the non-compete filter is part of the
	 * query. The exclusion set for the access's workshop and radius must have been filled. The rows carry neither the
	 * customer's nor a mechanic's name.
	 */
	public List<Consultation> feed(FeedAccess access, Instant now, int offset, int limit) {
		if (!access.canTake()) {
			return List.of();
		}
		Map<String, Object> params = new HashMap<>();
		params.put("now", SqlTime.of(now));
		params.put("limit", limit);
		params.put("offset", offset);
		String filter = "";
		if (access.scope() == FeedAccess.Scope.OUTSIDE_EXCLUSION_RADIUS) {
			filter = " AND NOT " + LOCAL;
			putLocal(params, access);
		}
		// Open requests have no mechanic, and a feed card shows no customer name: no joins, only the index scan.
		return jdbc.sql(FEED_SELECT + " WHERE c.status = 'REQUESTED' AND c.expires_at > :now" + filter
				+ " ORDER BY c.requested_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
			.params(params).query(ConsultationRows::consultation).list();
	}

	/** Whether the request lies in the access's exclusion zone (always false for an access without one). */
	public boolean isExcluded(ConsultationId id, FeedAccess access) {
		if (access.scope() != FeedAccess.Scope.OUTSIDE_EXCLUSION_RADIUS) {
			return false;
		}
		Map<String, Object> params = new HashMap<>();
		params.put("id", id.value());
		putLocal(params, access);
		return jdbc.sql("SELECT COUNT(*) FROM consultations c WHERE c.id = :id AND " + LOCAL).params(params)
			.query(Long.class).single() > 0;
	}

	/**
	 * Accepts an open, unexpired request the access allows, in one conditional UPDATE.
	 * @return whether this call accepted it (false when another mechanic already did, or it is closed, expired or excluded)
	 */
	public boolean accept(ConsultationId id, Acceptance a, FeedAccess access, Instant now) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id.value());
		params.put("now", SqlTime.of(now));
		params.put("mechanic", a.mechanic().value());
		params.put("mode", a.mode().name());
		params.put("workshopId", a.workshop() == null ? null : a.workshop().value());
		params.put("share", a.workshopSharePct());
		params.put("fee", a.split().platformFee().cents());
		params.put("workshopCents", a.split().workshop().cents());
		params.put("mechanicCents", a.split().mechanic().cents());
		params.put("video", SqlTime.of(a.videoScheduledAt()));
		params.put("room", a.videoRoom());
		params.put("price", a.split().gross().cents());
		String filter = "";
		if (access.scope() == FeedAccess.Scope.OUTSIDE_EXCLUSION_RADIUS) {
			filter = " AND NOT " + LOCAL;
			putLocal(params, access);
		}
		return jdbc.sql("""
				UPDATE consultations c SET status = 'ACCEPTED', mechanic_id = :mechanic, accepted_at = :now, revenue_mode = :mode,
				    workshop_id = :workshopId, workshop_share_pct = :share, platform_fee_cents = :fee, workshop_cents = :workshopCents,
				    mechanic_cents = :mechanicCents, video_scheduled_at = :video, video_room = :room
				WHERE c.id = :id AND c.status = 'REQUESTED' AND c.expires_at > :now AND c.price_cents = :price""" + filter)
			.params(params).update() == 1;
	}

	public boolean complete(ConsultationId id, MechanicId mechanic, Instant now) {
		return jdbc.sql("""
				UPDATE consultations SET status = 'COMPLETED', completed_at = ?, closed_at = ?
				WHERE id = ? AND mechanic_id = ? AND status = 'ACCEPTED'""")
			.params(SqlTime.of(now), SqlTime.of(now), id.value(), mechanic.value()).update() == 1;
	}

	public boolean cancel(ConsultationId id, CustomerId customer, Instant now) {
		return jdbc.sql("""
				UPDATE consultations SET status = 'CANCELLED', closed_at = ?
				WHERE id = ? AND customer_id = ? AND status = 'REQUESTED'""")
			.params(SqlTime.of(now), id.value(), customer.value()).update() == 1;
	}

	public boolean rate(ConsultationId id, CustomerId customer, int rating, String comment, Instant now) {
		return jdbc.sql("""
				UPDATE consultations SET rating = ?, rating_comment = ?, rated_at = ?
				WHERE id = ? AND customer_id = ? AND status = 'COMPLETED' AND rating IS NULL""")
			.params(rating, comment, SqlTime.of(now), id.value(), customer.value()).update() == 1;
	}

	/** Marks every request nobody accepted in time as expired: one idempotent UPDATE, safe on several instances. */
	public int expireOverdue(Instant now) {
		return jdbc.sql("UPDATE consultations SET status = 'EXPIRED', closed_at = expires_at WHERE status = 'REQUESTED' AND expires_at <= ?")
			.param(SqlTime.of(now)).update();
	}

	/** Expired or cancelled requests whose payment has not been refunded yet, oldest first. */
	public List<ConsultationId> expiredAwaitingRefund(int limit) {
		return jdbc.sql("SELECT id FROM consultations WHERE status IN ('EXPIRED', 'CANCELLED') AND refunded_at IS NULL ORDER BY id LIMIT ?")
			.param(limit).query((rs, row) -> new ConsultationId(rs.getLong("id"))).list();
	}

	public void markRefunded(ConsultationId id, Instant at) {
		jdbc.sql("UPDATE consultations SET refunded_at = ? WHERE id = ? AND refunded_at IS NULL").params(SqlTime.of(at), id.value()).update();
	}

	/** The newest open request's id and how many are open: changes whenever a request arrives, is taken or closes. */
	public String openRequestsSignature(Instant now) {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) || ':' || COUNT(*) FROM consultations WHERE status = 'REQUESTED' AND expires_at > ?")
			.param(SqlTime.of(now)).query(String.class).single();
	}

	public MechanicStats stats(MechanicId mechanic) {
		return jdbc.sql("""
				SELECT COALESCE(SUM(CASE WHEN status = 'COMPLETED' THEN 1 ELSE 0 END), 0) AS completed,
				       COALESCE(SUM(CASE WHEN status = 'ACCEPTED' THEN 1 ELSE 0 END), 0) AS in_progress,
				       AVG(CAST(rating AS DOUBLE PRECISION)) AS average_rating, COUNT(rating) AS ratings,
				       COALESCE(SUM(CASE WHEN status = 'COMPLETED' THEN mechanic_cents ELSE 0 END), 0) AS earnings
				FROM consultations WHERE mechanic_id = ?""")
			.param(mechanic.value())
			.query((rs, row) -> new MechanicStats(rs.getLong("completed"), rs.getLong("in_progress"),
					rs.getObject("average_rating") == null ? null : rs.getDouble("average_rating"), rs.getLong("ratings"),
					Money.ofCents(rs.getLong("earnings"))))
			.single();
	}

	/** The mechanic's most recent ratings, newest first, without who gave them. */
	public List<Review> reviews(MechanicId mechanic, int limit) {
		return jdbc.sql("""
				SELECT rating, rating_comment, rated_at, vehicle_make, vehicle_model FROM consultations
				WHERE mechanic_id = ? AND rating IS NOT NULL ORDER BY rated_at DESC, id DESC LIMIT ?""")
			.params(mechanic.value(), limit)
			.query((rs, row) -> new Review(rs.getInt("rating"), rs.getString("rating_comment"), SqlTime.instant(rs, "rated_at"),
					rs.getString("vehicle_make") + " " + rs.getString("vehicle_model")))
			.list();
	}

	private static void putLocal(Map<String, Object> params, FeedAccess access) {
		params.put("workshop", access.workshopId().value());
		params.put("centre", access.workshopFsa().code());
		params.put("radius", access.exclusionRadiusKm());
		params.put("region", String.valueOf(access.workshopFsa().regionLetter()));
	}

	static Consultation consultation(ResultSet rs, int row) throws SQLException {
		String vin = rs.getString("vin");
		long mechanic = rs.getLong("mechanic_id");
		long workshop = rs.getLong("workshop_id");
		String mode = rs.getString("revenue_mode");
		Object share = rs.getObject("workshop_share_pct");
		Object rating = rs.getObject("rating");
		Money price = Money.ofCents(rs.getLong("price_cents"));
		ConsultationSplit split = rs.getObject("platform_fee_cents") == null ? null
				: new ConsultationSplit(price, Money.ofCents(rs.getLong("platform_fee_cents")),
						Money.ofCents(rs.getLong("workshop_cents")), Money.ofCents(rs.getLong("mechanic_cents")));
		return new Consultation(new ConsultationId(rs.getLong("id")), new CustomerId(rs.getLong("customer_id")),
				rs.getString("customer_name"), ConsultationKind.valueOf(rs.getString("kind")), rs.getInt("vehicle_year"),
				rs.getString("vehicle_make"), rs.getString("vehicle_model"), vin == null ? null : new Vin(vin),
				rs.getString("problem"), PostalCode.parse(rs.getString("postal_code")), price,
				SqlTime.instant(rs, "preferred_video_at"), ConsultationStatus.valueOf(rs.getString("status")),
				SqlTime.instant(rs, "requested_at"), SqlTime.instant(rs, "expires_at"),
				mechanic == 0 ? null : new MechanicId(mechanic), rs.getString("mechanic_name"), SqlTime.instant(rs, "accepted_at"),
				mode == null ? null : RevenueMode.valueOf(mode), workshop == 0 ? null : new WorkshopId(workshop),
				share == null ? null : ((Number) share).intValue(), split, SqlTime.instant(rs, "video_scheduled_at"),
				rs.getString("video_room"), SqlTime.instant(rs, "completed_at"), SqlTime.instant(rs, "closed_at"),
				rating == null ? null : ((Number) rating).intValue(), rs.getString("rating_comment"), SqlTime.instant(rs, "rated_at"));
	}
}
