package ca.mechanicplatform.analytics;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import ca.mechanicplatform.kernel.MechanicId;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.revenue.AccountingCalendar;
import ca.mechanicplatform.revenue.Revenue;
import ca.mechanicplatform.revenue.RevenueModel;
import ca.mechanicplatform.revenue.Sale;
import ca.mechanicplatform.testing.Api;
import ca.mechanicplatform.testing.Onboard;
import ca.mechanicplatform.testing.PlatformTest;
import jakarta.servlet.http.Cookie;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The analytics page: figures and charts for the default period, the period form's errors, the CSV download. */
@PlatformTest
class AnalyticsPageTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Revenue revenue;

	@Autowired
	AccountingCalendar calendar;

	@Test
	void theMechanicSeesTheFiguresWithTheirChartsAndDownloadsThemAsCsv() throws Exception {
		var mechanic = new Onboard(port).verified("analytics-page", "Morgan Lee");
		long id = new Api(port).get("/api/mechanic/profile", mechanic.token()).json().get("id").asLong();
		revenue.recordSale(new Sale("analytics-page-" + System.nanoTime(), new RevenueModel.VirtualIndependent(), Money.ofDollars("25"),
				new MechanicId(id), null, Instant.now().minusSeconds(60), "Chat consultation: brake noise", null));
		Cookie session = logIn(mechanic.email());
		LocalDate today = calendar.today();

		mvc.perform(get("/mechanic/analytics").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Business analytics")))
			.andExpect(content().string(containsString("href=\"/mechanic/analytics\"")))
			// $25.00 less the 15% platform fee
			.andExpect(content().string(containsString("<span id=\"virtual-total\">$21.25</span>")))
			.andExpect(content().string(containsString("id=\"earnings-chart\"")))
			.andExpect(content().string(containsString("id=\"analytics-data\"")))
			.andExpect(content().string(containsString("\"virtual\":[")))
			.andExpect(content().string(containsString("value=\"" + today.minusMonths(11).withDayOfMonth(1) + "\"")))
			.andExpect(content().string(containsString("90-day retention")))
			.andExpect(content().string(containsString("/mechanic/analytics.csv?from=" + today.minusMonths(11).withDayOfMonth(1) + "&amp;to=" + today)));

		mvc.perform(get("/mechanic/analytics").param("from", "2026-02-30").cookie(session))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter a date as YYYY-MM-DD")))
			.andExpect(content().string(containsString("value=\"2026-02-30\"")))
			.andExpect(content().string(not(containsString("id=\"earnings-chart\""))));
		mvc.perform(get("/mechanic/analytics").param("from", "2026-05-01").param("to", "2026-04-30").cookie(session))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The start must be on or before the end")));
		mvc.perform(get("/mechanic/analytics").param("from", "2020-01-01").param("to", "2026-01-01").cookie(session))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a period of at most 3 years")));

		mvc.perform(get("/mechanic/analytics.csv").param("from", today.withDayOfMonth(1).toString()).param("to", today.toString()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition",
					containsString("attachment; filename=\"analytics-" + today.withDayOfMonth(1) + "-to-" + today + ".csv\"")))
			.andExpect(content().string(containsString("TOTAL," + today.withDayOfMonth(1) + "," + today + ",21.25,0.00,0.00,21.25,")));
		mvc.perform(get("/mechanic/analytics.csv").param("to", "soon").cookie(session))
			.andExpect(status().isBadRequest());

		mvc.perform(get("/mechanic/analytics")).andExpect(redirectedUrl("/login"));
	}

	private Cookie logIn(String email) throws Exception {
		return mvc.perform(formLogin("/login").user("email", email).password(Onboard.PASSWORD)).andReturn().getResponse()
			.getCookie("SESSION");
	}
}
