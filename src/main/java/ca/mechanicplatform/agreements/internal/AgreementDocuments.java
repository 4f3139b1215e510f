package ca.mechanicplatform.agreements.internal;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.agreements.Agreement;
import ca.mechanicplatform.agreements.AuditEntry;
import ca.mechanicplatform.agreements.NewAgreement;
import ca.mechanicplatform.web.PdfDocuments;

import static ca.mechanicplatform.web.PdfDocuments.escape;

/** Lays out the agreement PDF and the signature certificate page appended once both parties have signed. */
@Component
public class AgreementDocuments {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.CANADA)
		.withZone(ZoneOffset.UTC);

	private static final String STYLE = """
			@page { size: letter; margin: 22mm 20mm 22mm 20mm;
			  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; color: #666; } }
			body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.45; color: #111; }
			h1 { font-size: 17pt; margin: 0 0 6pt 0; } h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; } h3 { font-size: 11pt; }
			blockquote { margin: 8pt 0; padding: 6pt 10pt; border-left: 3pt solid #b45309; background: #fff7ed; }
			table { border-collapse: collapse; width: 100%; margin: 6pt 0; table-layout: fixed; }
			td, th { border: 0.5pt solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; font-size: 8.5pt; word-wrap: break-word; }
			th { background: #eef3f6; } .hash { font-size: 7.5pt; word-wrap: break-word; }
			.meta { color: #444; font-size: 8.5pt; margin-bottom: 10pt; }
			.nowrap { white-space: nowrap; } table.signature { margin-bottom: 10pt; } table.signature td.label { width: 32%; color: #444; }
			""";

	private final AgreementTemplates templates;
	private final PdfDocuments pdf;

	AgreementDocuments(AgreementTemplates templates, PdfDocuments pdf) {
		this.templates = templates;
		this.pdf = pdf;
	}

	/** The document both parties read and sign. */
	public byte[] agreement(NewAgreement agreement, String reference) {
		String body = templates.toXhtml(templates.fill(agreement.kind(), agreement.values()));
		return pdf.renderXhtml(page(escape(agreement.title()), "<p class=\"meta\">Agreement " + escape(reference) + " · "
				+ escape(agreement.first().label()) + ": " + escape(agreement.first().name()) + " · "
				+ escape(agreement.second().label()) + ": " + escape(agreement.second().name()) + "</p>" + body));
	}

	/** The original document followed by a certificate page listing parties, signatures, hashes and the audit trail. */
	public byte[] signedCopy(byte[] original, Agreement agreement, List<AuditEntry> audit) {
		StringBuilder html = new StringBuilder();
		html.append("<h1>Signature certificate</h1>");
		html.append("<p class=\"meta\">").append(escape(agreement.title())).append(" · agreement ").append(agreement.id())
			.append("</p>");
		html.append("<p>SHA-256 of the document signed (the pages before this certificate):</p><p class=\"hash\">")
			.append(agreement.documentSha256()).append("</p>");
		html.append("<h2>Signatures</h2>");
		for (var signature : agreement.signatures()) {
			String party = "FIRST".equals(signature.role()) ? agreement.first().label() + ": " + agreement.first().name()
					: agreement.second().label() + ": " + agreement.second().name();
			html.append("<table class=\"signature\"><tr><th colspan=\"2\">").append(escape(party)).append("</th></tr>")
				.append(row("Typed name", escape(signature.typedName())))
				.append(row("Signed at", UTC.format(signature.signedAt())))
				.append(row("IP address", escape(signature.ipAddress())))
				.append(row("User agent", escape(signature.userAgent())))
				.append(row("SHA-256 of the document signed", "<span class=\"hash\">" + signature.documentSha256() + "</span>"))
				.append("</table>");
		}
		html.append("<p>Each party signed by typing their full name and explicitly consenting to sign electronically.</p>");
		html.append("<h2>Audit trail</h2><table><tr><th style=\"width: 27%\">Time</th><th style=\"width: 17%\">Who</th><th style=\"width: 13%\">What</th><th style=\"width: 13%\">IP address</th><th>Detail</th></tr>");
		for (var entry : audit) {
			html.append("<tr><td class=\"nowrap\">").append(UTC.format(entry.at())).append("</td><td>").append(escape(entry.actor()))
				.append("</td><td>").append(escape(entry.action())).append("</td><td>").append(escape(entry.ipAddress()))
				.append("</td><td>").append(escape(entry.detail())).append("</td></tr>");
		}
		html.append("</table>");
		byte[] certificate = pdf.renderXhtml(page("Signature certificate", html.toString()));
		return pdf.join(List.of(original, certificate));
	}

	private static String row(String label, String value) {
		return "<tr><td class=\"label\">" + label + "</td><td>" + value + "</td></tr>";
	}

	private static String page(String title, String body) {
		return "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\" /><title>" + title
				+ "</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
	}
}
