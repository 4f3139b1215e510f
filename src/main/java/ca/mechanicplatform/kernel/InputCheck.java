package ca.mechanicplatform.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Collects every problem with a request's fields before refusing it, so a person sees all of them at once.
 * The first problem found for a field is the one reported.
 */
public final class InputCheck {

	private final Map<String, String> problems = new LinkedHashMap<>();

	/** Records {@code message} for {@code field} unless {@code valid}. */
	public InputCheck require(boolean valid, String field, String message) {
		if (!valid) {
			problems.putIfAbsent(field, message);
		}
		return this;
	}

	/** A required text: present, not blank and at most {@code maxLength} characters once trimmed. */
	public String text(String field, String value, int maxLength, String missingMessage) {
		String trimmed = value == null ? "" : value.trim();
		require(!trimmed.isEmpty(), field, missingMessage);
		require(trimmed.length() <= maxLength, field, "Keep this under " + maxLength + " characters");
		return trimmed;
	}

	/** An optional text: blank becomes {@code null}. */
	public String optionalText(String field, String value, int maxLength) {
		String trimmed = value == null ? "" : value.trim();
		require(trimmed.length() <= maxLength, field, "Keep this under " + maxLength + " characters");
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * Parses a value, recording the parser's {@link IllegalArgumentException} message against the field.
	 * @return the parsed value, or {@code null} when it was invalid
	 */
	public <T> T parse(String field, String raw, Function<String, T> parser) {
		try {
			return parser.apply(raw);
		}
		catch (IllegalArgumentException e) {
			require(false, field, e.getMessage());
			return null;
		}
	}

	public boolean has(String field) {
		return problems.containsKey(field);
	}

	public boolean passed() {
		return problems.isEmpty();
	}

	/** @throws InvalidInputException with every problem found, if there is any */
	public void throwIfInvalid() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
