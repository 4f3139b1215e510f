package ca.mechanicplatform.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ca.mechanicplatform.docs.ApiRecorder.Exchange;
import tools.jackson.databind.JsonNode;

/**
 * The API reference in Markdown: every operation of the OpenAPI document, grouped by area and tag, each with its summary,
 * parameters, request body fields and a real example request and response recorded against the running platform.
 */
final class ApiReference {

	/** Who an area of the API is for, by path prefix; the first match wins. */
	enum Area {
		MECHANIC("mechanic", "Mechanics", "/api/mechanic/", "A mechanic's token (role MECHANIC)."),
		WORKSHOP("workshop", "Workshops", "/api/workshop/", "A workshop admin's token (role WORKSHOP_ADMIN)."),
		CUSTOMER("customer", "Customers", "/api/customer/", "A vehicle owner's token (role CUSTOMER)."),
		ADMIN("admin", "Platform operators", "/api/admin/", "A platform operator's token (role PLATFORM_ADMIN)."),
		PUBLIC("public-and-auth", "Public, sign-up and tokens", null, "No token, except for managing your own tokens."),
		SHARED("shared", "Shared by every role", null, "Any signed-in role's token; each sees only what concerns them.");

		final String file;
		final String title;
		final String prefix;
		final String who;

		Area(String file, String title, String prefix, String who) {
			this.file = file;
			this.title = title;
			this.prefix = prefix;
			this.who = who;
		}

		static Area of(String path) {
			for (Area area : values()) {
				if (area.prefix != null && path.startsWith(area.prefix)) {
					return area;
				}
			}
			return path.startsWith("/api/auth/") || path.startsWith("/api/signup/") || path.startsWith("/api/public/") ? PUBLIC
					: SHARED;
		}
	}

	record Operation(String method, String path, String summary, String description, String tag, JsonNode node, Pattern pattern) {

		String key() {
			return method + " " + path;
		}

		String anchor() {
			return (method + path).toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
		}

		Area area() {
			return Area.of(path);
		}
	}

	private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

	private final JsonNode openApi;
	private final List<Operation> operations = new ArrayList<>();

	ApiReference(JsonNode openApi) {
		this.openApi = openApi;
		for (var path : openApi.get("paths").properties()) {
			for (String method : METHODS) {
				JsonNode op = path.getValue().get(method);
				if (op == null) {
					continue;
				}
				String tag = op.has("tags") && op.get("tags").size() > 0 ? op.get("tags").get(0).asString() : "Other";
				operations.add(new Operation(method.toUpperCase(), path.getKey(), text(op, "summary"), text(op, "description"), tag, op,
						template(path.getKey())));
			}
		}
		operations.sort(Comparator.comparing((Operation o) -> o.area().ordinal()).thenComparing(Operation::tag)
			.thenComparing(Operation::path).thenComparing(o -> METHODS.indexOf(o.method().toLowerCase())));
	}

	List<Operation> operations() {
		return operations;
	}

	/** The operation an exchange called: same method, the path matching its template with the fewest variables. */
	Optional<Operation> operationOf(Exchange exchange) {
		String path = exchange.path().contains("?") ? exchange.path().substring(0, exchange.path().indexOf('?')) : exchange.path();
		return operations.stream().filter(o -> o.method().equals(exchange.method()) && o.pattern().matcher(path).matches())
			.min(Comparator.comparingLong(o -> o.path().chars().filter(c -> c == '{').count()));
	}

	/** Per operation: the example to show (the first success, else the first answer) and the first error answer. */
	Map<String, List<Exchange>> examples(List<Exchange> exchanges) {
		Map<String, List<Exchange>> all = new LinkedHashMap<>();
		for (Exchange exchange : exchanges) {
			operationOf(exchange).ifPresent(o -> all.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(exchange));
		}
		Map<String, List<Exchange>> chosen = new LinkedHashMap<>();
		all.forEach((key, list) -> {
			List<Exchange> shown = new ArrayList<>();
			list.stream().filter(Exchange::succeeded).findFirst().ifPresent(shown::add);
			list.stream().filter(e -> !e.succeeded()).findFirst().ifPresent(shown::add);
			chosen.put(key, shown);
		});
		return chosen;
	}

