package ca.mechanicplatform.analytics.web;

import java.nio.charset.StandardCharsets;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ca.mechanicplatform.accounts.PlatformUser;
import ca.mechanicplatform.analytics.AnalyticsPeriod;
import ca.mechanicplatform.analytics.BusinessAnalytics;
import ca.mechanicplatform.analytics.BusinessReport;
import ca.mechanicplatform.kernel.InvalidInputException;
import ca.mechanicplatform.kernel.Money;
import ca.mechanicplatform.web.Downloads;
import ca.mechanicplatform.web.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The mechanic's analytics page with its charts, the period form and the CSV download. */
@Controller
class AnalyticsPagesController {

	private final BusinessAnalytics analytics;
	private final JsonMapper json;

	AnalyticsPagesController(BusinessAnalytics analytics, JsonMapper json) {
		this.analytics = analytics;
		this.json = json;
	}

	@GetMapping("/mechanic/analytics")
	String analytics(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, HttpServletResponse response) {
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		AnalyticsPeriod period;
		try {
			period = analytics.period(from, to);
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("errors", FormErrors.of(e));
			return "analytics/analytics";
		}
		BusinessReport report = analytics.forMechanic(user.id(), period);
		model.addAttribute("from", period.from().toString());
		model.addAttribute("to", period.to().toString());
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("report", report);
		model.addAttribute("charts", json.writeValueAsString(charts(report)));
		model.addAttribute("monthRows", AnalyticsTables.monthRows(report.months()));
		model.addAttribute("weekRows", AnalyticsTables.weekRows(report.weeks()));
		var retention = report.retention();
		model.addAttribute("totalRetention", AnalyticsTables.retention(retention.ratePercent(), retention.returned(), retention.judged()));
		model.addAttribute("csv", "/mechanic/analytics.csv?from=" + period.from() + "&to=" + period.to());
		return "analytics/analytics";
	}

	@GetMapping("/mechanic/analytics.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal PlatformUser user, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		AnalyticsPeriod period;
		try {
			period = analytics.period(from, to);
		}
		catch (InvalidInputException e) {
			return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(String.join("\n", e.fieldErrors().values()).getBytes(StandardCharsets.UTF_8));
		}
		BusinessReport report = analytics.forMechanic(user.id(), period);
		return Downloads.csv(analytics.csv(report), BusinessAnalytics.fileName(report));
	}

	/** What the charts draw, in dollars and counts; the tables on the page show the same figures. */
	private static Map<String, Object> charts(BusinessReport report) {
		Map<String, Object> charts = new LinkedHashMap<>();
		List<BusinessReport.Month> months = report.months();
		charts.put("months", months.stream()
			.map(m -> m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.CANADA) + " " + m.month().getYear()).toList());
		charts.put("virtual", months.stream().map(m -> Money.ofCents(m.virtualCents()).plain()).toList());
		charts.put("physical", months.stream().map(m -> Money.ofCents(m.physicalCents()).plain()).toList());
		charts.put("fees", months.stream().map(m -> Money.ofCents(m.feesCents()).plain()).toList());
		charts.put("newClients", months.stream().map(BusinessReport.Month::newClients).toList());
		charts.put("returningClients", months.stream().map(BusinessReport.Month::returningClients).toList());
		charts.put("retention", months.stream().map(BusinessReport.Month::retentionPercent).toList());
		charts.put("signUps", months.stream().map(BusinessReport.Month::signUps).toList());
		charts.put("conversions", months.stream().map(BusinessReport.Month::conversions).toList());
		charts.put("weeks", report.weeks().stream().map(w -> w.start().toString()).toList());
		charts.put("sessions", report.weeks().stream().map(BusinessReport.Week::sessions).toList());
		charts.put("jobs", report.weeks().stream().map(BusinessReport.Week::jobs).toList());
		var r = report.ratings();
		charts.put("stars", List.of(r.oneStar(), r.twoStars(), r.threeStars(), r.fourStars(), r.fiveStars()));
		return charts;
	}
}
