package ca.mechanicplatform.web;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Markdown written by people on the platform (program terms, agreement templates) as HTML that is safe to show:
 * raw HTML in the text is escaped and link targets are sanitised.
 */
@Component
public class Markdown {

	private final Parser parser = Parser.builder().build();
	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	public String toHtml(String markdown) {
		return renderer.render(parser.parse(markdown == null ? "" : markdown));
	}
}
