package ca.mechanicplatform.bookings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import ca.mechanicplatform.audit.AuditLog;
import ca.mechanicplatform.bookings.internal.BookingRows;
import ca.mechanicplatform.bookings.internal.CalendarFeedRows;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

/**
 * iCalendar feeds of bay bookings: one per mechanic (across workshops) and one per workshop, at a secret address that
 * calendar apps subscribe to without signing in. The address carries 256 random bits; only their SHA-256 is stored, so
 * the address is shown once when created. Creating a new one or revoking makes the old address answer 404. Events have
 * stable UIDs (one per booking, kept when it is moved), UTC times, and cancelled or declined bookings stay in the feed
 * with STATUS:CANCELLED so that subscribed calendars remove them.
 */
@Service
public class CalendarFeeds {

	static final String MECHANIC = "MECHANIC";
	static final String WORKSHOP = "WORKSHOP";
	private static final SecureRandom RANDOM = new SecureRandom();

	/** What a feed covers: the past 90 days and the next year. */
	static final Duration PAST = Duration.ofDays(90);
	static final Duration AHEAD = Duration.ofDays(366);

	private final CalendarFeedRows feeds;
	private final BookingRows bookings;
	private final Mechanics mechanics;
	private final Workshops workshops;
	private final AuditLog audit;
	private final Clock clock;
	private final String baseUrl;

	CalendarFeeds(CalendarFeedRows feeds, BookingRows bookings, Mechanics mechanics, Workshops workshops, AuditLog audit, Clock clock,
			@Value("${platform.base-url:http://localhost:8080}") String baseUrl) {
		this.feeds = feeds;
		this.bookings = bookings;
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** When the person's feed was created, if they have one. */
	public Optional<Instant> feedCreatedAt(UserId user, boolean workshop) {
		return workshop ? feeds.of(WORKSHOP, workshops.mine(user).id().value()).map(CalendarFeedRows.Feed::createdAt)
				: feeds.of(MECHANIC, mechanics.mine(user).id().value()).map(CalendarFeedRows.Feed::createdAt);
	}

	/** Creates the signed-in mechanic's or workshop admin's feed (revoking any earlier one); returns its address, shown once. */
	@Transactional
	public String create(UserId user, boolean workshop) {
		String kind = workshop ? WORKSHOP : MECHANIC;
		long owner = workshop ? workshops.mine(user).id().value() : mechanics.mine(user).id().value();
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		feeds.replace(kind, owner, sha256(token), clock.instant());
		audit.record(user, "calendar-feed.created", kind.toLowerCase() + ":" + owner + ":calendar-feed", null, "created");
		return baseUrl + "/calendar-feeds/" + token + ".ics";
	}

	/** Revokes the person's feed: its address answers 404 from now on. */
	@Transactional
	public boolean revoke(UserId user, boolean workshop) {
		String kind = workshop ? WORKSHOP : MECHANIC;
		long owner = workshop ? workshops.mine(user).id().value() : mechanics.mine(user).id().value();
		boolean revoked = feeds.revoke(kind, owner);
		if (revoked) {
			audit.record(user, "calendar-feed.revoked", kind.toLowerCase() + ":" + owner + ":calendar-feed", "active", "revoked");
		}
		return revoked;
	}

	/** The iCalendar text of the feed at the token's address, or empty when there is no such (or a revoked) feed. */
	public Optional<String> render(String token) {
		if (token == null || token.length() < 20 || token.length() > 100) {
			return Optional.empty();
		}
		return feeds.byToken(sha256(token)).map(feed -> {
			Instant now = clock.instant();
			Instant from = now.minus(PAST);
			Instant to = now.plus(AHEAD);
			List<Booking> list;
			String name;
			if (MECHANIC.equals(feed.ownerKind())) {
				Mechanic mechanic = mechanics.get(new ca.mechanicplatform.kernel.MechanicId(feed.ownerId()));
				list = bookings.ofMechanic(mechanic.id(), from, to);
				name = "Bay bookings · " + mechanic.name();
			}
			else {
				Workshop workshop = workshops.get(new ca.mechanicplatform.kernel.WorkshopId(feed.ownerId()));
				list = bookings.ofWorkshop(workshop.id(), from, to, null);
				name = "Bay bookings · " + workshop.name();
			}
			return ics(name, list, MECHANIC.equals(feed.ownerKind()), now);
		});
	}

	static String ics(String name, List<Booking> list, boolean forMechanic, Instant now) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Independent Mechanic Platform//Bay bookings//EN");
		calendar.setName(name);
		calendar.setExperimentalProperty("X-WR-CALNAME", name);
		calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
		for (Booking b : list) {
			VEvent event = new VEvent();
			event.setUid("bay-booking-" + b.id() + "@mechanic-platform");
			event.setDateTimeStamp(Date.from(now));
			event.setDateStart(Date.from(b.start()), true);
			event.setDateEnd(Date.from(b.end()), true);
			event.setSummary((forMechanic ? b.bayName() + " at " + b.workshopName() : b.bayName() + ": " + b.mechanicName())
					+ (b.status() == BookingStatus.PENDING ? " (awaiting confirmation)" : ""));
			event.setLocation(b.workshopName() + ", " + b.bayName());
			event.setDescription(description(b));
			event.setStatus(switch (b.status()) {
				case PENDING -> Status.tentative();
				case CONFIRMED, COMPLETED -> Status.confirmed();
				case DECLINED, CANCELLED -> Status.cancelled();
			});
			Instant modified = latest(b.createdAt(), b.confirmedAt(), b.cancelledAt(), b.rescheduledAt(), b.completedAt());
			event.setLastModified(Date.from(modified));
			event.setSequence(b.rescheduledAt() == null ? (b.status().holdsBay() || b.status() == BookingStatus.COMPLETED ? 0 : 1)
					: (b.status().holdsBay() || b.status() == BookingStatus.COMPLETED ? 1 : 2));
			calendar.addEvent(event);
		}
		return Biweekly.write(calendar).go();
	}

	private static String description(Booking b) {
		StringBuilder text = new StringBuilder(b.type().label() + " booking by " + b.mechanicName() + ", " + b.status().name().toLowerCase()
				+ ". Times shown in " + b.zone().getId() + ": " + BookingCalendar.show(b.interval(), b.zone()) + ".");
		if (b.declineReason() != null) {
			text.append(" Declined: ").append(b.declineReason());
		}
		if (b.job() != null) {
			text.append(" Job: ").append(b.job().description()).append(" (").append(b.job().vehicle()).append(").");
		}
		return text.toString();
	}

	private static Instant latest(Instant... instants) {
		Instant latest = Instant.EPOCH;
		for (Instant i : instants) {
			if (i != null && i.isAfter(latest)) {
				latest = i;
			}
		}
		return latest;
	}

	static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
