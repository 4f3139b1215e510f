package ca.mechanicplatform.consultations;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ca.mechanicplatform.accounts.Accounts;
import ca.mechanicplatform.accounts.Customer;
import ca.mechanicplatform.consultations.internal.ConsultationMessageRows;
import ca.mechanicplatform.consultations.internal.ConsultationRows;
import ca.mechanicplatform.consultations.internal.WorkshopExclusionFsaRows;
import ca.mechanicplatform.geo.FsaDistances;
import ca.mechanicplatform.kernel.BusinessRuleException;
import ca.mechanicplatform.kernel.InputCheck;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.kernel.NotFoundException;
import ca.mechanicplatform.kernel.PostalCode;
import ca.mechanicplatform.kernel.Province;
import ca.mechanicplatform.kernel.UserId;
import ca.mechanicplatform.mechanics.Mechanic;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.notifications.Notifications;
import ca.mechanicplatform.revenue.PaymentRequest;
import ca.mechanicplatform.revenue.Payments;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel;
import ca.mechanicplatform.revenue.Sale;
import ca.mechanicplatform.workshops.Workshop;
import ca.mechanicplatform.workshops.Workshops;

/**
 * Virtual consultations from request to rating. Customers see and change only their own consultations and mechanics
 * only the requests their {@link NonCompetePolicy} allows and the sessions they accepted; anything else is "not
 * found". Every transition is guarded by a conditional UPDATE, so it happens at most once whatever runs concurrently.
 */
@Service
public class Consultations {

	static final int MAX_PAGE_SIZE = 50;
	static final int DEFAULT_PAGE_SIZE = 20;
	static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final char[] ROOM_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private final ConsultationRows consultations;
	private final ConsultationMessageRows messages;
	private final WorkshopExclusionFsaRows exclusionSets;
	private final Accounts accounts;
	private final Mechanics mechanics;
	private final Workshops workshops;
	private final FsaDistances distances;
	private final ConsultationPricing prices;
	private final Payments payments;
	private final Revenue revenue;
	private final Notifications notifications;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final Duration requestLifetime;

	Consultations(ConsultationRows consultations, ConsultationMessageRows messages, WorkshopExclusionFsaRows exclusionSets,
			Accounts accounts, Mechanics mechanics, Workshops workshops, FsaDistances distances, ConsultationPricing prices,
			Payments payments, Revenue revenue, Notifications notifications, ApplicationEventPublisher events, Clock clock,
			@Value("${platform.consultations.request-lifetime:30m}") Duration requestLifetime) {
		this.consultations = consultations;
		this.messages = messages;
		this.exclusionSets = exclusionSets;
		this.accounts = accounts;
		this.mechanics = mechanics;
		this.workshops = workshops;
		this.distances = distances;
		this.prices = prices;
		this.payments = payments;
		this.revenue = revenue;
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
		this.requestLifetime = requestLifetime;
	}

	/** How long a request waits for a mechanic before it expires. */
	public Duration requestLifetime() {
		return requestLifetime;
	}

	// --- customers ----------------------------------------------------------------------------------------------

