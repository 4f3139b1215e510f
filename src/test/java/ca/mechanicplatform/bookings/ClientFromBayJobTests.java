package ca.mechanicplatform.bookings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.mechanicplatform.kernel.SqlTime;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.PlatformTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The CRM side of a completed bay job: the job's customer becomes the mechanic's client (by name and contact when they
 * are not on the platform), with the job's vehicle and the sale's amounts as revenue recorded them; the same customer's
 * next job is added to the same client.
 */
@PlatformTest
class ClientFromBayJobTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Revenue revenue;

	@Test
	void aCompletedJobMakesItsCustomerAClientAndTheNextJobAddsToTheSameClient() {
		var scenario = new BookingScenario(port);
		Api api = scenario.api();
		var shop = torontoShopWithOneBay(scenario, "CRM Garage");
		var partner = scenario.partner(shop, scenario.publishedProgram(shop, BookingScenario.revenueShare("20")), "Alex Moreau", "M6H 2N4");
		long bay = shop.bays().get(0);
		LocalDate day = LocalDate.now(TORONTO).plusDays(2);
		long first = job(api, partner, bay, day + "T09:00", day + "T11:00", "Jordan Blake", 42_050);
		long second = job(api, partner, bay, day + "T12:00", day + "T14:00", "jordan blake", 10_000);
		Instant now = Instant.now();
		past(first, now.minus(Duration.ofHours(6)));
		past(second, now.minus(Duration.ofMinutes(5)));
		complete(api, partner, first);

		await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/mechanic/clients", partner.token()).json().get("total").asLong() == 1);
		JsonNode client = api.get("/api/mechanic/clients", partner.token()).json().get("results").get(0);
		assertThat(client.get("name").asString()).isEqualTo("Jordan Blake");
		assertThat(client.get("email").asString()).isEqualTo("jordan@example.com");
		assertThat(client.get("createdFrom").asString()).isEqualTo("JOB");
		assertThat(client.get("customerId").isNull()).isTrue();
		assertThat(client.get("lifetimeValueCents").asLong()).isEqualTo(42_050);
		long id = client.get("id").asLong();

		complete(api, partner, second);
		await().atMost(Duration.ofSeconds(20)).until(() ->
			api.get("/api/mechanic/clients/" + id, partner.token()).json().get("client").get("visitCount").asInt() == 2);
		JsonNode details = api.get("/api/mechanic/clients/" + id, partner.token()).json();
		assertThat(api.get("/api/mechanic/clients", partner.token()).json().get("total").asLong()).isEqualTo(1);
		assertThat(details.get("client").get("lifetimeValueCents").asLong()).isEqualTo(52_050);
		assertThat(details.get("vehicles").size()).isEqualTo(1);
		assertThat(details.get("vehicles").get(0).get("make").asString()).isEqualTo("Honda");
		for (JsonNode visit : details.get("history")) {
			var split = revenue.sale(visit.get("saleKey").asString()).orElseThrow().split();
			assertThat(visit.get("kind").asString()).isEqualTo("JOB");
			assertThat(visit.get("grossCents").asLong()).isEqualTo(split.grossCents());
			assertThat(visit.get("mechanicCents").asLong()).isEqualTo(split.mechanicCents());
		}
		// $420.50: platform $63.08, remainder $357.42, workshop 20% $71.48, mechanic $285.94
		assertThat(details.get("history").get(1).get("mechanicCents").asLong()).isEqualTo(28_594);
	}

	@Test
	void aJobRetypedAtCompletionKeepsItsPlatformCustomerWhenItNamesTheSamePerson() {
		var scenario = new BookingScenario(port);
		Api api = scenario.api();
		var shop = torontoShopWithOneBay(scenario, "Retype Garage");
		var partner = scenario.partner(shop, scenario.publishedProgram(shop, BookingScenario.revenueShare("20")), "Alex Moreau", "M6H 2N4");
		String email = ca.mechanicplatform.testing.Unique.email("retyped-customer");
		assertThat(api.post("/api/signup/customer", null, Map.of("name", "Priya Singh", "email", email, "password", "a-long-password",
				"postalCode", "M4W 1A8")).status()).isEqualTo(201);
		long customerId = api.get("/api/customer/profile", api.token(email, "a-long-password")).json().get("id").asLong();
		long bay = shop.bays().get(0);
		LocalDate day = LocalDate.now(TORONTO).plusDays(3);
		Map<String, Object> booked = Map.of("customerId", customerId, "customerName", "Priya Singh", "vehicle", "2019 Toyota RAV4",
				"description", "Brake pads", "labourCents", 20_000, "partsCents", 8_000);
		long same = jobFor(api, partner, bay, day + "T09:00", day + "T11:00", booked);
		long other = jobFor(api, partner, bay, day + "T12:00", day + "T14:00", booked);
		Instant now = Instant.now();
		past(same, now.minus(Duration.ofHours(6)));
		past(other, now.minus(Duration.ofMinutes(5)));

		// As the page sends it: the names and amounts typed again, no customer id.
		var retyped = api.post("/api/mechanic/bay-bookings/" + same + "/complete", partner.token(), Map.of("customerName", " priya singh ",
				"vehicle", "2019 Toyota RAV4", "description", "Brake pads and rotors", "labourCents", 24_000, "partsCents", 12_000));
		assertThat(retyped.status()).as(retyped.body()).isEqualTo(200);
		assertThat(retyped.json().get("job").get("customerId").asLong()).isEqualTo(customerId);
		assertThat(retyped.json().get("job").get("grossCents").asLong()).isEqualTo(36_000);

		var someoneElse = api.post("/api/mechanic/bay-bookings/" + other + "/complete", partner.token(), Map.of("customerName", "Sam Patel",
				"vehicle", "2019 Toyota RAV4", "description", "Brake pads", "labourCents", 20_000, "partsCents", 8_000));
		assertThat(someoneElse.status()).as(someoneElse.body()).isEqualTo(200);
		assertThat(someoneElse.json().get("job").get("customerId").isNull()).as("another person named: no platform customer").isTrue();
	}

	private long jobFor(Api api, BookingScenario.Partner partner, long bay, String start, String end, Map<String, Object> job) {
		var booked = api.post("/api/mechanic/bay-bookings", partner.token(), Map.of("bayId", bay, "start", start, "end", end, "job", job));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json().get("id").asLong();
	}

	private long job(Api api, BookingScenario.Partner partner, long bay, String start, String end, String customer, long gross) {
		var booked = api.post("/api/mechanic/bay-bookings", partner.token(), Map.of("bayId", bay, "start", start, "end", end,
				"job", Map.of("customerName", customer, "customerContact", "jordan@example.com", "vehicle", "2016 Honda Civic",
						"description", "Front brakes and rotors", "labourCents", gross - gross / 3, "partsCents", gross / 3)));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json().get("id").asLong();
	}

	/** The booked time arrives: the same length, ending at {@code end}. */
	private void past(long booking, Instant end) {
		jdbc.sql("UPDATE bay_bookings SET starts_at = ?, ends_at = ?, buffered_until = ? WHERE id = ?")
			.params(SqlTime.of(end.minus(Duration.ofHours(2))), SqlTime.of(end), SqlTime.of(end.plus(Duration.ofMinutes(15))), booking)
			.update();
	}

	private void complete(Api api, BookingScenario.Partner partner, long booking) {
		var completed = api.post("/api/mechanic/bay-bookings/" + booking + "/complete", partner.token(), Map.of());
		assertThat(completed.status()).as(completed.body()).isEqualTo(200);
	}

	/** A Toronto workshop with one bay, open 06:00–22:00, whose bookings confirm themselves. */
	private static BookingScenario.Shop torontoShopWithOneBay(BookingScenario scenario, String name) {
		var shop = scenario.workshop(name, "ON", "M5V 1K4", "America/Toronto", "06:00", "22:00", 1);
		scenario.rules(shop, 15, 60, 600, 60, 60, true, 24);
		return shop;
	}

}
