package ca.mechanicplatform.kernel;

/**
 * Thrown when a request is well-formed but a platform rule refuses it (an illegal state transition, a duplicate,
 * a limit reached). The message is written for the person who made the request. Nothing has been changed.
 */
public class BusinessRuleException extends RuntimeException {

	private final String field;

	public BusinessRuleException(String message) {
		this(null, message);
	}

	/** A refusal that concerns one input field, so forms can show it next to that field. */
	public BusinessRuleException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The input field the refusal concerns, or {@code null} when it concerns the request as a whole. */
	public String field() {
		return field;
	}
}
