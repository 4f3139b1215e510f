package ca.mechanicplatform.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.bookings.BookingScenario;
import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.mechanics.Mechanics;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Unique;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A workshop-partner mechanic who takes virtual consultations and does jobs in a partner workshop's bay, with the
 * customers of both, all made over the API as people make them.
 */
final class AnalyticsScenario {

	static final String PASSWORD = "a-long-password";
	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	record Customer(String email, String token) {
	}

	private final BookingScenario bookings;
	private final Api api;
	private final Mechanics mechanics;
	private final JdbcClient jdbc;
	private int jobsBooked;

	AnalyticsScenario(int port, Mechanics mechanics, JdbcClient jdbc) {
		this.bookings = new BookingScenario(port);
		this.api = bookings.api();
		this.mechanics = mechanics;
		this.jdbc = jdbc;
	}

	Api api() {
		return api;
	}

	BookingScenario.Shop workshop() {
		var shop = bookings.workshop("Analytics Garage", "ON", "M5V 1K4", "America/Toronto", "06:00", "22:00", 1);
		bookings.rules(shop, 0, 60, 600, 60, 60, true, 24);
		return shop;
	}

	/** A verified workshop-partner mechanic under a 20% revenue-share program, available for consultations. */
	BookingScenario.Partner mechanic(BookingScenario.Shop shop, String name) {
		var partner = bookings.partner(shop, bookings.publishedProgram(shop, BookingScenario.revenueShare("20")), name, "M6H 2N4");
		mechanics.setAvailability(new MechanicId(partner.mechanicId()), true);
		return partner;
	}

	Customer customer(String name, String referralCode) {
		String email = Unique.email("analytics-customer");
		Map<String, Object> form = new HashMap<>(Map.of("name", name, "email", email, "password", PASSWORD, "postalCode", "H2X 1Y4"));
		if (referralCode != null) {
			form.put("referralCode", referralCode);
		}
		var created = api.post("/api/signup/customer", null, form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return new Customer(email, api.token(email, PASSWORD));
	}

	/** The customer requests, the mechanic accepts and completes; returns the consultation's id. */
	long consultation(Customer customer, BookingScenario.Partner mechanic, String kind) {
		var requested = api.post("/api/customer/consultations", customer.token(), Map.of("kind", kind, "vehicleYear", "2018",
				"vehicleMake", "Toyota", "vehicleModel", "RAV4", "problem", "Check engine light after a cold start"));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		long id = requested.json().get("id").asLong();
		var accepted = api.post("/api/mechanic/sessions/virtual/" + id + "/accept", mechanic.token(), Map.of());
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		var completed = api.post("/api/mechanic/sessions/virtual/" + id + "/complete", mechanic.token(), Map.of());
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		return id;
	}

	void rate(Customer customer, long consultation, int stars) {
		var rated = api.post("/api/customer/consultations/" + consultation + "/rating", customer.token(),
				Map.of("rating", stars, "comment", "Clear and quick"));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);
	}

	/** A two-hour job in the shop's bay for someone not on the platform, booked, then its time passed, then completed. */
	long job(BookingScenario.Shop shop, BookingScenario.Partner mechanic, String customerName, long labourCents, long partsCents) {
		LocalDate day = LocalDate.now(TORONTO).plusDays(2);
		int hour = 8 + 2 * jobsBooked++;
		var booked = api.post("/api/mechanic/bay-bookings", mechanic.token(), Map.of("bayId", shop.bays().get(0),
				"start", day + "T%02d:00".formatted(hour), "end", day + "T%02d:00".formatted(hour + 2),
				"job", Map.of("customerName", customerName, "customerContact", "jordan@example.com", "vehicle", "2016 Honda Civic",
						"description", "Front brakes and rotors", "labourCents", labourCents, "partsCents", partsCents)));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		long id = booked.json().get("id").asLong();
		Instant end = Instant.now().minus(Duration.ofMinutes(5 + 150L * jobsBooked));
		jdbc.sql("UPDATE bay_bookings SET starts_at = ?, ends_at = ?, buffered_until = ? WHERE id = ?")
			.params(SqlTime.of(end.minus(Duration.ofHours(2))), SqlTime.of(end), SqlTime.of(end), id).update();
		var completed = api.post("/api/mechanic/bay-bookings/" + id + "/complete", mechanic.token(), Map.of());
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
		return id;
	}

	String referralCode(BookingScenario.Partner mechanic) {
		return api.get("/api/mechanic/referrals", mechanic.token()).json().get("code").asString();
	}

	/** Waits until the CRM has recorded the visits (its listener runs after the completion commits). */
	void awaitVisits(long mechanicId, long visits) {
		await().atMost(Duration.ofSeconds(30)).until(() ->
			jdbc.sql("SELECT COUNT(*) FROM client_visits WHERE mechanic_id = ?").param(mechanicId).query(Long.class).single() == visits);
	}

	/** Waits until the mechanic's referrals have converted (and the bonus is in the ledger). */
	void awaitConversions(long mechanicId, long conversions) {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
				"SELECT COUNT(*) FROM referrals WHERE mechanic_id = ? AND converted_at IS NOT NULL").param(mechanicId)
			.query(Long.class).single() == conversions);
	}

	JsonNode analytics(String token, String query) {
		var reply = api.get("/api/mechanic/analytics" + (query == null ? "" : "?" + query), token);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return reply.json();
	}
}
