package ca.mechanicplatform.docs;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Makes recorded examples the same from one run to the next: database ids are renumbered in order of first appearance
 * (the same real id always becomes the same shown id), dates move by a fixed number of days so that the run's "today"
 * shows as {@link #SHOWN_TODAY}, times of day of "now" become one fixed time, and secrets (tokens, feed addresses,
 * referral codes, document hashes) are replaced by placeholders. Long lists keep their first two items.
 */
final class ExampleMasks {

	static final LocalDate SHOWN_TODAY = LocalDate.of(2027, 3, 1);
	static final int LIST_ITEMS = 2;
	static final int LONGEST_STRING = 240;

	private static final Pattern DATE_TIME = Pattern.compile(
			"(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(T(\\d{2}):(\\d{2})(:(\\d{2})(\\.\\d+)?)?)?(?![\\d])");
	private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d-])(20\\d{2})-(0[1-9]|1[0-2])(?![\\d-])");
	private static final Pattern TOKEN = Pattern.compile("imp_[A-Za-z0-9_\\-]{6,}");
	private static final Pattern SHA_256 = Pattern.compile("(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])");
	private static final Pattern PATH_ID = Pattern.compile("(/|[A-Za-z_-]:)(\\d+)(?=$|[/.?#&\"\\s)]|-[a-z])");
	private static final Pattern LOCAL_BASE = Pattern.compile("http://localhost:\\d+");
	private static final Pattern QUERY_ID = Pattern.compile("([?&][A-Za-z]*(?:Id|id))=(\\d+)");

	private final long dayShift;
	private final long monthShift;
	private final Map<Long, Long> ids = new LinkedHashMap<>();
	private final Map<String, String> secrets = new LinkedHashMap<>();
	private boolean shortened;

	ExampleMasks(LocalDate today) {
		this.dayShift = ChronoUnit.DAYS.between(today, SHOWN_TODAY);
		this.monthShift = ChronoUnit.MONTHS.between(YearMonth.from(today), YearMonth.from(SHOWN_TODAY));
	}

	/** A secret value (a token, a referral code) that is shown as {@code placeholder} wherever it appears. */
	void secret(String value, String placeholder) {
		if (value != null && !value.isBlank()) {
			secrets.put(value, placeholder);
		}
	}

	long id(long raw) {
		return ids.computeIfAbsent(raw, r -> (long) ids.size() + 1);
	}

	/** Whether a list was shortened since the last call. */
	boolean takeShortened() {
		boolean was = shortened;
		shortened = false;
		return was;
	}

	/** Masks free text: secrets, tokens, hashes, dates and times. */
	String text(String text) {
		if (text == null) {
			return null;
		}
		String masked = LOCAL_BASE.matcher(text).replaceAll("http://localhost:8080");
		for (var secret : secrets.entrySet()) {
			masked = masked.replace(secret.getKey(), secret.getValue());
		}
		masked = TOKEN.matcher(masked).replaceAll("<token>");
		masked = SHA_256.matcher(masked).replaceAll("<sha-256>");
		masked = replace(DATE_TIME, masked, this::dateTime);
		masked = replace(YEAR_MONTH, masked, m -> YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
			.plusMonths(monthShift).toString());
		return masked;
	}

	/** Masks a path with its query: numeric ids in path segments and in {@code …Id=} parameters, then the text. */
	String path(String path) {
		String masked = LOCAL_BASE.matcher(path).replaceAll("http://localhost");
		masked = replace(QUERY_ID, masked, m -> m.group(1) + "=" + id(Long.parseLong(m.group(2))));
		masked = replace(PATH_ID, masked, m -> m.group(1) + id(Long.parseLong(m.group(2))));
		return text(masked).replace("http://localhost/", "http://localhost:8080/");
	}

	/** The JSON as plain values (maps, lists, strings, numbers), masked and with long lists shortened. */
	Object json(JsonNode node) {
		return json(null, node);
	}

	private Object json(String key, JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isObject()) {
			Map<String, Object> map = new LinkedHashMap<>();
			List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
			// A map keyed by names (prices by kind) comes in hash order: sort it. Records keep their own order.
			if (properties.stream().allMatch(p -> p.getKey().matches("[A-Z][A-Z0-9_]*"))) {
				properties.sort(Map.Entry.comparingByKey());
			}
			for (var property : properties) {
				map.put(property.getKey(), json(property.getKey(), property.getValue()));
			}
			return map;
		}
		if (node.isArray()) {
			List<JsonNode> items = new ArrayList<>();
			node.forEach(items::add);
			// Field errors come in the order the validator found them: sort them by field and message.
			if ("errors".equals(key) && items.stream().allMatch(i -> i.has("field"))) {
				items.sort(java.util.Comparator.comparing((JsonNode i) -> i.get("field").asString())
					.thenComparing(i -> i.path("message").asString()));
			}
			List<Object> list = new ArrayList<>();
			for (JsonNode item : items) {
				if (list.size() == LIST_ITEMS) {
					shortened = true;
					break;
				}
				list.add(json(isIdKey(key) ? "id" : null, item));
			}
			return list;
		}
		if (node.isIntegralNumber() && isIdKey(key)) {
			return id(node.longValue());
		}
		if (node.isNumber() && !node.isIntegralNumber()) {
			// Measured durations (hours to a decision) differ from run to run in their last digits: two decimals show.
			java.math.BigDecimal exact = new java.math.BigDecimal(node.toString());
			return new Raw(exact.scale() <= 2 ? node.toString()
					: exact.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
		}
		if (node.isNumber() || node.isBoolean()) {
			return new Raw(node.toString());
		}
		String value = node.asString();
		if ("token".equals(key) || key != null && key.toLowerCase().endsWith("secret")) {
			return "<token>";
		}
		if ("hint".equals(key) && value.startsWith("imp_")) {
			return "imp_…";
		}
		value = value.startsWith("/") || value.startsWith("http") ? path(value) : text(value);
		if (value.length() > LONGEST_STRING) {
			value = value.substring(0, LONGEST_STRING) + "…";
		}
		return value;
	}

	/** A number or boolean, shown as written. */
	record Raw(String json) {
	}

	private static boolean isIdKey(String key) {
		return key != null && (key.equals("id") || key.endsWith("Id") || key.endsWith("Ids") || key.equals("ids")
				|| key.equals("createdBy"));
	}

	private String dateTime(Matcher m) {
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		catch (java.time.DateTimeException e) {
			return m.group();
		}
		if (Math.abs(ChronoUnit.YEARS.between(SHOWN_TODAY.minusDays(dayShift), date)) > 5) {
			return m.group();
		}
		String shifted = date.plusDays(dayShift).toString();
		if (m.group(4) == null) {
			return shifted;
		}
		boolean volatileTime = m.group(7) != null && (!"00".equals(m.group(8)) || m.group(9) != null);
		return shifted + (volatileTime ? "T10:15:30" : m.group(4));
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
		Matcher m = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
		}
		m.appendTail(out);
		return out.toString();
	}
}
