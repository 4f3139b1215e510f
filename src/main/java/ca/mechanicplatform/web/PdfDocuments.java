package ca.mechanicplatform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders well-formed XHTML, or a Thymeleaf template producing it, to PDF (OpenHTMLtoPDF on PDFBox) and joins PDFs.
 * Statements, agreements and signature certificates are all produced this way. Text is set in DejaVu Sans, shipped
 * inside the application, so accents and symbols print the same on every machine. Templates must be well-formed
 * XHTML: close every element ({@code <br/>}, {@code <meta ... />}) and use numeric character references instead of
 * named entities; CSS 2.1 with {@code @page} rules lays them out.
 */
@Component
public class PdfDocuments {

	private static final String REGULAR = "/fonts/DejaVuSans.ttf";
	private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

	private final ITemplateEngine templates;

	PdfDocuments(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * @param template  the template name, e.g. {@code statements/statement-pdf}
	 * @param variables the template's model
	 * @return the PDF's bytes
	 */
	public byte[] render(String template, Map<String, Object> variables) {
		return renderXhtml(templates.process(template, new Context(Locale.CANADA, variables)));
	}

	/** Renders an XHTML document whose CSS may use {@code font-family: 'DejaVu Sans'}. */
	public byte[] renderXhtml(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font(REGULAR), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font(BOLD), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render the PDF document", e);
		}
	}

	/** One PDF made of the given PDFs' pages, in order. */
	public byte[] join(List<byte[]> documents) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDFMergerUtility merger = new PDFMergerUtility();
			for (byte[] document : documents) {
				merger.addSource(new RandomAccessReadBuffer(document));
			}
			merger.setDestinationStream(out);
			merger.mergeDocuments(null);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not join the PDFs", e);
		}
	}

	/** Escapes text for XHTML element content and attribute values, dropping control characters. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					if (c >= 0x20 || c == '\n' || c == '\t') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	private static InputStream font(String path) {
		InputStream in = PdfDocuments.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("Font " + path + " is missing from the application");
		}
		return in;
	}
}
