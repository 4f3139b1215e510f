package ca.mechanicplatform.agreements.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import ca.mechanicplatform.agreements.AgreementKind;
import ca.mechanicplatform.web.Markdown;

/**
 * Turns an agreement template (Markdown with {@code {{name}}} placeholders, the same files as in
 * {@code docs/agreements}) into XHTML. Values are inserted as text: Markdown in them (a workshop's own program terms)
 * is rendered, raw HTML is escaped, and a placeholder without a value refuses to render.
 */
@Component
public class AgreementTemplates {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_.]+)\\s*}}");

	private final Markdown markdown;

	AgreementTemplates(Markdown markdown) {
		this.markdown = markdown;
	}

	/** The template's Markdown with every placeholder replaced. */
	public String fill(AgreementKind kind, Map<String, String> values) {
		String template = read(kind.template());
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = values.get(name);
			if (value == null) {
				throw new IllegalArgumentException("The " + kind + " template needs a value for {{" + name + "}}");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	/** Markdown to an XHTML fragment (no raw HTML passes through). */
	public String toXhtml(String text) {
		return markdown.toHtml(text);
	}

	private static String read(String file) {
		try (InputStream in = AgreementTemplates.class.getResourceAsStream("/agreements/" + file)) {
			if (in == null) {
				throw new IllegalStateException("Agreement template " + file + " is missing from the application");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read agreement template " + file, e);
		}
	}
}
