package ca.mechanicplatform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders well-formed XHTML to PDF (OpenHTMLtoPDF on PDFBox) with the DejaVu Sans font shipped in the application,
 * so accents and symbols print the same on every machine, and joins PDFs. Statements, agreements and certificates
 * are all produced this way.
 */
@Component
public class PdfRenderer {

	private static final String REGULAR = "/fonts/DejaVuSans.ttf";
	private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

	/** Renders an XHTML document whose CSS may use {@code font-family: 'DejaVu Sans'}. */
	public byte[] render(String xhtml) {
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
			throw new UncheckedIOException("Could not render the PDF", e);
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

	/** Escapes text for XHTML element content and attribute values. */
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
		InputStream in = PdfRenderer.class.getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("Font " + path + " is missing from the application");
		}
		return in;
	}
}
