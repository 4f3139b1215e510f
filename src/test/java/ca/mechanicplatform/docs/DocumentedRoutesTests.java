package ca.mechanicplatform.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and API route the platform specification lists is documented in the guides or the API reference, once the
 * platform serves it. The specification ({@code SPEC.md}) lies beside this repository in {@code ../shared/}.
 */
class DocumentedRoutesTests {

	static final Path SPEC = Path.of("..", "shared", "SPEC.md");
	static final List<Path> DOCUMENTATION = List.of(Path.of("docs", "guides"), Path.of("docs", "api"));
	static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"), Path.of("src", "main", "resources", "templates"));
	static final Pattern ROUTE = Pattern.compile("`(/[^`\\s]*)`");
	static final Pattern VARIABLE = Pattern.compile("\\{[^}]+\\}");

	@Test
	void everyRouteOfTheSpecificationThatThePlatformServesIsDocumented() throws IOException {
		Assumptions.assumeTrue(Files.exists(SPEC), "the specification is not beside this repository");
		Set<String> routes = specifiedRoutes(Files.readString(SPEC));
		assertThat(routes).as("routes listed in the specification").hasSizeGreaterThan(30)
			.contains("/api/mechanic/bay-bookings/{id}", "/workshop/partnership-programs/create");

		String docs = read(DOCUMENTATION, ".md");
		String sources = read(SOURCES, "");
		List<String> undocumented = new ArrayList<>();
		List<String> notServed = new ArrayList<>();
		for (String route : routes) {
			if (!sources.contains(staticPrefix(route))) {
				notServed.add(route);
			}
			else if (!documented(route).matcher(docs).find()) {
				undocumented.add(route);
			}
		}
		if (!notServed.isEmpty()) {
			System.out.println("Routes of the specification the platform does not serve yet: " + notServed);
		}
		assertThat(undocumented).as("routes of the specification missing from docs/guides and docs/api").isEmpty();
	}

	@Test
	void aRouteCountsAsDocumentedWithItsVariablesWrittenAnyWay() {
		Pattern route = documented("/mechanic/public/{mechanicId}");
		assertThat(route.matcher("see `/mechanic/public/{id}`").find()).isTrue();
		assertThat(route.matcher("at /mechanic/public/<id>-<name-slug>").find()).isTrue();
		assertThat(route.matcher("http://localhost:8080/mechanic/public/12-alex-moreau").find()).isTrue();
		assertThat(route.matcher("/mechanic/publications").find()).isFalse();
		assertThat(documented("/mechanic/clients").matcher("/mechanic/clients/{id}").find()).isTrue();
		assertThat(documented("/mechanic/clients").matcher("/api/mechanic/clients").find()).isFalse();
		assertThat(staticPrefix("/api/workshop/partnerships/{id}/approve")).isEqualTo("/api/workshop/partnerships/");
	}

	/** The backticked paths of the specification's "URLs are part of the spec" section. */
	static Set<String> specifiedRoutes(String spec) {
		int start = spec.indexOf("## URLs are part of the spec");
		int end = spec.indexOf("\n## ", start + 1);
		Matcher m = ROUTE.matcher(spec.substring(start, end < 0 ? spec.length() : end));
		Set<String> routes = new LinkedHashSet<>();
		while (m.find()) {
			routes.add(m.group(1));
		}
		return routes;
	}

	/** The route as a pattern: its variables may be written {name}, <name> or as an example value. */
	static Pattern documented(String route) {
		StringBuilder regex = new StringBuilder("(?<![A-Za-z_/-])");
		Matcher m = VARIABLE.matcher(route);
		int last = 0;
		while (m.find()) {
			regex.append(Pattern.quote(route.substring(last, m.start()))).append("(\\{[^}]+\\}|<[^>]+>|[0-9][\\w-]*)");
			last = m.end();
		}
		regex.append(Pattern.quote(route.substring(last)));
		if (last < route.length()) {
			regex.append("(?![\\w-])");
		}
		return Pattern.compile(regex.toString());
	}

	static String staticPrefix(String route) {
		int variable = route.indexOf('{');
		return variable < 0 ? route : route.substring(0, variable);
	}

	private static String read(List<Path> roots, String suffix) throws IOException {
		StringBuilder all = new StringBuilder();
		for (Path root : roots) {
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted()
					.collect(Collectors.toList())) {
					all.append(Files.readString(file)).append('\n');
				}
			}
		}
		return all.toString();
	}
}