	/** The files of the reference by name: README.md and one per area. */
	Map<String, String> render(Map<String, List<Exchange>> examples, ExampleMasks masks, Map<String, String> notes) {
		Map<String, String> files = new LinkedHashMap<>();
		StringBuilder index = new StringBuilder();
		index.append("# API reference\n\n");
		index.append("Every operation of the platform's JSON API, generated from its OpenAPI document (`/v3/api-docs`, Swagger UI at\n")
			.append("`/swagger-ui.html`) by the test suite, which calls each one against a running platform and records the request\n")
			.append("and the answer. The examples are real; in them database ids are renumbered, dates are moved so that\n")
			.append("\"today\" is ").append(ExampleMasks.SHOWN_TODAY).append(", times of \"now\" read 10:15:30, tokens and other secrets are replaced by\n")
			.append("placeholders, and lists are cut to their first ").append(ExampleMasks.LIST_ITEMS).append(" items.\n\n")
			.append("Authenticate with a bearer token (`POST /api/auth/token` with your e-mail and password, or the app's account menu\n")
			.append("→ API tokens) and send it as `Authorization: Bearer <token>`. Errors are RFC 9457 problem details; invalid\n")
			.append("fields are listed in `errors` as `{\"field\", \"message\"}`. No token gives 401, the wrong role 403, and another\n")
			.append("person's object 404. Amounts are integer cents unless a field says otherwise.\n\n");
		index.append("| area | for | operations |\n|---|---|---|\n");
		Map<Area, List<Operation>> byArea = new TreeMap<>();
		operations.forEach(o -> byArea.computeIfAbsent(o.area(), a -> new ArrayList<>()).add(o));
		byArea.forEach((area, ops) -> index.append("| [").append(area.title).append("](").append(area.file).append(".md) | ")
			.append(area.who).append(" | ").append(ops.size()).append(" |\n"));
		byArea.forEach((area, ops) -> {
			index.append("\n## ").append(area.title).append("\n\n| operation | summary |\n|---|---|\n");
			for (Operation o : ops) {
				index.append("| [`").append(o.method()).append(' ').append(o.path()).append("`](").append(area.file).append(".md#")
					.append(o.anchor()).append(") | ").append(cell(o.summary())).append(" |\n");
			}
			files.put(area.file + ".md", areaFile(area, ops, examples, masks, notes));
		});
		files.put("README.md", index.toString());
		return files;
	}

	private String areaFile(Area area, List<Operation> ops, Map<String, List<Exchange>> examples, ExampleMasks masks,
			Map<String, String> notes) {
		StringBuilder md = new StringBuilder();
		md.append("# API reference: ").append(area.title.toLowerCase()).append("\n\n");
		md.append(area.who).append(" See the [index](README.md) for conventions.\n");
		Map<String, List<Operation>> byTag = ops.stream().collect(Collectors.groupingBy(Operation::tag, LinkedHashMap::new,
				Collectors.toList()));
		byTag.forEach((tag, tagged) -> {
			md.append("\n## ").append(tag).append("\n");
			String tagDescription = tagDescription(tag);
			if (!tagDescription.isEmpty()) {
				md.append("\n").append(tagDescription).append("\n");
			}
			for (Operation o : tagged) {
				md.append("\n<a id=\"").append(o.anchor()).append("\"></a>\n");
				md.append("### ").append(o.summary().isEmpty() ? o.method() + " " + o.path() : o.summary()).append("\n\n");
				md.append("`").append(o.method()).append(' ').append(o.path()).append("`\n");
				if (!o.description().isEmpty()) {
					md.append("\n").append(o.description()).append("\n");
				}
				parameters(o, md);
				requestBody(o, md);
				List<Exchange> shown = examples.getOrDefault(o.key(), List.of());
				String note = notes.get(o.key());
				if (note != null) {
					md.append("\n").append(note).append("\n");
				}
				for (int i = 0; i < shown.size(); i++) {
					Exchange e = shown.get(i);
					md.append("\n**").append(i == 0 ? (e.succeeded() ? "Example" : "Example (an error answer)") : "Error example")
						.append("**\n\n");
					example(e, masks, md);
				}
			}
		});
		return md.toString();
	}

	private void parameters(Operation o, StringBuilder md) {
		JsonNode parameters = o.node().get("parameters");
		if (parameters == null || parameters.isEmpty()) {
			return;
		}
		md.append("\n| parameter | in | type | required | description |\n|---|---|---|---|---|\n");
		for (JsonNode p : parameters) {
			md.append("| `").append(p.get("name").asString()).append("` | ").append(p.get("in").asString()).append(" | ")
				.append(type(p.get("schema"))).append(" | ").append(p.has("required") && p.get("required").asBoolean() ? "yes" : "no")
				.append(" | ").append(cell(text(p, "description"))).append(" |\n");
		}
	}

	private void requestBody(Operation o, StringBuilder md) {
		JsonNode body = o.node().get("requestBody");
		if (body == null || !body.has("content")) {
			return;
		}
		for (var content : body.get("content").properties()) {
			JsonNode schema = content.getValue().get("schema");
			String name = schema != null && schema.has("$ref") ? refName(schema) : null;
			JsonNode resolved = resolve(schema);
			md.append("\nRequest body (`").append(content.getKey()).append("`").append(name == null ? "" : ", `" + name + "`").append(")");
			JsonNode properties = resolved == null ? null : resolved.get("properties");
			if (properties == null || properties.isEmpty()) {
				md.append(": ").append(type(schema)).append(".\n");
				continue;
			}
			List<String> required = new ArrayList<>();
			if (resolved.has("required")) {
				resolved.get("required").forEach(r -> required.add(r.asString()));
			}
			md.append(":\n\n");
			for (var property : properties.properties()) {
				md.append("- `").append(property.getKey()).append("` ").append(type(property.getValue()))
					.append(required.contains(property.getKey()) ? ", required" : "");
				String description = text(property.getValue(), "description");
				md.append(description.isEmpty() ? "" : ": " + description).append("\n");
			}
		}
	}