	/**
	 * Opens a request at the price list's price; it expires after {@link #requestLifetime()} unless a mechanic accepts.
	 * @throws InvalidInputException naming every field at fault; nothing is stored
	 */
	@Transactional
	public Consultation request(UserId customerUser, ConsultationRequest form) {
		Customer customer = customer(customerUser);
		InputCheck check = new InputCheck();
		ConsultationKind kind = check.parse("kind", form.kind(), raw -> {
			if (raw == null || raw.isBlank()) {
				throw new IllegalArgumentException("Choose chat or video");
			}
			try {
				return ConsultationKind.valueOf(raw.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("Choose chat or video");
			}
		});
		int thisYear = Year.now(clock).getValue();
		Integer year = check.parse("vehicleYear", form.vehicleYear(), raw -> {
			try {
				int value = Integer.parseInt(raw == null ? "" : raw.trim());
				if (value < 1900 || value > thisYear + 1) {
					throw new IllegalArgumentException("Enter a model year between 1900 and " + (thisYear + 1));
				}
				return value;
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("Enter the model year, like 2016");
			}
		});
		String make = check.text("vehicleMake", form.vehicleMake(), 60, "Enter the make, like Honda");
		String model = check.text("vehicleModel", form.vehicleModel(), 60, "Enter the model, like Civic");
		Vin vin = check.parse("vin", form.vin(), Vin::parseOptional);
		String problem = check.text("problem", form.problem(), 4000, "Describe what the vehicle is doing");
		check.require(problem.length() >= 10 || check.has("problem"), "problem",
				"Tell the mechanic a little more (at least 10 characters)");
		PostalCode postalCode = form.postalCode() == null || form.postalCode().isBlank() ? customer.postalCode()
				: check.parse("postalCode", form.postalCode(), PostalCode::parse);
		Instant preferred = null;
		if (kind == ConsultationKind.VIDEO && form.preferredVideoAt() != null && !form.preferredVideoAt().isBlank()) {
			var zone = Province.ofPostalCode(postalCode == null ? customer.postalCode() : postalCode).defaultZone();
			preferred = check.parse("preferredVideoAt", form.preferredVideoAt(), raw -> {
				try {
					return LocalDateTime.parse(raw.trim()).atZone(zone).toInstant();
				}
				catch (DateTimeParseException e) {
					throw new IllegalArgumentException("Enter a date and time, like 2026-05-04T18:30");
				}
			});
			Instant now = clock.instant();
			check.require(preferred == null || (!preferred.isBefore(now.minusSeconds(60)) && preferred.isBefore(now.plus(Duration.ofDays(14)))),
					"preferredVideoAt", "Choose a time within the next 14 days");
		}
		check.throwIfInvalid();

		Instant now = clock.instant();
		Money price = prices.price(kind);
		ConsultationId id = consultations.insert(new ConsultationRows.NewConsultation(customer.id(), kind, year, make, model,
				vin, problem, postalCode, price, preferred, now, now.plus(requestLifetime)));
		payments.capture(new PaymentRequest(paymentKey(id), customer.id(), price,
				kind.label() + " consultation about a " + year + " " + make + " " + model, now));
		return get(id);
	}

	/** The customer's consultations, newest first. */
	public List<Consultation> ofCustomer(UserId customerUser) {
		return consultations.ofCustomer(customer(customerUser).id());
	}

	/** One of the customer's own consultations; anyone else's is not found. */
	public Consultation forCustomer(UserId customerUser, ConsultationId id) {
		Customer customer = customer(customerUser);
		return consultations.find(id).filter(c -> c.customerId().equals(customer.id()))
			.orElseThrow(() -> NotFoundException.of("Consultation", id));
	}

	/** Cancels a request nobody has accepted yet. */
	@Transactional
	public Consultation cancel(UserId customerUser, ConsultationId id) {
		Consultation consultation = forCustomer(customerUser, id);
		if (!consultations.cancel(id, consultation.customerId(), clock.instant())) {
			throw new BusinessRuleException(switch (get(id).status()) {
				case ACCEPTED, COMPLETED -> "A mechanic has already accepted this consultation, so it cannot be cancelled";
				case CANCELLED -> "This consultation is already cancelled";
				default -> "This request has expired";
			});
		}
		refund(id, "Cancelled by the customer before a mechanic accepted");
		return get(id);
	}

	/** Rates a completed consultation once, 1 to 5 stars with an optional comment. */
	@Transactional
	public Consultation rate(UserId customerUser, ConsultationId id, Integer rating, String comment) {
		Consultation consultation = forCustomer(customerUser, id);
		InputCheck check = new InputCheck();
		check.require(rating != null && rating >= 1 && rating <= 5, "rating", "Choose 1 to 5 stars");
		String text = check.optionalText("comment", comment, 2000);
		check.throwIfInvalid();
		if (consultation.status() != ConsultationStatus.COMPLETED) {
			throw new BusinessRuleException("You can rate a consultation once the mechanic has completed it");
		}
		if (!consultations.rate(id, consultation.customerId(), rating, text, clock.instant())) {
			throw new BusinessRuleException("You have already rated this consultation");
		}
		return get(id);
	}

	// --- mechanics ----------------------------------------------------------------------------------------------

	/** What the signed-in mechanic may see and accept now, and why. */
	public FeedAccess access(UserId mechanicUser) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		return NonCompetePolicy.accessOf(mechanic, mechanic.isEmployee() ? workshops.get(mechanic.workshopId()) : null);
	}

