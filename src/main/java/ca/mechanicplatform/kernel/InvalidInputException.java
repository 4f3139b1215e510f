package ca.mechanicplatform.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Refuses a request because one or more input fields are invalid; carries a message for each field at fault. */
public class InvalidInputException extends BusinessRuleException {

	private final Map<String, String> fieldErrors;

	public InvalidInputException(Map<String, String> fieldErrors) {
		super(fieldErrors.keySet().stream().findFirst().orElse(null),
				fieldErrors.values().stream().findFirst().orElse("The request has invalid values"));
		this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
	}

	/** Field name to message, in the order the checks ran. */
	public Map<String, String> fieldErrors() {
		return fieldErrors;
	}
}