	private void example(Exchange e, ExampleMasks masks, StringBuilder md) {
		String path = masks.path(e.path());
		StringBuilder curl = new StringBuilder("curl -s");
		if (!e.method().equals("GET")) {
			curl.append(" -X ").append(e.method());
		}
		curl.append(" 'http://localhost:8080").append(path).append("'");
		if (e.authenticated()) {
			curl.append(" \\\n  -H 'Authorization: Bearer <token>'");
		}
		if (e.formFields() != null) {
			e.formFields().forEach((name, value) -> curl.append(" \\\n  -F '").append(name).append('=')
				.append(shellQuoted(masks.text(value))).append("'"));
			if (e.file() != null) {
				curl.append(" \\\n  -F '").append(e.file().field()).append("=@").append(e.file().fileName()).append(";type=")
					.append(e.file().contentType()).append("'");
			}
		}
		else if (e.requestBody() != null) {
			String json = Json.render(masks.json(ApiRecorder.JSON.readTree(e.requestBody())), 2);
			curl.append(" \\\n  -H 'Content-Type: application/json'").append(" \\\n  -d '").append(shellQuoted(json)).append("'");
		}
		md.append("```bash\n").append(curl).append("\n```\n\n");
		String type = e.contentType().toLowerCase();
		md.append("Answer: `").append(e.status()).append("`");
		masks.takeShortened();
		if (e.responseBody().length == 0) {
			md.append(" with no body.\n");
		}
		else if (type.contains("json")) {
			String json = Json.render(masks.json(e.json()), 0);
			boolean shortened = masks.takeShortened();
			md.append(shortened ? " (lists shortened)" : "").append("\n\n```json\n").append(json).append("\n```\n");
		}
		else if (type.startsWith("text/") && !type.contains("html")) {
			List<String> lines = e.responseText().lines().limit(6).map(masks::text).toList();
			long total = e.responseText().lines().count();
			md.append(", `").append(type.split(";")[0]).append("`").append(total > lines.size() ? " (first " + lines.size() + " lines)" : "")
				.append("\n\n```text\n").append(String.join("\n", lines)).append("\n```\n");
		}
		else {
			md.append(", `").append(type.split(";")[0]).append("` (binary content, not shown).\n");
		}
	}

	private String tagDescription(String tag) {
		JsonNode tags = openApi.get("tags");
		if (tags != null) {
			for (JsonNode t : tags) {
				if (tag.equals(t.get("name").asString())) {
					return text(t, "description");
				}
			}
		}
		return "";
	}

	private JsonNode resolve(JsonNode schema) {
		if (schema != null && schema.has("$ref")) {
			return openApi.get("components").get("schemas").get(refName(schema));
		}
		return schema;
	}

	private static String refName(JsonNode schema) {
		String ref = schema.get("$ref").asString();
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

	private static String type(JsonNode schema) {
		if (schema == null) {
			return "";
		}
		if (schema.has("$ref")) {
			return "`" + refName(schema) + "`";
		}
		String type = text(schema, "type");
		if ("array".equals(type)) {
			return "array of " + type(schema.get("items"));
		}
		String format = text(schema, "format");
		StringBuilder out = new StringBuilder(type.isEmpty() ? "object" : type);
		if (!format.isEmpty()) {
			out.append(" (").append(format).append(")");
		}
		if (schema.has("enum")) {
			List<String> values = new ArrayList<>();
			schema.get("enum").forEach(v -> values.add(v.asString()));
			out.append(": ").append(String.join(", ", values));
		}
		return out.toString();
	}

	private static String text(JsonNode node, String field) {
		return node != null && node.has(field) && !node.get(field).isNull() ? node.get(field).asString().strip() : "";
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

	private static String shellQuoted(String text) {
		return text.replace("'", "'\\''");
	}

	private static Pattern template(String path) {
		StringBuilder regex = new StringBuilder();
		var m = Pattern.compile("\\{[^}]+\\}").matcher(path);
		int last = 0;
		while (m.find()) {
			regex.append(Pattern.quote(path.substring(last, m.start()))).append("[^/]+?");
			last = m.end();
		}
		regex.append(Pattern.quote(path.substring(last)));
		return Pattern.compile(regex.toString());
	}
}