	/**
	 * One page of the open requests the mechanic may take, newest first, filtered by the non-compete in the query.
	 * @param page from 1; {@code null} for the first
	 * @param size 1 to 50; {@code null} for 20
	 */
	public FeedPage feed(UserId mechanicUser, Integer page, Integer size) {
		InputCheck check = new InputCheck();
		check.require(page == null || (page >= 1 && page <= 10_000), "page", "Pages start at 1");
		check.require(size == null || (size >= 1 && size <= MAX_PAGE_SIZE), "size", "Ask for 1 to " + MAX_PAGE_SIZE + " requests per page");
		check.throwIfInvalid();
		int p = page == null ? 1 : page;
		int s = size == null ? DEFAULT_PAGE_SIZE : size;
		Mechanic mechanic = mechanics.mine(mechanicUser);
		Workshop workshop = mechanic.isEmployee() ? workshops.get(mechanic.workshopId()) : null;
		FeedAccess access = NonCompetePolicy.accessOf(mechanic, workshop);
		ensureExclusionSet(access);
		List<Consultation> rows = consultations.feed(access, clock.instant(), (p - 1) * s, s + 1);
		boolean hasNext = rows.size() > s;
		PostalCode origin = workshop != null ? workshop.postalCode() : mechanic.postalCode();
		var splits = rows.isEmpty() ? null : prices.splitsFor(access.mode(), access.workshopShare());
		List<FeedCard> cards = rows.stream().limit(s).map(c -> card(c, origin, splits.apply(c.price()))).toList();
		return new FeedPage(access, cards, p, s, hasNext);
	}

