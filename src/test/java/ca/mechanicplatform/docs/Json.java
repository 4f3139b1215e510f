package ca.mechanicplatform.docs;

import java.util.List;
import java.util.Map;

/** Writes plain values (maps, lists, strings, numbers) as indented JSON, with short lists of scalars on one line. */
final class Json {

	private Json() {
	}

	/** @param flatBelow objects this short (in characters) are written on one line; 0 for never */
	static String render(Object value, int flatBelow) {
		StringBuilder out = new StringBuilder();
		write(value, out, "", flatBelow == 0 ? 0 : 100);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out, String indent, int flat) {
		if (value instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				out.append("{}");
				return;
			}
			String oneLine = oneLine(value);
			if (flat > 0 && oneLine.length() <= flat) {
				out.append(oneLine);
				return;
			}
			out.append("{\n");
			int i = 0;
			for (var entry : map.entrySet()) {
				out.append(indent).append("  ").append(string(entry.getKey().toString())).append(": ");
				write(entry.getValue(), out, indent + "  ", flat);
				out.append(++i < map.size() ? ",\n" : "\n");
			}
			out.append(indent).append("}");
		}
		else if (value instanceof List<?> list) {
			String oneLine = oneLine(value);
			if (list.isEmpty() || list.stream().noneMatch(v -> v instanceof Map || v instanceof List) && oneLine.length() <= 100) {
				out.append(oneLine);
				return;
			}
			out.append("[\n");
			for (int i = 0; i < list.size(); i++) {
				out.append(indent).append("  ");
				write(list.get(i), out, indent + "  ", flat);
				out.append(i + 1 < list.size() ? ",\n" : "\n");
			}
			out.append(indent).append("]");
		}
		else {
			out.append(scalar(value));
		}
	}

	private static String oneLine(Object value) {
		if (value instanceof Map<?, ?> map) {
			StringBuilder out = new StringBuilder("{");
			map.forEach((k, v) -> out.append(out.length() > 1 ? ", " : "").append(string(k.toString())).append(": ").append(oneLine(v)));
			return out.append("}").toString();
		}
		if (value instanceof List<?> list) {
			StringBuilder out = new StringBuilder("[");
			list.forEach(v -> out.append(out.length() > 1 ? ", " : "").append(oneLine(v)));
			return out.append("]").toString();
		}
		return scalar(value);
	}

	private static String scalar(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof ExampleMasks.Raw raw) {
			return raw.json();
		}
		if (value instanceof Number number) {
			return number.toString();
		}
		return string(value.toString());
	}

	private static String string(String text) {
		return ApiRecorder.JSON.writeValueAsString(text);
	}
}
