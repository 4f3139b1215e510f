package ca.mechanicplatform.analytics.web;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.util.HtmlUtils;

import ca.mechanicplatform.analytics.BusinessReport;
import ca.mechanicplatform.kernel.Money;

/**
 * The rows of the analytics page's month and week tables, written once in Java: a two-year period has about 130 rows of
 * up to twelve cells, and evaluating a template expression per cell cost more processor time than the whole report's
 * queries. The cells are the figures the template showed (money as {@code $1,234.56}, retention as {@code 50.0% (1/2)},
 * a dash without any), each one HTML-escaped.
 */
final class AnalyticsTables {

	private AnalyticsTables() {
	}

	/** The {@code <tr>} rows of the table by month, oldest first. */
	static String monthRows(List<BusinessReport.Month> months) {
		StringBuilder html = new StringBuilder(months.size() * 700);
		for (BusinessReport.Month m : months) {
			html.append("<tr data-month=\"").append(escape(m.month().toString())).append("\">");
			cell(html, "text-nowrap", m.month().toString());
			cell(html, "amount", money(m.virtualCents()));
			cell(html, "amount", money(m.physicalCents()));
			cell(html, "amount", money(m.feesCents()));
			cell(html, "amount fw-semibold", money(m.netCents()));
			cell(html, "amount", m.sessions());
			cell(html, "amount", m.jobs());
			cell(html, "amount", m.newClients());
			cell(html, "amount", m.returningClients());
			cell(html, "amount", retention(m.retentionPercent(), m.retentionReturned(), m.retentionJudged()));
			cell(html, "amount", m.signUps());
			cell(html, "amount", m.conversions());
			html.append("</tr>\n");
		}
		return html.toString();
	}

	/** The {@code <tr>} rows of the table by week, oldest first. */
	static String weekRows(List<BusinessReport.Week> weeks) {
		StringBuilder html = new StringBuilder(weeks.size() * 120);
		for (BusinessReport.Week w : weeks) {
			html.append("<tr>");
			cell(html, null, w.start() + " – " + w.end());
			cell(html, "amount", w.sessions());
			cell(html, "amount", w.jobs());
			html.append("</tr>\n");
		}
		return html.toString();
	}

	/** Retention as the page shows it: {@code 50.0% (1/2)}, or a dash when nobody can be judged yet. */
	static String retention(BigDecimal percent, long returned, long judged) {
		return percent == null ? "–" : percent.toPlainString() + "% (" + returned + "/" + judged + ")";
	}

	private static void cell(StringBuilder html, String cssClass, Object value) {
		html.append(cssClass == null ? "<td>" : "<td class=\"" + cssClass + "\">").append(escape(String.valueOf(value))).append("</td>");
	}

	private static String money(long cents) {
		return Money.ofCents(cents).toString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