	/**
	 * Accepts an open request for the signed-in mechanic, recording the revenue mode in force now. Exactly one of
	 * several mechanics accepting at once succeeds.
	 * @throws NotFoundException     if the request does not exist or lies in the mechanic's exclusion zone
	 * @throws BusinessRuleException if it was already taken, cancelled or expired, or the mechanic may take none now
	 */
	@Transactional
	public Consultation accept(UserId mechanicUser, ConsultationId id) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		Workshop workshop = mechanic.isEmployee() ? workshops.get(mechanic.workshopId()) : null;
		FeedAccess access = NonCompetePolicy.accessOf(mechanic, workshop);
		Consultation consultation = consultations.find(id).orElseThrow(() -> NotFoundException.of("Consultation", id));
		ensureExclusionSet(access);
		if (consultations.isExcluded(id, access)) {
			throw NotFoundException.of("Consultation", id);
		}
		if (!access.canTake()) {
			throw new BusinessRuleException(access.reason());
		}
		Instant now = clock.instant();
		Integer share = access.workshopShare() == null ? null : access.workshopShare().value().intValue();
		ConsultationSplit split = prices.split(consultation.price(), access.mode(), access.workshopShare());
		Instant videoAt = null;
		String room = null;
		if (consultation.kind() == ConsultationKind.VIDEO) {
			videoAt = consultation.preferredVideoAt() != null && consultation.preferredVideoAt().isAfter(now)
					? consultation.preferredVideoAt() : now;
			room = newRoomName();
		}
		var acceptance = new ConsultationRows.Acceptance(mechanic.id(), access.mode(),
				access.mode().involvesWorkshop() ? access.workshopId() : null, share, split, videoAt, room);
		if (!consultations.accept(id, acceptance, access, now)) {
			Consultation current = get(id);
			if (current.isServedBy(mechanic.id())) {
				return current;
			}
			throw new BusinessRuleException(switch (current.status()) {
				case ACCEPTED, COMPLETED -> "This request was already taken by another mechanic";
				case CANCELLED -> "The customer cancelled this request";
				default -> "This request has expired";
			});
		}
		Consultation accepted = get(id);
		notifications.notify(accounts.customer(accepted.customerId()).userId(), "A mechanic accepted your consultation",
				mechanic.name() + " accepted your " + accepted.kind().label().toLowerCase(Locale.ROOT) + " consultation about your "
						+ accepted.vehicle() + ". Open it to start talking.", "/customer/consultations/" + id);
		return accepted;
	}

	/** A session the mechanic accepted; anything else is not found. */
	public Consultation forMechanic(UserId mechanicUser, ConsultationId id) {
		Mechanic mechanic = mechanics.mine(mechanicUser);
		return consultations.find(id).filter(c -> c.isServedBy(mechanic.id()))
			.orElseThrow(() -> NotFoundException.of("Consultation", id));
	}

	/** The mechanic's sessions: in progress first, then the 50 most recently accepted. */
	public List<Consultation> acceptedBy(UserId mechanicUser) {
		return consultations.ofMechanic(mechanics.mine(mechanicUser).id(), 50);
	}

	/** Completes an accepted session and publishes {@link ConsultationCompleted}. */
	@Transactional
	public Consultation complete(UserId mechanicUser, ConsultationId id) {
		Consultation consultation = forMechanic(mechanicUser, id);
		if (!consultations.complete(id, consultation.mechanicId(), clock.instant())) {
			throw new BusinessRuleException("Only a session in progress can be completed; this one is "
					+ get(id).status().label().toLowerCase(Locale.ROOT));
		}
		Consultation completed = get(id);
		revenue.recordSale(new Sale(saleKey(id), revenueModel(completed), completed.price(), completed.mechanicId(),
				completed.customerId(), completed.completedAt(), completed.kind().label() + " consultation: " + completed.vehicle(),
				paymentKey(id)));
		events.publishEvent(new ConsultationCompleted(id, completed.mechanicId(), completed.customerId(),
				completed.price().cents(), completed.revenueMode(), completed.workshopId(), completed.workshopSharePct()));
		notifications.notify(accounts.customer(completed.customerId()).userId(), "How was your consultation?",
				completed.mechanicName() + " completed your consultation about your " + completed.vehicle()
						+ ". Rate it to help other vehicle owners.", "/customer/consultations/" + id);
		return completed;
	}

	/** The mechanic's figures: sessions, rating, earnings. */
	public MechanicStats stats(UserId mechanicUser) {
		return consultations.stats(mechanics.mine(mechanicUser).id());
	}

	/** A mechanic's figures by id, for their public profile: completed sessions and the average rating. */
	public MechanicStats statsOf(MechanicId mechanic) {
		return consultations.stats(mechanic);
	}

	/** The mechanic's most recent ratings (1 to 50), newest first, as anyone may see them. */
	public List<Review> reviewsOf(MechanicId mechanic, int limit) {
		return consultations.reviews(mechanic, Math.max(1, Math.min(limit, 50)));
	}

	/** Turns the mechanic's availability on or off. */
	@Transactional
	public Mechanic setAvailable(UserId mechanicUser, boolean available) {
		return mechanics.setAvailability(mechanics.mine(mechanicUser).id(), available);
	}

	// --- both parties -------------------------------------------------------------------------------------------

	/** The chat, for the consultation's customer or its mechanic only. */
	public List<ConsultationMessage> messages(UserId user, ConsultationId id) {
		participant(user, id);
		return messages.of(id);
	}

	/** Adds a chat message while the session is in progress. */
	@Transactional
	public ConsultationMessage send(UserId user, ConsultationId id, String body) {
		Consultation consultation = participant(user, id);
		InputCheck check = new InputCheck();
		String text = check.text("body", body, 2000, "Write a message");
		check.throwIfInvalid();
		if (consultation.status() != ConsultationStatus.ACCEPTED) {
			throw new BusinessRuleException(consultation.status() == ConsultationStatus.REQUESTED
					? "The chat opens when a mechanic accepts the consultation"
					: "This consultation is " + consultation.status().label().toLowerCase(Locale.ROOT) + "; the chat is closed");
		}
		boolean fromCustomer = accounts.customerOf(user).map(c -> c.id().equals(consultation.customerId())).orElse(false);
		messages.insert(id, user, fromCustomer, text, clock.instant());
		List<ConsultationMessage> all = messages.of(id);
		return all.get(all.size() - 1);
	}

	/**
	 * Sends a photo (JPEG, PNG or WebP, at most 5 MB, checked by its content) with an optional caption while the
	 * session is in progress.
	 */
	@Transactional
	public ConsultationMessage sendPhoto(UserId user, ConsultationId id, String caption, byte[] photo) {
		Consultation consultation = participant(user, id);
		InputCheck check = new InputCheck();
		String text = check.optionalText("caption", caption, 2000);
		String contentType = photo == null ? null : imageType(photo);
		check.require(photo != null && photo.length > 0, "photo", "Choose a photo to send");
		check.require(photo == null || photo.length <= MAX_PHOTO_BYTES, "photo", "Send a photo of at most 5 MB");
		check.require(photo == null || photo.length == 0 || contentType != null, "photo", "Send a JPEG, PNG or WebP photo");
		check.throwIfInvalid();
		if (consultation.status() != ConsultationStatus.ACCEPTED) {
			throw new BusinessRuleException("Photos can be sent while the session is in progress");
		}
		boolean fromCustomer = accounts.customerOf(user).map(c -> c.id().equals(consultation.customerId())).orElse(false);
		messages.insertPhoto(id, user, fromCustomer, text == null ? "" : text, contentType, photo, clock.instant());
		List<ConsultationMessage> all = messages.of(id);
		return all.get(all.size() - 1);
	}

	/** A photo from the chat, for the consultation's customer or its mechanic only. */
	public ConsultationPhoto photo(UserId user, ConsultationId id, long messageId) {
		participant(user, id);
		return messages.photo(id, messageId).orElseThrow(() -> NotFoundException.of("Photo", messageId));
	}

	/** The consultation, when {@code user} is its customer or its mechanic. */
	public Consultation participant(UserId user, ConsultationId id) {
		Consultation consultation = consultations.find(id).orElseThrow(() -> NotFoundException.of("Consultation", id));
		boolean isCustomer = accounts.customerOf(user).map(c -> c.id().equals(consultation.customerId())).orElse(false);
		boolean isMechanic = consultation.mechanicId() != null
				&& mechanics.ofUser(user).map(m -> consultation.isServedBy(m.id())).orElse(false);
		if (!isCustomer && !isMechanic) {
			throw NotFoundException.of("Consultation", id);
		}
		return consultation;
	}

	// --- housekeeping -------------------------------------------------------------------------------------------

	/** Marks every request nobody accepted in time as expired; safe to run on several instances at once. */
	@Transactional
	public int expireOverdue() {
		int expired = consultations.expireOverdue(clock.instant());
		for (ConsultationId id : consultations.expiredAwaitingRefund(100)) {
			refund(id, "Expired: no mechanic accepted the request in time");
		}
		return expired;
	}

	/** The business key of the customer's payment for a consultation. */
	public static String paymentKey(ConsultationId id) {
		return "consultation:" + id.value() + ":payment";
	}

	/** The business key under which a completed consultation's sale is recorded. */
	public static String saleKey(ConsultationId id) {
		return "consultation:" + id.value();
	}

	/** Refunds the payment in full (idempotent: the revenue module refunds a key once) and records that it was. */
	private void refund(ConsultationId id, String reason) {
		if (payments.find(paymentKey(id)).isPresent()) {
			payments.refund(paymentKey(id), reason);
		}
		consultations.markRefunded(id, clock.instant());
	}

	/** The revenue module's model for the mode recorded at acceptance. */
	static RevenueModel revenueModel(Consultation c) {
		return switch (c.revenueMode()) {
			case VIRTUAL_INDEPENDENT -> new RevenueModel.VirtualIndependent();
			case EMPLOYEE_ON_SHIFT -> new RevenueModel.EmployeeOnShift(c.workshopId());
			case EMPLOYEE_OFF_SHIFT_LOCAL_EXCLUSION -> new RevenueModel.EmployeeOffShiftLocalExclusion(c.workshopId());
			case EMPLOYEE_OFF_SHIFT_REVENUE_SHARE -> new RevenueModel.EmployeeOffShiftRevenueShare(c.workshopId(),
					ca.mechanicplatform.kernel.Percentage.of(c.workshopSharePct()));
		};
	}

	/** Changes whenever a request arrives, is taken or closes; the feed's live updates compare it between polls. */
	public String openRequestsSignature() {
		return consultations.openRequestsSignature(clock.instant());
	}

	private void ensureExclusionSet(FeedAccess access) {
		if (access.scope() != FeedAccess.Scope.OUTSIDE_EXCLUSION_RADIUS
				|| exclusionSets.has(access.workshopId(), access.workshopFsa(), access.exclusionRadiusKm())) {
			return;
		}
		exclusionSets.fill(access.workshopId(), access.workshopFsa(), access.exclusionRadiusKm(),
				distances.fsasWithin(access.workshopFsa(), access.exclusionRadiusKm()));
	}

	private FeedCard card(Consultation c, PostalCode origin, ConsultationSplit split) {
		double km = distances.between(origin, c.postalCode()).kilometres();
		String band = km < 50 ? "under 50 km" : km <= 200 ? "50–200 km" : "over 200 km";
		return new FeedCard(c.id(), c.kind(), c.vehicle(), c.problem(),
				Province.ofPostalCode(c.postalCode()).displayName() + " · " + c.postalCode().fsa(), band, c.price(),
				split.mechanic(), split, c.requestedAt(), c.expiresAt());
	}

	/** A consultation by id, whoever's it is: for the platform's own use (listeners), never for a person's request. */
	public Consultation get(ConsultationId id) {
		return consultations.find(id).orElseThrow(() -> NotFoundException.of("Consultation", id));
	}

	private Customer customer(UserId user) {
		return accounts.customerOf(user).orElseThrow(() -> new NotFoundException("This account has no customer profile"));
	}

	/** The image type a file's first bytes announce, or {@code null} when it is none of the accepted ones. */
	static String imageType(byte[] bytes) {
		if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
			return "image/jpeg";
		}
		if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
			return "image/png";
		}
		if (bytes.length >= 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[2] == 'F' && bytes[3] == 'F' && bytes[8] == 'W'
				&& bytes[9] == 'E' && bytes[10] == 'B' && bytes[11] == 'P') {
			return "image/webp";
		}
		return null;
	}

	private static String newRoomName() {
		StringBuilder room = new StringBuilder("imp-");
		for (int i = 0; i < 26; i++) {
			room.append(ROOM_ALPHABET[RANDOM.nextInt(ROOM_ALPHABET.length)]);
		}
		return room.toString();
	}
}
