package ca.mechanicplatform.revenue;

/** Writes CSV fields as RFC 4180 has them, and keeps spreadsheet programs from running a field as a formula. */
public final class Csv {

	private Csv() {
	}

	/**
	 * A text field: quoted when it holds a comma, quote or line break; a leading {@code = + - @} is prefixed with an
	 * apostrophe so a spreadsheet shows it instead of evaluating it.
	 */
	public static String field(String value) {
		if (value == null) {
			return "";
		}
		String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}
}
