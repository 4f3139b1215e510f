package ca.mechanicplatform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders a Thymeleaf template to PDF (statements, agreements). The template must be well-formed XHTML: close every
 * element ({@code <br/>}, {@code <meta ... />}) and use numeric character references instead of named entities; CSS
 * 2.1 with {@code @page} rules lays it out. Text is set in DejaVu Sans when the system has it (Debian's
 * {@code fonts-dejavu-core}), which covers accents and typographic symbols, otherwise in the PDF base fonts.
 */
@Component
public class PdfDocuments {

	private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);
	private static final List<Path> FONT_DIRECTORIES = List.of(Path.of("/usr/share/fonts/truetype/dejavu"),
			Path.of("/usr/share/fonts/dejavu"), Path.of("/Library/Fonts"));

	private final ITemplateEngine templates;
	private final Path regular;
	private final Path bold;

	PdfDocuments(ITemplateEngine templates) {
		// The renderer logs every step at INFO through its own java.util.logging handlers; keep warnings only.
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, java.util.logging.Level.WARNING));
		this.templates = templates;
		this.regular = font("DejaVuSans.ttf");
		this.bold = font("DejaVuSans-Bold.ttf");
		if (regular == null) {
			log.info("DejaVu Sans not found; PDF documents use the base PDF fonts");
		}
	}

	/**
	 * @param template  the template name, e.g. {@code statements/statement-pdf}
	 * @param variables the template's model
	 * @return the PDF's bytes
	 */
	public byte[] render(String template, Map<String, Object> variables) {
		Context context = new Context(Locale.CANADA, variables);
		return renderXhtml(templates.process(template, context));
	}

	/** Renders well-formed XHTML to PDF. */
	public byte[] renderXhtml(String xhtml) {
		try (ByteArrayOutputStream pdf = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			if (regular != null) {
				builder.useFont(regular.toFile(), "DejaVu Sans");
			}
			if (bold != null) {
				builder.useFont(bold.toFile(), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(xhtml, null);
			builder.toStream(pdf);
			builder.run();
			return pdf.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render the PDF document", e);
		}
	}

	private static Path font(String file) {
		return FONT_DIRECTORIES.stream().map(dir -> dir.resolve(file)).filter(Files::isReadable).findFirst().orElse(null);
	}
}
